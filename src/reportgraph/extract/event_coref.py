"""An event noun that refers back ("claimed the attack", "during the raid") is the event told before.

News and reports name an event once and then refer to it by a definite noun: "Gunmen stormed the
hotel on Friday ... The group claimed the attack ... Two officers died during the attack". Each
such noun is no new event of the document; what it adds (who claimed it, a toll) belongs to the
event it refers to: the last event of its type told before it, unless the noun names a target,
place or date of its own ("the attack on the port", "the 2019 attack"), which makes it another event.
A date of its own that holds the date of an earlier event of its type ("the March attack" after "On 3
March gunmen attacked ...", "the 2015 recapture" after "retook the town in March 2015") names that event
again: the noun refers to the last such event. A phrase giving the means of the telling ("claimed the attack in a
statement", "through its news agency") is not the noun's own, and an "of" it stands in makes it some of several only
after a number or a word of quantity ("two of the strikes"; "the day of the attack" refers back).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Event, Participant
from .edtf import first_point, last_point

# determiners of a noun that refers back to something already told
BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# verbs whose subject owns the event they take as object ("claimed the attack", "carried out the raid")
OWNING_VERBS = frozenset(
    {"claim", "carry", "conduct", "stage", "mount", "perpetrate", "commit", "organise", "organize"}
)
# the means by which an event is claimed or told ("claimed the attack in a statement", "through its news agency",
# "on its radio"): a phrase with one of these is the telling's, not a target of the event (general English nouns
# of the press, written for this project, MIT like the code)
TELLING_MEANS = frozenset(
    {"statement", "communiqué", "communique", "message", "video", "audio", "recording", "agency", "channel", "radio",
     "website", "media", "account", "broadcast", "outlet", "tweet", "newspaper", "magazine", "bulletin"}
)
# prepositions of a telling's means ("claimed the bombing through X", "via its outlet")
TELLING_PREPS = frozenset({"through", "via"})
# words of a part or a number of several ("two of the strikes", "one of these clashes", "the first of the raids",
# "a series of the attacks"): "of" after one of them picks some of several events, not the one told before
# (general English words of quantity and rank, written for this project, MIT like the code)
PARTITIVE_WORDS = frozenset(
    {"one", "some", "many", "most", "several", "each", "all", "both", "any", "none", "few", "either", "neither",
     "first", "second", "third", "last", "latest", "series", "string", "wave", "spate", "number", "majority", "half",
     "rest", "part", "deadliest", "worst", "largest", "biggest", "another", "other", "others"}
)


def refers_back(head: Token, ev: Event, told: list[Event], dated: set[int]) -> Event | None:
    """The earlier event of ``told`` that the definite event noun ``head`` refers to, if any."""
    if not back_noun(head):
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and partitive(head.head.head):
        return None  # "two of the strikes": some of several ("the day of the attack" refers back)
    if any(t.i in dated for t in head.subtree):
        # "the 2019 attack": a date of its own, another event unless it holds an earlier one's date
        earlier = next((e for e in reversed(told) if e.type == ev.type and holds(ev.date, e.date)), None)
    else:
        earlier = next((e for e in reversed(told) if e.type == ev.type), None)
    if earlier is None:
        return None
    if ev.location and earlier.location and ev.location != earlier.location and "place-near" not in ev.method:
        return None
    return earlier


def back_noun(head: Token) -> bool:
    """Whether ``head`` is an event noun that refers back: "the attack", "this raid", "that ambush", with no target,
    clause or owner of its own ("the attack on an army post", "the destruction of the mausoleums", "the group's
    raid" are told where they stand); a phrase giving the means of its telling ("claimed the attack in a
    statement") is no target."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in head.children):
        return False
    return not any(c.dep_ in ("prep", "acl", "relcl", "poss") and not tells_it(c) for c in head.children)


def tells_it(child: Token) -> bool:
    """A phrase hanging from an event noun that gives the means of its telling or claim ("claimed the attack in a
    statement", "claimed the bombing through its agency", "on its radio"), which the parser may hang from the
    noun: no target, place or date of the event of its own."""
    if child.dep_ != "prep":
        return False
    return child.lower_ in TELLING_PREPS or any(t.lemma_.lower() in TELLING_MEANS for t in child.subtree)


def partitive(word: Token) -> bool:
    """Whether ``word``, which an "of" hangs from, picks a part of several ("two of", "one of", "the worst of"):
    a number or a word of quantity or rank."""
    return word.like_num or word.pos_ == "NUM" or word.lower_ in PARTITIVE_WORDS


def owned(head: Token) -> bool:
    """Whether the event noun ``head`` is what its verb's subject owns ("X claimed the attack", "the raid was
    carried out by X"): the subject is the event's agent."""
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in OWNING_VERBS


def fold_reference(into: Event, ref: Event, head: Token) -> None:
    """What the referring mention adds to the event it refers to: its owner ("X claimed the attack"),
    a toll or a place the first telling lacked."""
    if owned(head):
        have = {p.entity for p in into.participants}
        into.participants += [Participant(p.entity, p.role) for p in ref.participants
                              if p.role == "agent" and p.entity not in have]
    into.count = into.count or ref.count
    into.location = into.location or ref.location


def holds(outer: str | None, inner: str | None) -> bool:
    """Whether the date ``outer``, one year, month or day ("2015", "2015-03"), holds all of ``inner``
    ("2015-03", "2015-03-07", "2015-03-07/2015-03-08"): "the 2015 recapture" names a recapture of March 2015."""
    if not outer or not inner or "/" in outer or outer[-1] in "~?%":
        return False
    o = first_point(outer)
    a, b = first_point(inner), last_point(inner)
    if o is None or a is None or b is None:
        return False
    return a.edtf().startswith(o.edtf()) and b.edtf().startswith(o.edtf())


def fold_retellings(events: list[Event], nouns: set[int]) -> list[Event]:
    """A later event told by a singular noun (``nouns``: the ids of such events; "the raid", "X's attack",
    "his release", with no target or clause of its own) of an earlier event's type, with the very same
    participants in the same roles and a date that agrees (the same, none, or one holding the other), told in
    another sentence, is that event told again: it is folded into the first telling, which takes what it
    lacked (a place, a toll, a finer date). A verb telling it again is left: the corpus annotates one event
    per predicate mention, and on train 8 of the 22 retold verbs so folded were gold events of their own."""
    kept: list[Event] = []
    for ev in events:
        mine = {(p.entity, p.role) for p in ev.participants}
        first = None if id(ev) not in nouns else next(
            (
                o
                for o in kept
                if o.type == ev.type
                and o.modality == ev.modality
                and o.evidence != ev.evidence
                and mine
                and {(p.entity, p.role) for p in o.participants} == mine
                and (not ev.date or not o.date or ev.date == o.date or holds(o.date, ev.date) or holds(ev.date, o.date))
            ),
            None,
        )
        if first is None:
            kept.append(ev)
            continue
        first.location = first.location or ev.location
        first.count = first.count or ev.count
        if first.date and ev.date and holds(first.date, ev.date):
            first.date = ev.date
        first.date = first.date or ev.date
    return kept
