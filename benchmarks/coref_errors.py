"""Which antecedents the reference resolver gets wrong: its references judged against a corpus split's gold.

    python benchmarks/coref_errors.py --split dev [--shared ../shared] [--examples out/coref-errors.txt]
    python benchmarks/coref_errors.py --split train

The default extractor runs on each document of the split (``test`` is sealed and refused) and
``coref.References`` reads every pronoun and noun that names no entity itself. A reference is
counted where it stands for one person or organisation and its sentence names another entity
(the pairs the relation and event layers build from it), once per token. Each is judged by the
gold's relations, with the entities mapped to the gold as ``relation_errors.py`` maps them:

- ``right``: the gold relates the chosen antecedent to an entity named in the sentence;
- ``wrong``: it does not, and it relates an entity named in the sentence to another entity of the
  antecedent's type named in the reference's sentence (before it) or the three before;
- ``no relation either way``: neither (the sentence states nothing the gold keeps, or the
  reference stands for nothing named).

Wrong ones are counted by the reference's kind (the pronoun, or the noun's lemma with its
determiner) and its role in its clause, and by whether the right antecedent was the document's
topic (its most named entity of the type) or a co-argument of the reference's own clause. The
verdict reads the gold's pairs, not the reference itself: "the army said ..." tied to the army is
"wrong" where the sentence's other name is related to a group named before, and "in the Gao region"
tied to a group "right" where that group is related to a name of the sentence; read the examples.

Then the extraction's relations with an argument reached by reference (not named in the relation's
sentence), true or false by the gold, by the kind of the reference that reaches it (``(no token)``:
none in the sentence does, a document-level pair). ``--examples`` writes each wrong antecedent and
each false relation so reached.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from reportgraph.extract import facts, get_extractor
from reportgraph.extract.coref import References
from reportgraph.extract.mentions import EntityIndex
from reportgraph.ingest import read_path
from reportgraph.train.corpus import load_splits
from reportgraph.train.evaluate import contract_json, load_scorer

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("PERSON", "ORGANIZATION")


def _kind(tok: Any) -> str:
    """A reference's kind: the pronoun itself, else its lemma with its determiner or possessor."""
    if tok.pos_ == "PRON":
        return tok.lower_
    det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), "")
    return f"{det} {tok.lemma_.lower()}".strip()


