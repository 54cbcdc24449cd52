"""Long and pathological texts are parsed in bounded work with exact offsets (issue 15)."""

from __future__ import annotations

import pytest

from reportgraph.extract.domain import DomainExtractor
from reportgraph.extract.paragraphs import MAX_WORD_CHARS, chunk_bounds, make_doc, parse
from reportgraph.ingest import document_id
from reportgraph.model import SourceDocument

pytestmark = pytest.mark.model

PARAGRAPH = "Iyad Ag Ghaly founded Ansar Dine in Kidal in 2012. Ansar Dine attacked Gao in 2013.\n\n"


@pytest.mark.parametrize("size", [10, 1000, 5000])
def test_chunks_cover_the_text_and_cut_after_paragraphs(size: int) -> None:
    text = PARAGRAPH * 100
    bounds = chunk_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(b - a <= size for a, b in bounds)
    if size >= len(PARAGRAPH) * 2:
        assert all(text[b - 2 : b] == "\n\n" for _, b in bounds[:-1])


def test_a_text_past_spacys_limit_is_read_with_exact_offsets(extractor: DomainExtractor) -> None:
    """Chunks of 2,000 characters stand in for spaCy's 1,000,000: the same joins, in a second."""
    text = PARAGRAPH * 60
    extractor.nlp.max_length, limit = 2000, extractor.nlp.max_length
    try:
        doc = parse(extractor.nlp, text)
    finally:
        extractor.nlp.max_length = limit
    assert doc.text == text
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    assert sum(1 for s in doc.sents if "Ansar Dine attacked Gao" in s.text) == 60


def test_extraction_of_a_chunked_text_keeps_mentions_on_their_words(extractor: DomainExtractor) -> None:
    text = PARAGRAPH * 40
    extractor.nlp.max_length, limit = 1500, extractor.nlp.max_length
    try:
        out = extractor.extract(SourceDocument(document_id(text), "long.txt", "long", text))
    finally:
        extractor.nlp.max_length = limit
    mentions = [m for e in out.entities for m in e.mentions]
    assert len(mentions) > 100
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_sentences_are_bounded(extractor: DomainExtractor) -> None:
    text = "Ansar Dine fighters attacked the post near Gao and Kidal " * 200  # no full stop
    doc = parse(extractor.nlp, text, max_sentence_tokens=50)
    assert doc.text == text
    assert max(len(s) for s in doc.sents) <= 50


@pytest.mark.parametrize("run", ["#" * 10_000, ">" * 10_000, "9" * 5_000, "-." * 3_000])
def test_long_runs_become_bounded_tokens(extractor: DomainExtractor, run: str) -> None:
    text = f"Ansar Dine {run} attacked Gao."
    doc = make_doc(extractor.nlp, text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= MAX_WORD_CHARS
    assert [t.text for t in doc][:2] == ["Ansar", "Dine"]


def test_token_columns_are_the_tokens_attributes(extractor: DomainExtractor) -> None:
    """The rules' whole-document scans read ``column`` instead of making a Token per word: the same
    strings as the Token attributes, for every attribute it serves."""
    from reportgraph.extract.candidates import column, lower_words

    doc = extractor.parse(PARAGRAPH * 3 + "The GSPC's emir, Abdelmalek Droukdel, was killed.\n")
    for attr in ("text", "lower_", "lemma_", "pos_", "tag_", "dep_"):
        assert column(doc, attr) == tuple(getattr(t, attr) for t in doc), attr
    assert lower_words(doc) == frozenset(t.text for t in doc if t.is_lower and t.is_alpha)
    empty = extractor.parse("")
    assert column(empty, "lemma_") == ()


def test_furniture_lines_heading_needs_text_below(extractor: DomainExtractor) -> None:
    """A stand-alone Title Case line is a heading when some line below it has text; the last line
    with text is not (the check that looked through every line below each line was quadratic)."""
    from reportgraph.extract.headlines import furniture_lines

    text = "Ansar Dine Attacks Northern Towns\n\nThe group attacked Gao.\n\nKidal Garrison Under Siege\n\n\n"
    spans = furniture_lines(extractor.parse(text))
    assert [text[a:b] for a, b in spans] == ["Ansar Dine Attacks Northern Towns"]
