"""Why relations are missed: each missed gold relation and each false positive of a corpus split, by cause.

    python benchmarks/relation_errors.py --split dev [--shared ../shared] [--examples out/relation-errors.txt]
    python benchmarks/relation_errors.py --split dev --oracle       # the gold entities given
    python benchmarks/relation_errors.py --corpus corpus/fr --split dev   # the French pipeline

The default extractor runs on each document of the split (corpus/en/splits.json; ``test`` is
sealed and refused) and its export is mapped to the gold as ../shared/eval/score.py maps it (a
system entity is the gold entity it shares most names with; symmetric predicates either way).
Each missed gold relation gets the first cause that holds:

- ``entity not found`` / ``entity merged into another``: no system entity maps to an argument
  (merged: a system entity holds one of its names but maps to another gold entity);
- ``wrong direction`` / ``wrong predicate``: the two arguments are related otherwise;
- ``candidate rejected``: the classifier's pairs (two mentions in one sentence) hold the two
  entities, and the right label's best score is under its threshold (``candidate filtered (type)``:
  over it, refused by the argument types, an entity mistyped);
- ``not a candidate (limits)``: named in one sentence, left out by the pair limits;
- ``not a candidate: mention missed in shared sentence``: a sentence holds both gold names, the
  system has no mention of one of them there;
- ``not a candidate: one referred to``: never named in one sentence, but a sentence names one and
  refers to the other (a pronoun, "the group", as ``coref.References`` resolves it);
- ``not a candidate: cross-sentence adjacent / far``: never named in one sentence; the nearest
  mentions one sentence apart, or more.

False positives: an argument that is no gold entity, both arguments one gold entity, the pair related
in the gold with another predicate or the other way, or not related at all; by method (the
learned classifier, or the rules). ``--oracle`` replaces the entity layer with the gold entities
(every exact occurrence of each gold name, longer names first, the gold's types): what the relation
layer reaches when the entities are right.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from reportgraph.extract import LANGUAGES, domain, facts, get_extractor
from reportgraph.extract import learned_relations as lr
from reportgraph.extract.coref import References
from reportgraph.extract.mentions import EntityIndex
from reportgraph.ingest import read_path
from reportgraph.model import LocalEntity, Mention
from reportgraph.train.corpus import corpus_language, load_splits
from reportgraph.train.evaluate import contract_json, load_scorer

ROOT = Path(__file__).resolve().parents[1]



def gold_of_keys(
    score: Any, ids: dict[str, str], sj: dict[str, Any], g_names: dict[str, set[str]]
) -> dict[str, str | None]:
    """Each system entity's key (``ids``: key -> export id) -> the gold entity it shares most names with,
    None for none: the export mapped to the gold as ../shared/eval/score.py maps it (``g_names``: each
    gold entity's normalised names)."""
    to_gold: dict[str, str] = {}
    for e in sj["entities"]:
        sn = score.system_names(e)
        best = max(g_names, key=lambda gid: len(sn & g_names[gid]), default=None)
        if best and sn & g_names[best]:
            to_gold[e["id"]] = best
    return {k: to_gold.get(i) for k, i in ids.items()}

def _gold_entities(text: str, gold: dict[str, Any]) -> list[LocalEntity]:
    """Every exact occurrence of each gold name as a mention of its gold entity, longer names first."""
    spans = []
    for e in gold["entities"]:
        for n in e["names"]:
            for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text):
                spans.append((m.end() - m.start(), m.start(), m.end(), e["id"]))
    taken = [False] * len(text)
    kinds = {e["id"]: e for e in gold["entities"]}
    ents: dict[str, LocalEntity] = {}
    for _, a, b, gid in sorted(spans, reverse=True):
        if any(taken[a:b]):
            continue
        taken[a:b] = [True] * (b - a)
        le = ents.setdefault(gid, LocalEntity(gid, kinds[gid]["type"], kinds[gid]["names"][0]))
        le.mentions.append(Mention(a, b, text[a:b]))
    for le in ents.values():
        le.mentions.sort(key=lambda m: m.start)
    return list(ents.values())


def _named_in(text: str, names: list[str]) -> bool:
    low = text.lower()
    return any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names)


