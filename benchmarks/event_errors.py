"""Why events and their dates are wrong: each gold event missed, each system event unmatched and each
gold date missed of a corpus split, counted by cause.

    python benchmarks/event_errors.py --split dev [--shared ../shared] [--examples out/event-errors.txt]
    python benchmarks/event_errors.py --split train --examples out/event-errors-train.txt
    python benchmarks/event_errors.py --corpus corpus/fr --split train --examples out/fr-event-errors.txt

``--language`` (default: the corpus folder's name when it is a language, else ``en``) picks the
pipeline, as in benchmarks/ablation.py.

The default extractor runs on each document of the split (corpus/en/splits.json; ``test`` is sealed
and refused), recording every trigger (the rules' or the learned model's) for which no event was built,
and its per-document export is paired with the gold exactly as ../shared/eval/score.py pairs them
(same type and a shared participant, or lacking participants the same place; greedy, one to one).
The sentence of a gold event is the one holding its trigger text and most of its names. Each missed
gold event gets the first cause that holds:

- ``participant not extracted``: none of its participants maps to a system entity;
- ``same type, paired elsewhere``: the sentence has system events of its type, all paired with other
  gold events; ``same type, no participant`` / ``same type, other participants``: unpaired ones;
- ``trigger found, dropped``: a trigger of its type in the sentence built no event (no named
  participant, a required role missing, negated ...);
- ``other type only``: the sentence has system events, none of its type;
- ``nothing in the sentence``: no system event there at all.

System events left unpaired: with no participant, beside a gold event of their type in their sentence
(another reading of it, or a second event of it), beside gold events of other types only, or where
the gold has none. Each dated gold event: its date right, its event missed, or paired with a system
event of another sentence, no date, a date too vague, a month in the wrong year, another date the
sentence states, the running date (the sentence states none the gold reads).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportgraph.extract import LANGUAGES, get_extractor
from reportgraph.extract import events as event_rules
from reportgraph.extract.triggers import TriggerHit
from reportgraph.train.corpus import corpus_language, load_splits
from reportgraph.train.evaluate import contract_json, load_scorer, read_path

ROOT = Path(__file__).resolve().parents[1]


def extract(paths: list[Path], language: str = "en") -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Each document's export, and the triggers for which no event was built (type, sentence span)."""
    dropped: list[dict] = []
    build = event_rules.EventExtractor.build
    depth = [0]

    def recording(self: event_rules.EventExtractor, hit: TriggerHit) -> Any:
        depth[0] += 1
        try:
            ev = build(self, hit)
        finally:
            depth[0] -= 1
        if ev is None and depth[0] == 0:  # (build calls itself to read a seizure of ground as an attack)
            sent = self.index.doc[hit.start].sent
            dropped.append({"type": hit.type, "start": sent.start_char, "end": sent.end_char})
        return ev

    event_rules.EventExtractor.build = recording  # type: ignore[method-assign]
    try:
        ex = get_extractor("default", language)
        exports, traces = {}, {}
        for p in paths:
            dropped.clear()
            src = read_path(p)
            exports[p.stem] = contract_json(p.name, ex.extract(src), src.text)
            traces[p.stem] = list(dropped)
    finally:
        event_rules.EventExtractor.build = build  # type: ignore[method-assign]
    return exports, traces


def _sentences(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.M)]


