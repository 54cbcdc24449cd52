"""A long list of one- or two-word lines is parsed without its line breaks as tokens (issue 15), with
offsets, sentences and the whitespace tokens of the text kept as they were."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from reportgraph.extract.line_lists import LIST_PIECE_LINES, LIST_RUN_LINES, flatten, list_runs
from reportgraph.extract.paragraphs import parse

PROSE = "Ansar Dine attacked Gao in 2012.\n\n"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Gao\n" * LIST_RUN_LINES, [(0, 4 * LIST_RUN_LINES)]),
        ("Gao\n" * (LIST_RUN_LINES - 1), []),  # a few short lines: a title block, left alone
        ("Ansar Dine\n" * LIST_RUN_LINES + "\nThe end.", [(0, 11 * LIST_RUN_LINES + 1)]),
        (PROSE + "Gao\n" * LIST_RUN_LINES + "Kidal", [(len(PROSE), len(PROSE) + 4 * LIST_RUN_LINES)]),
        ("in the north\n" * LIST_RUN_LINES, []),  # three words: a line of prose
        ("Gao \n" * LIST_RUN_LINES, []),  # a space before the break would be a token of its own
        ((PROSE * 3).replace(".", ""), []),
    ],
)
def test_list_runs(text: str, runs: list[tuple[int, int]]) -> None:
    assert list_runs(text) == runs


def test_a_long_run_comes_in_pieces_of_whole_lines() -> None:
    text = "Gao\n" * (2 * LIST_PIECE_LINES + 5) + "\nThe end."
    n = 4 * LIST_PIECE_LINES
    assert list_runs(text) == [(0, n), (n, 2 * n), (2 * n, 2 * n + 4 * 5 + 1)]


def test_flatten_keeps_length_and_the_whitespace_after_the_list() -> None:
    assert flatten("Gao\nKidal\nAnsar Dine\n\n") == "Gao Kidal Ansar Dine\n\n"


class _Seen:
    """A pipeline component that records how many tokens the pipeline reads."""

    def __init__(self) -> None:
        self.tokens = 0

    def __call__(self, doc: Doc) -> Doc:
        self.tokens += len(doc)
        return doc


def test_the_pipeline_reads_a_long_list_without_its_line_breaks() -> None:
    nlp = spacy.blank("en")
    seen = _Seen()
    Language.component("reportgraph_test_seen", func=seen)
    nlp.add_pipe("reportgraph_test_seen")
    text = PROSE + "Gao\nKidal\n" * 200 + "\n" + PROSE
    doc = parse(nlp, text)
    assert doc.text == text
    # the two paragraphs of prose (8 tokens each, their "\n\n" included), the list's 400 words and the
    # "\n\n" after it: not its 399 line breaks
    assert seen.tokens == 8 + 401 + 8
    assert len(doc) == 8 + 400 + 399 + 1 + 8  # the doc keeps a token for each line break


def test_a_parsed_list_keeps_one_sentence_per_line(nlp: Language) -> None:
    lines = ["Gao", "Kidal", "Ansar Dine", "Menaka"] * 10
    text = PROSE + "\n".join(lines) + "\n\n" + PROSE
    doc = parse(nlp, text)
    assert doc.text == text
    sents = [s.text for s in doc.sents]
    assert sents == [PROSE, *[line + "\n" for line in lines[:-1]], lines[-1] + "\n\n", PROSE]
    breaks = [t for t in doc if t.text == "\n"]
    assert len(breaks) == len(lines) - 1
    for t in breaks:
        assert (t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_) == ("_SP", "SPACE", "dep", t.i - 1, "O")
    for s in doc.sents:
        if s.text.strip() in ("Gao", "Kidal", "Menaka"):
            assert s[0].dep_ == "ROOT" and s[0].tag_ == "NNP"
        if s.text.startswith("Ansar Dine\n"):
            assert [t.dep_ for t in s] == ["compound", "ROOT", "dep"]  # two words: the parser's parse
    assert not any("\n" in e.text for e in doc.ents)


def test_one_word_lines_get_the_parse_the_parser_gives_them(nlp: Language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reportgraph.extract import line_lists

    text = "Gao\nKidal\nMenaka\nTimbuktu\n" * 10
    skipped = parse(nlp, text)
    monkeypatch.setattr(line_lists, "_line_roots", lambda flat: None)
    monkeypatch.setattr(line_lists, "DependencyParser", type(None))  # never skip: run the parser
    parsed = parse(nlp, text)
    attrs = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]
    assert (skipped.to_array(attrs) == parsed.to_array(attrs)).all()
