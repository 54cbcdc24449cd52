"""Title Case headlines: lines where capitals say little about names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import doc_text

TITLES_KEY = "reportgraph.title_lines"

# Small words a Title Case headline capitalises and a sentence-case one does not.
TITLE_SMALL_WORDS = frozenset(
    {
        "of",
        "the",
        "and",
        "in",
        "for",
        "to",
        "on",
        "at",
        "from",
        "with",
        "a",
        "an",
        "by",
        "into",
        "after",
        "over",
        "against",
    }
)


def title_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of lines written in Title Case (headlines), where capitals say little."""
    cached = doc.user_data.get(TITLES_KEY)
    if cached is not None:
        return list(cached)
    spans, pos = [], 0
    for line in doc_text(doc).split("\n"):
        tokens = re.findall(r"[^\W\d_]+", line)
        small = [w for w in tokens[1:] if w.lower() in TITLE_SMALL_WORDS]
        long_words = [w for w in tokens if len(w) > 3]
        capitals = sum(w[0].isupper() for w in long_words)
        title_case = (
            sum(w[0].isupper() for w in small) > len(small) / 2
            if small
            else len(long_words) >= 5 and capitals >= 0.8 * len(long_words)
        )
        if title_case and len(long_words) >= 3 and not line.rstrip().endswith("."):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    doc.user_data[TITLES_KEY] = spans
    return spans


def in_title_line(doc: Doc, i: int) -> bool:
    idx = doc[i].idx
    return any(a <= idx < b for a, b in title_lines(doc))
