"""Triggers that state no fact: a negated, refused, wished, conditional or future event ("did not
attack", "denied killing", "vowed to attack", "whether the factions resume attacks", "said it would
merge") gives no event (the filtering of ``events.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_slots import PASSIVE_SUBJ, SUBJ

NEGATING = frozenset({"refrain", "avoid", "abstain", "deny", "fail", "threaten", "plan", "consider"})
# what is only wished, offered or called for has not happened ("offered to mediate for the release",
# "calls on all parties to withdraw", "vowed to attack")
UNREALISED = frozenset({"offer", "vow", "promise", "urge", "call", "intend", "hope", "want", "propose"})
# a subject that says nobody did it or suffered it ("none of its fighters had been captured")
NOBODY = frozenset({"none", "nobody", "noone"})
# "whether the factions resume attacks", "if convicted": a question or a condition, no fact
CONDITIONAL_MARKS = frozenset({"whether", "if", "unless"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# "he would later found ...": narrative future in the past is a fact of the story
# ("would henceforth operate as": a declaration that takes effect as it is made)
LATER = frozenset({"later", "eventually", "subsequently", "then", "soon", "afterwards", "henceforth", "thenceforth"})


def _negated(tok: Token) -> bool:
    """ "did not attack", "held back from carrying out operations", "denied killing", "no fighters
    died": no event."""
    if any(c.dep_ == "neg" and c.i < tok.i and tok.i - c.i <= 3 for c in tok.children):
        return True
    verb = tok
    if tok.dep_ == "conj" and not any(c.dep_ in SUBJ + PASSIVE_SUBJ for c in tok.children):
        verb = tok.head  # "no personnel were killed or captured": the subject is the first verb's
    if tok.pos_ in ("VERB", "AUX", "ADJ") and any(
        c.dep_ in SUBJ + PASSIVE_SUBJ
        and (c.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children
    ):
        return True
    below: Token | None = None
    for t in [tok, *list(tok.ancestors)[:3]]:
        lemma = t.lemma_.lower()
        coordinated = below is not None and below.dep_ == "conj"
        below = t
        if coordinated:
            continue  # "X, considered the planner, was killed": coordinated with the verb, not under it
        if lemma in NEGATING or (
            lemma in UNREALISED and (lemma != "call" or any(c.lower_ in ("on", "for", "upon") for c in t.children))
        ) or (
            t.lemma_ == "hold" and any(c.lower_ == "back" for c in t.children)
        ):
            return True
    return _unreal(tok)


def _unreal(tok: Token) -> bool:
    """ "whether the factions resume attacks", "if convicted", "said it would merge", "will withdraw":
    a question, a condition or a future the trigger's clause only speaks of."""
    t = tok
    for _ in range(4):
        kids = list(t.children)
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
                return True
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids) and not any(
                c.lower_ in LATER or (c.dep_ == "prt" and c.lower_ == "on") for c in kids  # "would go on to"
            ) and (t.dep_ in ("ccomp", "ROOT") or any(c.lower_ in ("will", "'ll", "shall") for c in kids)):
                return True
            if t.dep_ not in ("xcomp", "conj") or (
                t.dep_ == "conj" and any(c.dep_ in SUBJ + PASSIVE_SUBJ for c in kids)
            ):
                return False  # the trigger's own clause ends here
        if t.dep_ in ("relcl", "acl", "appos", "advcl") or t.head.i == t.i:
            return False
        t = t.head
    return False
