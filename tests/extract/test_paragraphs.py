"""Forced sentence starts bound stretches without a full stop, never a paragraph of real sentences."""

from __future__ import annotations

from reportgraph.extract.paragraphs import sentence_starts


def test_a_long_paragraph_of_sentences_is_not_cut_mid_sentence(nlp) -> None:
    sentence = " ".join(["word"] * 60) + "."
    doc = nlp.make_doc(" ".join([sentence] * 6))  # 366 tokens, one paragraph
    starts = sentence_starts(doc, 200)
    forced = [i for i in range(1, len(doc)) if starts[i] == 1]
    assert forced == []


def test_a_stretch_without_a_full_stop_is_bounded(nlp) -> None:
    doc = nlp.make_doc(" ".join(["word"] * 450))
    starts = sentence_starts(doc, 200)
    assert [i for i in range(len(doc)) if starts[i] == 1] == [0, 200, 400]