def classify(S: Any, gold: dict, system: dict, text: str, dropped: list[dict],
             counts: dict[str, Counter], examples: dict[str, list[str]], doc: str) -> None:
    g_names = {e["id"]: {S.norm(n) for n in e["names"]} for e in gold["entities"]}
    g_label = {e["id"]: e["names"][0] for e in gold["entities"]}
    to_gold: dict[str, str] = {}
    for e in system.get("entities", []):
        names = S.system_names(e)
        best = max(g_names, key=lambda gid: len(names & g_names[gid]), default=None)
        if best and names & g_names[best]:
            to_gold[e["id"]] = best
    found = set(to_gold.values())
    s_label = {e["id"]: e.get("name") for e in system.get("entities", [])}
    s_ev, g_ev = system.get("events", []), gold.get("events", [])
    pairs = []
    for i, s in enumerate(s_ev):
        sp = {to_gold.get(p["entity"], "?" + str(p["entity"])) for p in s.get("participants") or []}
        sloc = to_gold.get(s.get("location"))
        for j, g in enumerate(g_ev):
            if s["type"] != g["type"]:
                continue
            gp = {p["entity"] for p in g.get("participants") or []}
            shared = len(sp & gp)
            if shared or (not gp and g.get("location") and sloc == g.get("location")):
                pairs.append((shared, i, j))
    pairs.sort(reverse=True)
    s_to_g: dict[int, int] = {}
    g_to_s: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in s_to_g and j not in g_to_s:
            s_to_g[i], g_to_s[j] = j, i
    sents = _sentences(text)

    def sentence_of(g: dict) -> tuple[int, int, str] | None:
        trig = (g.get("trigger") or "").lower()
        if not trig:
            return None
        names = [S.norm(n) for p in g.get("participants") or [] for n in gold_names(p["entity"])]
        names += [S.norm(n) for n in gold_names(g.get("location"))]
        scored = [(sum(1 for n in names if n and n in S.norm(t)), (a, b, t)) for a, b, t in sents if trig in t.lower()]
        return max(scored, key=lambda x: x[0])[1] if scored else None

    def gold_names(gid: str | None) -> list[str]:
        return next((e["names"] for e in gold["entities"] if e["id"] == gid), []) if gid else []

    def overlaps(span: tuple[int, int, str] | None, start: int, end: int) -> bool:
        return span is not None and start < span[1] and span[0] < end

    def ev_span(s: dict) -> tuple[int, int]:
        ev = (s.get("evidence") or [{}])[0]
        return ev.get("start", -1), ev.get("end", -1)

    def show_s(s: dict) -> str:
        parts = ", ".join(f"{s_label.get(p['entity'])}/{p['role']}" for p in s.get("participants") or [])
        return f"{s['type']} '{s.get('trigger')}' [{parts}] date={s.get('date')}"

    def show_g(g: dict) -> str:
        parts = ", ".join(f"{g_label.get(p['entity'], p['entity'])}/{p['role']}" for p in g.get("participants") or [])
        return f"{g['type']} '{g.get('trigger')}' [{parts}] date={g.get('date')}"

    spans = [sentence_of(g) for g in g_ev]
    for j, g in enumerate(g_ev):
        span = spans[j]
        where = f"{doc}: {show_g(g)}\n    > {span[2].strip()[:300] if span else '?'}"
        if j in g_to_s:
            s = s_ev[g_to_s[j]]
            if g.get("date"):
                cause = _date_cause(S, g, s, span, ev_span(s))
                counts["dates"][cause] += 1
                if cause != "date right":
                    examples[f"date: {cause}"].append(f"{where}\n    system {show_s(s)}")
            continue
        gp = {p["entity"] for p in g.get("participants") or []}
        here = [(i, s) for i, s in enumerate(s_ev) if overlaps(span, *ev_span(s))]
        same = [(i, s) for i, s in here if s["type"] == g["type"]]
        if gp and not gp & found:
            cause = "participant not extracted"
        elif span is None:
            cause = "sentence not found"
        elif same and all(i in s_to_g for i, _ in same):
            cause = "same type, paired elsewhere"
        elif same and any(not s.get("participants") for _, s in same):
            cause = "same type, no participant"
        elif same:
            cause = "same type, other participants"
        elif any(d["type"] == g["type"] and overlaps(span, d["start"], d["end"]) for d in dropped):
            cause = "trigger found, dropped"
        elif here:
            cause = "other type only"
        else:
            cause = "nothing in the sentence"
        counts["missed"][cause] += 1
        if g.get("date"):
            counts["dates"]["event missed"] += 1
        examples[f"missed: {cause}"].append(where + "".join(f"\n    system {show_s(s)}" for _, s in here))
    for i, s in enumerate(s_ev):
        if i in s_to_g:
            continue
        start, end = ev_span(s)
        beside = [g for g, sp in zip(g_ev, spans, strict=True) if overlaps(sp, start, end)]
        if not s.get("participants"):
            cause = "no participant"
        elif any(g["type"] == s["type"] for g in beside):
            cause = "a gold event of its type in its sentence"
        elif beside:
            cause = "gold events of other types in its sentence"
        else:
            cause = "no gold event in its sentence"
        counts["unmatched"][cause] += 1
        text_of = (s.get("evidence") or [{}])[0].get("text", "")
        examples[f"unmatched: {cause}"].append(
            f"{doc}: {show_s(s)}\n    > {text_of.strip()[:300]}" + "".join(f"\n    gold {show_g(g)}" for g in beside)
        )


def _date_cause(S: Any, g: dict, s: dict, span: tuple[int, int, str] | None, s_span: tuple[int, int]) -> str:
    if S.date_ok(s.get("date"), g["date"]):
        return "date right"
    if not s.get("date"):
        return "no date"
    if span is None or not (s_span[0] < span[1] and span[0] < s_span[1]):
        return "paired with a system event of another sentence"
    gi, si = S.edtf_interval(g["date"]), S.edtf_interval(s["date"])
    sd, gd = s["date"], g["date"]
    if gi and si and si[0] <= gi[0] and gi[1] <= si[1]:
        return "too vague"
    if len(sd) >= 7 and len(gd) >= 7 and sd[4:7] == gd[4:7] and sd[:4] != gd[:4]:
        return "a month in the wrong year"
    if sd[:4] in span[2]:
        return "another date of the sentence"
    return "the running date"


def split_command(
    description: str | None, examples: str, more: Callable[[argparse.ArgumentParser], None] | None = None
) -> tuple[argparse.Namespace, str, Any, list[Path]]:
    """The command line the error readers share (this one and ``date_reading.py``): a train or dev
    split of a corpus, the ../shared folder, an examples file (``more`` adds a reader's own options);
    returns the arguments, the language, the shared scorer and the split's documents (never the sealed
    test split's)."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    if more is not None:
        more(ap)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", type=Path, default=None, help=examples)
    ap.add_argument("--language", choices=LANGUAGES, default=None)
    a = ap.parse_args()
    language = a.language or corpus_language(a.corpus)
    paths = [a.corpus / "docs" / f"{n}.txt" for n, s in sorted(load_splits(a.corpus).items()) if s == a.split]
    return a, language, load_scorer(a.shared / "eval" / "score.py"), paths


def main() -> None:
    a, language, S, paths = split_command(__doc__, "write every case, by cause, to this file")
    exports, traces = extract(paths, language)
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for p in paths:
        gold = json.loads((p.parent / f"{p.stem}.gold.json").read_text("utf-8"))
        classify(S, gold, exports[p.stem], p.read_text("utf-8"), traces[p.stem], counts, examples, p.stem)
    for what in ("missed", "unmatched", "dates"):
        total = sum(counts[what].values())
        print(f"{what} ({total}):")
        for cause, n in counts[what].most_common():
            print(f"  {n:5d}  {cause}")
    if a.examples:
        write_examples(a.examples, examples)


def write_examples(path: Path, examples: dict[str, list[str]]) -> None:
    """Every case, under its cause's heading (the error readers' ``--examples`` file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(f"===== {k} ({len(v)})\n" + "\n".join(v) for k, v in sorted(examples.items())),
                    "utf-8")


if __name__ == "__main__":
    main()
