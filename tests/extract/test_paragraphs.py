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


def _analysis(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_parsing_in_a_batch_gives_each_text_the_analysis_it_gets_alone(nlp) -> None:
    from reportgraph.extract.paragraphs import parse, parse_many

    texts = [
        "Report 1\n\nThe Salafist Group attacked Gao on 3 May 2012. Its leader, Amadou Tall, fled to Kidal.",
        "",
        "A short line",
        # over the chunk size used below: parsed alone, in chunks, in its place in the answer
        "Fighters crossed the river at dawn.\n\n" * 6,
        "The ministry said the convoy was ambushed near Menaka by an armed group.",
        # a list of short lines, shorter than a chunk: parsed alone as ``parse`` reads lists (line_lists)
        "Names\n" + "Gao\nKidal\n" * 12,
        "The last report.",
    ]
    batched = parse_many(nlp, texts, batch_size=2, chunk_chars=150)
    assert [d.text for d in batched] == texts
    assert [_analysis(d) for d in batched] == [_analysis(parse(nlp, t, chunk_chars=150)) for t in texts]
