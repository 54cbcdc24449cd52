"""Triggers that state no fact: a negated, refused, wished, conditional or future event ("did not
attack", "denied killing", "vowed to attack", "whether the factions resume attacks", "said it would
merge"), or one a note about the text itself names ("the commanders named and the attacks described
are invented"), gives no event (the filtering of ``events.py``); one only reported and said to be
unconfirmed ("reports of his death have never been confirmed") is negated (``modality.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_slots import PASSIVE_SUBJ, SUBJ

# ("refused to surrender", "declined to attack": twenty-eighth round)
NEGATING = frozenset({"refrain", "avoid", "abstain", "deny", "fail", "threaten", "plan", "consider", "refuse",
                      "decline"})
# giving up what was done: under a negating verb the deed stands ("refused to renounce his oath to X")
RENOUNCING = frozenset({"renounce", "abandon", "disavow", "relinquish", "forsake", "repudiate", "revoke", "retract"})
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
        if below is not None and _outside_scope(below, t):
            break
        coordinated = below is not None and below.dep_ == "conj"
        subject = below is not None and below.dep_ in SUBJ + PASSIVE_SUBJ
        under, below = below, t
        if coordinated or subject:
            # "X, considered the planner, was killed": coordinated with the verb, not under it; "talks
            # between X and Y failed": the talks took place, the verb says how they ended
            continue
        if lemma in NEGATING and under is not None and under is not tok and under.lemma_.lower() in RENOUNCING:
            break  # "refused to renounce his oath to X", "denied abandoning the pact": the oath, the pact stand
        if lemma in NEGATING or (
            lemma in UNREALISED
            and (lemma != "call" or any(c.lower_ in ("on", "for", "upon") for c in t.children))
            and not (lemma == "want" and (t.tag_ == "VBN" or any(c.lower_ == "for" for c in t.children)))
        ) or (
            t.lemma_ == "hold" and any(c.lower_ == "back" for c in t.children)
        ):
            return True
    return _unreal(tok)


# subordinators of an adverbial clause that states its own fact ("although his fighters clashed with it")
FACTUAL_MARKS = frozenset({"although", "though", "while", "whereas", "when", "after", "before", "because", "as",
                           "since", "once", "until"})


def _outside_scope(below: Token, verb: Token) -> bool:
    """A verb above the trigger that does not govern what the trigger states: one past a semicolon (the
    parser hangs "X attacked Y; the group denied it" on "denied"), an infinitive above a past tense the parser
    coordinated with it ("refused to step aside and revived the name"), or one above a clause that states its
    own fact (a relative clause, a participle describing a noun: "X, which split from Y in 2016, has
    avoided ...", "X, elected in February, has promised ..."; an adverbial clause opened by "although",
    "after" ...)."""
    lo, hi = sorted((below.i, verb.i))
    if any(t.text == ";" for t in below.doc[lo + 1 : hi]):
        return True
    if below.dep_ == "conj" and below.tag_ == "VBD" and verb.tag_ == "VB":
        # "X refused to step aside and revived the name": a past tense the parser joined to the infinitive is
        # joined to the verb that governs it, and states its own fact ("refused to join and attack" stays one wish)
        return True
    if below.dep_ == "relcl" or (below.dep_ == "acl" and below.tag_ in ("VBN", "VBD")):
        return True
    return below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in below.children)


def _unreal(tok: Token) -> bool:
    """ "whether the factions resume attacks", "if convicted", "said it would merge", "will withdraw":
    a question, a condition or a future the trigger's clause only speaks of."""
    if tok.dep_ in SUBJ and any(
        c.dep_ in ("csubj", "advcl") and c.right_edge.i == tok.left_edge.i - 1
        and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in tok.head.children
    ):
        return True  # "Whether X resumes attacks on Y is unclear": the parser makes the object the subject of "is"
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


# what is only reported or rumoured ("reports of his death", "he has been reported killed", "rumours that ...")
REPORTED = frozenset({"report", "rumour", "rumor", "speculation"})


def _denied_confirmation(tok: Token) -> bool:
    """ "has not been confirmed", "never confirmed", "none of these reports has been confirmed", "unconfirmed"."""
    if tok.lower_ == "unconfirmed":
        return True
    if tok.lemma_.lower() != "confirm":
        return False
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.dep_ in SUBJ + PASSIVE_SUBJ and (
            c.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ))
        for c in tok.children
    )


def unconfirmed(tok: Token) -> bool:
    """ "Reports of his death have never been confirmed", "X has been reported killed several times; none of the
    reports has been confirmed", "IS has not confirmed his death": an event a sentence reports and says is not
    confirmed, or the very thing it says is not confirmed, is no fact ("he is believed to have been killed, but
    his death has not been confirmed" still tells the killing, through "killed")."""
    denials = [t for t in tok.sent if _denied_confirmation(t)]
    if not denials:
        return False
    above: list[Token] = []
    below = tok
    for a in list(tok.ancestors)[:4]:
        if _outside_scope(below, a):
            break  # ("X carried out an air strike; his death has been reported but not confirmed": not the strike)
        above.append(a)
        below = a
    if tok.pos_ in ("NOUN", "PROPN") and any(a in denials for a in above):
        return True  # ("claimed that he had been killed; X did not confirm": the claim is told, as the gold reads it)
    return any(a.lemma_.lower() in REPORTED for a in above)


# what a note about the report itself says of the names it lists ("... are invented", "... are real")
MADE_UP = frozenset({"invented", "fictional", "fictitious"})


def about_the_text(tok: Token) -> bool:
    """ "Fictional scenario - the commanders named and the attacks described are invented", "X, Y and the
    2016 attack on Z are real": a sentence saying which of the report's names are made up or real tells no
    event of its own (a relative clause saying so, "the tribe, which is invented for this scenario", leaves
    its sentence's facts alone)."""
    for t in tok.sent:
        if t.lower_ in MADE_UP and t.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and any(
            c.lemma_ == "be" for c in t.children
        ):
            return True
        if (
            t.lower_ in MADE_UP | {"real"}
            and t.dep_ == "acomp"
            and t.head.dep_ in ("ROOT", "conj")
            and t.head.lower_ in ("are", "is")
        ):
            return True
    return False
