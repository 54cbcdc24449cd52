"""How well the dates are read, whether or not the event is found: each dated gold event of a corpus split
dated from its own trigger, counted by cause.

    python benchmarks/date_reading.py --split dev [--shared ../shared] [--examples out/date-reading.txt]
    python benchmarks/date_reading.py --split train --examples out/date-reading-train.txt

``event_errors.py`` reads the dates of the events the extraction found; most dated gold events are not
found (event recall), so their dates are never read. Here the default extractor runs on each document of
the split (``test`` is sealed and refused) and each dated gold event is dated as if its trigger had been
found: the sentence holding its trigger text and most of its names, the trigger's root token there, and
the extraction's own dating of a trigger (``EventExtractor._date``: a verdict's date, else
``Timeline.date_for``; a "since" of an event that does not last, its start). The date is scored with
``../shared/eval/score.py``'s ``date_ok``. A wrong date gets the first cause that holds: no trigger
found in the text, no date, too vague, a month in the wrong year, another date of the sentence (one of the
sentence's expressions reads the gold date), the sentence's date misread (it states dates, none reads the
gold), the running date (the sentence states none) with the right date told earlier or not.

Before and after a change, event by event:

    PYTHONPATH=/tmp/before/src python benchmarks/date_reading.py --split train --record /tmp/dr-before.jsonl
    python benchmarks/date_reading.py --split train --against /tmp/dr-before.jsonl

``--record`` writes each dated gold event's reading (document, gold event, value, cause) as one JSON line;
``--against`` reads such a file from an earlier run of the same split and lists the dates gained (wrong
there, right here), lost, and changed (another value, right or wrong on both sides).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from reportgraph.extract import events as event_rules
from reportgraph.extract import get_extractor
from reportgraph.extract.language import extraction_language
from reportgraph.extract.triggers import TriggerHit
from reportgraph.train.evaluate import read_path

ROOT = Path(__file__).resolve().parents[1]


def extractors(paths: list[Path], language: str = "en") -> dict[str, event_rules.EventExtractor]:
    """Each document's event extractor as the default extractor left it (its Doc, index and timeline)."""
    seen: list[event_rules.EventExtractor] = []
    init = event_rules.EventExtractor.__init__

    def recording(self: event_rules.EventExtractor, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        seen.append(self)

    event_rules.EventExtractor.__init__ = recording  # type: ignore[method-assign]
    try:
        ex = get_extractor("default", language)
        out = {}
        for p in paths:
            seen.clear()
            ex.extract(read_path(p))
            if seen:
                out[p.stem] = seen[-1]
    finally:
        event_rules.EventExtractor.__init__ = init  # type: ignore[method-assign]
    return out


def trigger_root(doc: Doc, S: Any, gold: dict, g: dict) -> Token | None:
    """The root token of a gold event's trigger, in the sentence holding it and most of its names."""
    trig = (g.get("trigger") or "").lower()
    if not trig:
        return None
    names_of = {e["id"]: e["names"] for e in gold["entities"]}
    ids = [p["entity"] for p in g.get("participants") or []] + ([g["location"]] if g.get("location") else [])
    names = [S.norm(n) for i in ids for n in names_of.get(i, [])]
    best: tuple[int, int] | None = None
    for sent in doc.sents:
        at = sent.text.lower().find(trig)
        if at < 0:
            continue
        score = sum(1 for n in names if n and n in S.norm(sent.text))
        if best is None or score > best[0]:
            best = (score, sent.start_char + at)
    if best is None:
        return None
    span = doc.char_span(best[1], best[1] + len(trig), alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def cause(S: Any, ex: event_rules.EventExtractor, root: Token | None, g: dict) -> tuple[str, str | None]:
    if root is None:
        return "trigger not found in the text", None
    hit = TriggerHit(g["type"], g.get("trigger") or root.text, (root.i,))
    et = ex.onto.event_types.get(g["type"])
    value = ex._date(hit, root)
    if et is not None:
        value = event_rules._started(value, et)
    gd = g["date"]
    if S.date_ok(value, gd):
        return "date right", value
    if not value:
        return "no date", value
    gi, si = S.edtf_interval(gd), S.edtf_interval(value)
    if gi and si and si[0] <= gi[0] and gi[1] <= si[1]:
        return "too vague", value
    if len(value) >= 7 and len(gd) >= 7 and value[4:7] == gd[4:7] and value[:4] != gd[:4]:
        return "a month in the wrong year", value
    sent = root.sent
    here = [te for te, r in ex.timeline.exprs if sent.start <= r.i < sent.end]
    if any(S.date_ok(te.edtf, gd) for te in here):
        return "another date of the sentence", value
    if any(te.anchors or te.relative for te in here):
        return "the sentence's date misread", value
    before = [te for te, r in ex.timeline.exprs if r.i < sent.start]
    if any(S.date_ok(te.edtf, gd) for te in before):
        return "the running date, the right one told before", value
    return "the running date, the right one never told", value


def compare(before: dict[tuple[str, int], dict], after: list[dict]) -> list[str]:
    """The dated gold events whose reading differs from an earlier record: gained, lost, then changed."""
    out: dict[str, list[str]] = {"gained": [], "lost": [], "changed": []}
    for now in after:
        then = before.get((now["doc"], now["event"]))
        if then is None or then["system"] == now["system"]:
            continue
        right_then, right_now = then["cause"] == "date right", now["cause"] == "date right"
        kind = "gained" if right_now and not right_then else "lost" if right_then and not right_now else "changed"
        out[kind].append(
            f"  {now['doc']}: {now['type']} '{now['trigger']}' gold={now['gold']} {then['system']} -> "
            f"{now['system']}\n    > {now['sentence']}"
        )
    return [f"{kind} ({len(lines)})" + "".join("\n" + line for line in lines) for kind, lines in out.items()]


def _options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--record", type=Path, default=None, help="write each dated gold event's reading (JSON lines)")
    ap.add_argument("--against", type=Path, default=None, help="list what changed since this earlier --record")


def main() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_errors import split_command, write_examples  # the error readers' command line and file

    a, language, S, paths = split_command(__doc__, "write every wrong date, by cause, to this file", _options)
    record: list[dict] = []
    exs = extractors(paths, language)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for p in paths:
        gold = json.loads((p.parent / f"{p.stem}.gold.json").read_text("utf-8"))
        ex = exs.get(p.stem)
        for j, g in enumerate(gold.get("events", [])):
            if not g.get("date"):
                continue
            root = trigger_root(ex.index.doc, S, gold, g) if ex is not None else None
            # dated in the extraction's language, as the extractor dated its own triggers (the timeline's
            # French readings, a flashback's pluperfect, a claim's day, ask ``current_language()``)
            with extraction_language(language):
                why, value = cause(S, ex, root, g) if ex is not None else ("no extraction", None)
            counts[why] += 1
            record.append({
                "doc": p.stem, "event": j, "type": g["type"], "trigger": g.get("trigger"), "gold": g["date"],
                "system": value, "cause": why,
                "sentence": " ".join(root.sent.text.split())[:300] if root is not None else "",
            })
            if why != "date right":
                sent = root.sent if root is not None else None
                dates = [f"{te.text!r}={te.edtf}" for te, r in (ex.timeline.exprs if ex else [])
                         if sent is not None and sent.start <= r.i < sent.end]
                examples[why].append(
                    f"{p.stem}: {g['type']} '{g.get('trigger')}' gold={g['date']} system={value} "
                    f"[{root.text if root is not None else '-'}]\n"
                    f"    > {' '.join(sent.text.split())[:400] if sent is not None else ''}\n"
                    f"    dates: {', '.join(dates)}"
                )
    total = sum(counts.values())
    print(f"dated gold events ({total}), each dated from its own trigger:")
    for why, n in counts.most_common():
        print(f"  {n:5d}  {why}")
    print(f"date accuracy with every trigger found: {counts['date right'] / max(total, 1):.3f}")
    if a.examples:
        write_examples(a.examples, examples)
    if a.record:
        a.record.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in record), "utf-8")
    if a.against:
        lines = [json.loads(line) for line in a.against.read_text("utf-8").splitlines() if line.strip()]
        print("\n".join(compare({(r["doc"], r["event"]): r for r in lines}, record)))


if __name__ == "__main__":
    main()