def _coargument(tok: Any, index: EntityIndex) -> set[str]:
    """The entities named in the reference's own clause outside the reference's phrase."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    own = {t.i for t in tok.subtree}
    return {h.key for t in v.subtree if t.i not in own for h in [index.hit_at(t)] if h is not None}


def main() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from relation_errors import gold_of_keys  # the export mapped to the gold as relation_errors maps it

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", type=Path, default=None, help="write each wrong antecedent here")
    a = ap.parse_args()
    score = load_scorer(a.shared / "eval" / "score.py")
    docs = [a.corpus / "docs" / f"{n}.txt" for n, s in sorted(load_splits(a.corpus).items()) if s == a.split]

    seen: dict[str, Any] = {}
    run_facts = facts.extract_facts

    def keep(sdoc: Any, entities: Any, ontology: Any = None, relations_from: str = "combined") -> Any:
        seen.update(sdoc=sdoc, index=EntityIndex.build(sdoc, entities))
        return run_facts(sdoc, entities, ontology, relations_from)

    facts.extract_facts = keep  # type: ignore[assignment]  # add_facts looks it up at each call
    ex = get_extractor("default", language="en")
    outcome: Counter[str] = Counter()
    of_kind: dict[str, Counter[str]] = defaultdict(Counter)
    wrong_role: Counter[str] = Counter()
    wrong_why: Counter[str] = Counter()
    lines: list[str] = []
    by_ref: Counter[str] = Counter()
    by_ref_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for p in docs:
        g = json.loads((p.parent / f"{p.stem}.gold.json").read_text())
        extraction = ex.extract(read_path(p))
        sj = contract_json(p.name, extraction)
        sdoc, index = seen["sdoc"], seen["index"]
        ids = {e.key: f"e{i}" for i, e in enumerate(extraction.entities, 1)}
        g_names = {e["id"]: {score.norm(n) for n in e["names"]} for e in g["entities"]}
        gold_of = gold_of_keys(score, ids, sj, g_names)
        related: set[frozenset[str]] = {frozenset((x["subject"], x["object"])) for x in g["relations"]}
        sents = list(sdoc.sents)
        sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
        salience: Counter[str] = Counter(h.key for h in index.hits)
        refs = References(index)
        gold_keys = {(x["subject"], x["predicate"], x["object"]) for x in g["relations"]}
        for r in extraction.relations:
            if r.modality == "negated" or not r.evidence:
                continue
            ev = sdoc.char_span(r.evidence[0].start, r.evidence[0].end, alignment_mode="expand")
            if ev is None:
                continue
            inside = {h.key for h in index.in_span(ev)}
            reached = [k for k in (r.subject, r.object) if k not in inside]
            if not reached:
                continue
            s_, o_ = gold_of.get(r.subject), gold_of.get(r.object)
            ok = (s_, r.predicate, o_) in gold_keys or (
                r.predicate in score.SYMMETRIC and (o_, r.predicate, s_) in gold_keys)
            verdict = "true" if ok else "false"
            by_ref[verdict] += 1
            via = [t for t in ev if index.hit_at(t) is None and reached[0] in refs.refer(t)]
            by_ref_kind[_kind(via[0]) if via else "(no token)"][verdict] += 1
            if not ok:
                lines.append(f"{p.stem} FALSE {r.predicate} {index.entities[r.subject].name!r} -> "
                             f"{index.entities[r.object].name!r} via {_kind(via[0]) if via else '?'}: "
                             f"{ev.text.strip()[:300]}")
        for n, sent in enumerate(sents):
            for tok in sent:
                if tok.pos_ not in ("PRON", "NOUN", "PROPN") or index.hit_at(tok) is not None:
                    continue
                keys = refs.refer(tok)
                if len(keys) != 1 or index.type_of(keys[0]) not in KINDS:
                    continue
                key, etype = keys[0], index.type_of(keys[0])
                named = {h.key for h in index.in_span(sent)} - {key}
                if not named:
                    continue
                g_ante = gold_of.get(key)
                g_named = {gold_of[k] for k in named if gold_of.get(k)} - {g_ante}
                kind = f"{etype[:3]} {_kind(tok)}"
                if g_ante and any(frozenset((g_ante, x)) in related for x in g_named):
                    outcome["right"] += 1
                    of_kind[kind]["right"] += 1
                    continue
                alts = {
                    h.key
                    for h in index.hits
                    if h.type == etype
                    and h.key != key
                    and n - 3 <= sent_of[h.start] <= n
                    and (sent_of[h.start] < n or h.start < tok.i)
                }
                good = [k for k in alts if gold_of.get(k) and any(
                    frozenset((gold_of[k], x)) in related for x in g_named if x != gold_of[k])]
                if not good:
                    outcome["no relation either way"] += 1
                    of_kind[kind]["none"] += 1
                    continue
                outcome["wrong"] += 1
                of_kind[kind]["wrong"] += 1
                wrong_role[tok.dep_] += 1
                topic = max((k for k in index.entities if index.type_of(k) == etype), key=lambda k: salience[k])
                if key in _coargument(tok, index):
                    cue = "chosen: a co-argument of the reference's clause"
                elif topic in good:
                    cue = "right: the topic"
                else:
                    cue = "right: another recent one"
                wrong_why[cue] += 1
                lines.append(
                    f"{p.stem} [{_kind(tok)} / {tok.dep_} / {cue}] chose {index.entities[key].name!r}, "
                    f"right {sorted(index.entities[k].name for k in good)}: {sent.text.strip()[:300]}"
                )
    total = sum(outcome.values())
    print(f"{a.split} ({len(docs)} documents): {total} references in a sentence naming another entity")
    for label, n in outcome.most_common():
        print(f"  {n:5d}  {label}")
    print("\nby kind, the most often wrong (right / no relation / wrong):")
    for label, c in sorted(of_kind.items(), key=lambda kv: -kv[1]["wrong"])[:25]:
        print(f"  {c['right']:5d} / {c['none']:5d} / {c['wrong']:5d}  {label}")
    for title, c in (("wrong, by role", wrong_role), ("wrong, by cue", wrong_why)):
        print(f"\n{title}:")
        for label, n in c.most_common(25):
            print(f"  {n:5d}  {label}")
    print(f"\nrelations with an argument reached by reference: {by_ref['true']} true, {by_ref['false']} false; "
          "by the reference's kind (true / false):")
    for label, v in sorted(by_ref_kind.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
        print(f"  {v['true']:4d} / {v['false']:4d}  {label}")
    if a.examples:
        a.examples.parent.mkdir(parents=True, exist_ok=True)
        a.examples.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
