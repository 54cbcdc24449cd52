"""A document's text cut into fragments for highlighting: the template escapes every fragment.

No HTML is ever built from a report's text here; fragments are plain values (text, which entity,
whether inside the sentence asked for) and the autoescaping template turns them into markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..query.document import MentionSpan


@dataclass
class Fragment:
    text: str
    start: int
    entity_id: int | None = None
    entity_name: str | None = None
    type: str | None = None
    marked: bool = False  # inside the sentence a link pointed at
    anchor: bool = False  # the first fragment of that sentence (scrolled to)


def fragments(text: str, mentions: list[MentionSpan], mark: tuple[int, int] | None = None) -> list[Fragment]:
    """Cut ``text`` at mention and ``mark`` boundaries; overlapping mentions: the earlier one wins."""
    chosen: list[MentionSpan] = []
    last_end = -1
    for span in sorted(mentions, key=lambda x: (x.start, -x.end)):
        if span.start >= last_end and 0 <= span.start < span.end <= len(text):
            chosen.append(span)
            last_end = span.end
    cuts = {0, len(text)}
    for c in chosen:
        cuts.update((c.start, c.end))
    if mark:
        lo, hi = max(0, mark[0]), min(len(text), mark[1])
        mark = (lo, hi) if lo < hi else None
        if mark:
            cuts.update(mark)
    points = sorted(cuts)
    out: list[Fragment] = []
    i = 0
    anchored = False
    for a, b in zip(points, points[1:], strict=False):
        while i < len(chosen) and chosen[i].end <= a:
            i += 1
        m = chosen[i] if i < len(chosen) and chosen[i].start <= a < chosen[i].end else None
        marked = bool(mark and mark[0] <= a < mark[1])
        frag = Fragment(text[a:b], a, marked=marked, anchor=marked and not anchored)
        anchored = anchored or marked
        if m:
            frag.entity_id, frag.entity_name, frag.type = m.entity_id, m.entity_name, m.type
        out.append(frag)
    return out


def marked(text: str, highlights: list[tuple[int, int]] | list[list[int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_match) at the (start, end) offsets of a search hit's matched words
    (``SearchHit.highlights``); offsets out of range or overlapping an earlier one are dropped."""
    out: list[tuple[str, bool]] = []
    i = 0
    for a, b in sorted((int(x[0]), int(x[1])) for x in highlights):
        if a < i or b <= a or b > len(text):
            continue
        out += [(text[i:a], False), (text[a:b], True)]
        i = b
    out.append((text[i:], False))
    return [p for p in out if p[0]]