def _meet_by_reference(hs: list[Any], ho: list[Any], ss: set[str], so: set[str], sent_of: dict[int, int],
                       referred: dict[str, set[int]]) -> int | None:
    """The first sentence naming one argument and referring to the other without naming it, if any."""
    named_s, named_o = {sent_of[h.start] for h in hs}, {sent_of[h.start] for h in ho}
    ref_s = set().union(*(referred.get(k, set()) for k in ss))
    ref_o = set().union(*(referred.get(k, set()) for k in so))
    return min(named_s & ref_o | named_o & ref_s, default=None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--oracle", action="store_true", help="the gold entities in place of the entity layer")
    ap.add_argument("--examples", type=Path, default=None, help="write each miss and false positive here")
    ap.add_argument("--language", choices=LANGUAGES, default=None,
                    help="the pipeline (default: the corpus folder's name when it is a language, else en)")
    a = ap.parse_args()
    language = a.language or corpus_language(a.corpus)
    score = load_scorer(a.shared / "eval" / "score.py")
    docs = [a.corpus / "docs" / f"{n}.txt" for n, s in sorted(load_splits(a.corpus).items()) if s == a.split]

    seen: dict[str, Any] = {}
    gold_now: dict[str, Any] = {}
    run_facts = facts.extract_facts

    def keep(sdoc: Any, entities: Any, ontology: Any = None, relations_from: str = "combined") -> Any:
        out = run_facts(sdoc, entities, ontology, relations_from)
        index = EntityIndex.build(sdoc, entities)
        model = lr.default_model()
        refs = References(index)
        referred: dict[str, set[int]] = defaultdict(set)
        for n, sent in enumerate(sdoc.sents):
            for tok in sent:
                if tok.pos_ in ("PRON", "NOUN") and index.hit_at(tok) is None:
                    for k in refs.refer(tok):
                        referred[k].add(n)
        seen.update(sdoc=sdoc, index=index, model=model, referred=referred,
                    pairs=[(p, model.scores(lr.features(index, p)) if model else {}) for p in lr.pairs(index, refs)])
        return out

    facts.extract_facts = keep  # type: ignore[assignment]  # add_facts looks it up at each call
    if a.oracle:
        domain.find_entities = lambda sdoc, learned=True: _gold_entities(sdoc.text, gold_now["g"])  # type: ignore[assignment]
    ex = get_extractor("default", language=language)
    if a.oracle:
        ex.learned = False  # type: ignore[attr-defined]

    miss: dict[str, Counter[str]] = defaultdict(Counter)
    fp: Counter[str] = Counter()
    fp_pred: dict[str, Counter[str]] = defaultdict(Counter)
    tot: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for p in docs:
        g = json.loads((p.parent / f"{p.stem}.gold.json").read_text())
        gold_now["g"] = g
        extraction = ex.extract(read_path(p))
        sj = contract_json(p.name, extraction)
        r = score.score_document(g, sj)["relations"]
        tot.update(tp=r["tp"], system=r["system"], gold=r["gold"])
        sdoc, index = seen["sdoc"], seen["index"]
        ids = {e.key: f"e{i}" for i, e in enumerate(extraction.entities, 1)}
        g_names = {e["id"]: {score.norm(n) for n in e["names"]} for e in g["entities"]}
        of_key = gold_of_keys(score, ids, sj, g_names)
        keys_of: dict[str, set[str]] = defaultdict(set)
        for k, gid in of_key.items():
            if gid:
                keys_of[gid].add(k)
        sents = list(sdoc.sents)
        sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
        hits: dict[str, list[Any]] = defaultdict(list)
        for h in index.hits:
            hits[h.key].append(h)

        def key(s: str, pred: str, o: str) -> tuple[str, ...]:
            return (pred, *sorted((s, o))) if pred in score.SYMMETRIC else (pred, s, o)

        s_rel: dict[tuple[str, ...], Any] = {}
        for x in extraction.relations:
            if x.subject in ids and x.object in ids and getattr(x, "modality", "asserted") != "negated":
                s, o = of_key.get(x.subject) or "?" + x.subject, of_key.get(x.object) or "?" + x.object
                s_rel.setdefault(key(s, x.predicate, o), x)
        cands: dict[frozenset[str], list[Any]] = defaultdict(list)
        for pair, sc in seen["pairs"]:
            cands[frozenset((pair.a.key, pair.b.key))].append((pair, sc))
        names = {e["id"]: e["names"] for e in g["entities"]}

        for x in g["relations"]:
            s, pred, o = x["subject"], x["predicate"], x["object"]
            if key(s, pred, o) in s_rel:
                miss[pred]["found"] += 1
                continue
            lost = [arg for arg in (s, o) if not keys_of.get(arg)]
            if lost:
                merged = any(score.system_names(e) & g_names[arg] for arg in lost for e in sj["entities"])
                cause = "entity merged into another" if merged else "entity not found"
            else:
                ss, so = keys_of[s], keys_of[o]
                other = [r.predicate for r in extraction.relations
                         if (r.subject in ss and r.object in so) or (r.subject in so and r.object in ss)]
                sym = pred in score.SYMMETRIC
                cps = [c for k1 in ss for k2 in so for c in cands.get(frozenset((k1, k2)), [])]
                if pred in other:
                    cause = "wrong direction"
                elif other:
                    cause = "wrong predicate"
                elif cps:
                    model = seen["model"]
                    # each pair against its own label's threshold: the text order of the two mentions gives
                    # the label ("OPERATES_IN>" or "OPERATES_IN<"), whose thresholds differ
                    labels = [(pred + ("=" if sym else (">" if pair.a.key in ss else "<")), sc) for pair, sc in cps]
                    over = any(sc.get(lab, 0.0) >= (model.threshold_of(lab) if model else 1.0) for lab, sc in labels)
                    cause = "candidate filtered (type)" if over else "candidate rejected"
                else:
                    hs = [h for k1 in ss for h in hits[k1]]
                    ho = [h for k2 in so for h in hits[k2]]
                    if {sent_of[h.start] for h in hs} & {sent_of[h.start] for h in ho}:
                        cause = "not a candidate (limits)"
                    elif any(_named_in(st.text, names[s]) and _named_in(st.text, names[o]) for st in sents):
                        cause = "not a candidate: mention missed in shared sentence"
                    elif (met := _meet_by_reference(hs, ho, ss, so, sent_of, seen["referred"])) is not None:
                        cause = "not a candidate: one referred to (a pronoun, 'the group') where the other is named"
                        examples[cause].append(f"{p.stem} {pred} {s} -> {o}: {sents[met].text.strip()[:300]}")
                        miss[pred][cause] += 1
                        continue
                    else:
                        dist = min((abs(sent_of[h1.start] - sent_of[h2.start]) for h1 in hs for h2 in ho),
                                   default=99)
                        cause = f"not a candidate: cross-sentence {'adjacent' if dist == 1 else 'far'}"
            miss[pred][cause] += 1
            examples[cause].append(f"{p.stem} {pred} {s} -> {o}")
        pairs_gold: dict[frozenset[str], set[str]] = defaultdict(set)
        for x in g["relations"]:
            pairs_gold[frozenset((x["subject"], x["object"]))].add(x["predicate"])
        for sys_key, x in s_rel.items():
            if sys_key in {key(y["subject"], y["predicate"], y["object"]) for y in g["relations"]}:
                continue
            sg, og = of_key.get(x.subject), of_key.get(x.object)
            if not sg or not og:
                cause = "argument not a gold entity"
            elif sg == og:
                cause = "both arguments one gold entity"
            elif frozenset((sg, og)) in pairs_gold:
                cause = "wrong direction" if x.predicate in pairs_gold[frozenset((sg, og))] else "wrong predicate"
            else:
                cause = "pair unrelated in gold"
            method = "learned" if x.method == "learned" else "rules"
            fp[f"{cause} ({method})"] += 1
            fp_pred[x.predicate][cause] += 1
            gold_preds = ",".join(sorted(pairs_gold.get(frozenset((sg, og)), ()))) if sg and og else ""
            where = x.evidence[0].text.strip()[:300] if x.evidence else ""
            examples["false positive: " + cause].append(
                f"{p.stem} {x.method} {x.predicate} {sg or x.subject} -> {og or x.object}"
                + (f" (gold {gold_preds})" if gold_preds else "") + (f": {where}" if where else ""))

    tp, n_sys, n_gold = tot["tp"], tot["system"], tot["gold"]
    prec, rec = (tp / n_sys if n_sys else 0.0), (tp / n_gold if n_gold else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{a.split} ({len(docs)} documents{', gold entities' if a.oracle else ''}): relations micro "
          f"P {prec:.3f} R {rec:.3f} F1 {f1:.3f} ({tp} found / {n_sys} system / {n_gold} gold)")
    causes: Counter[str] = Counter()
    for c in miss.values():
        causes.update(c)
    print("\ngold relations by outcome:")
    for label, n in causes.most_common():
        print(f"  {n:5d}  {label}")
    print("\nby predicate:")
    for pred, c in sorted(miss.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {pred:15s} " + ", ".join(f"{cause} {n}" for cause, n in c.most_common()))
    print("\nfalse positives by cause (method):")
    for label, n in fp.most_common():
        print(f"  {n:5d}  {label}")
    print("\nfalse positives by predicate:")
    for pred, c in sorted(fp_pred.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {pred:15s} " + ", ".join(f"{cause} {n}" for cause, n in c.most_common()))
    if a.examples:
        a.examples.parent.mkdir(parents=True, exist_ok=True)
        a.examples.write_text("".join(f"== {c} ({len(v)})\n" + "\n".join(v) + "\n" for c, v in examples.items()))


if __name__ == "__main__":
    main()
