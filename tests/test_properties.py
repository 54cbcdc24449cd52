"""Property-based tests (Hypothesis, bounded to seconds): the readers, the date parser and the name
folding take any input and either answer or refuse with a coded error (issue 15)."""

from __future__ import annotations

import contextlib
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgraph.dates import extent
from reportgraph.errors import IngestError
from reportgraph.extract.dates import find_dates
from reportgraph.ingest import SUPPORTED, read_bytes
from reportgraph.ingest.encoding import decode_text
from reportgraph.ingest.html import html_text
from reportgraph.resolve.keys import name_key
from reportgraph.resolve.names import fold

BOUNDED = settings(max_examples=60, deadline=2000)
MARKUP = st.text(alphabet=string.printable + "éà<>/!-&;#'\"", max_size=400)


@BOUNDED
@given(st.binary(max_size=3000), st.sampled_from(sorted(SUPPORTED)))
def test_any_bytes_are_a_document_or_a_coded_refusal(data: bytes, suffix: str) -> None:
    try:
        doc = read_bytes(data, f"f{suffix}")
    except IngestError as exc:
        assert exc.code.startswith("E1") and "\n" not in exc.reason
    else:
        assert doc.text and "\x00" not in doc.text


@BOUNDED
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-16-le", "utf-32-be"]))
def test_unicode_text_round_trips_through_its_encoding(text: str, encoding: str) -> None:
    """Text of letters, as any Unicode encoding, reads back as itself or is refused, never garbled."""
    text = "Gao " + "".join(ch for ch in text if ch.isprintable() and ch != "\ufeff") + " Kidal"
    with contextlib.suppress(IngestError):
        assert decode_text(text.encode(encoding), "f.txt").lstrip("\ufeff") == text


@BOUNDED
@given(st.lists(st.sampled_from(["déclaré", "à", "Gao", "Ménaka", "contrôlait", "le", "groupe", "été", "où",
                                  "Kidal", "ça", "“", "”", "–", "Ségou", "naïf", "Ansar", "Dine", "\n"]),
                min_size=1, max_size=60))
def test_french_text_in_windows_1252_reads_back(words: list[str]) -> None:
    """A mostly-ASCII Latin text is ambiguous only in theory; "àààà" alone could be Arabic in cp1256."""
    text = "Le rapport: " + " ".join(words)
    with contextlib.suppress(IngestError):
        assert decode_text(text.encode("cp1252"), "f.txt") == text


@BOUNDED
@given(MARKUP)
def test_html_text_never_keeps_tags_of_script(markup: str) -> None:
    # "-->>" ends whatever the random markup left open (a comment, a tag), as it would in a browser
    text, _, _ = html_text("<p>" + markup + "-->><script>secret()</script><p>end")
    assert "secret()" not in text
    assert text.endswith("end")


@BOUNDED
@given(st.text(max_size=200), st.sampled_from([None, "2012", "2013-05", "2019-06-14"]))
def test_every_date_found_is_an_edtf_value_we_read(text: str, anchor: str | None) -> None:
    for t in find_dates(text, anchor):
        assert text[t.start : t.end] == t.text
        if t.edtf:
            assert extent(t.edtf) is not None, t.edtf


@BOUNDED
@given(st.text(max_size=60))
def test_folding_and_keys_are_stable(name: str) -> None:
    token = name.lower()
    assert fold(token) == fold(token)
    key = name_key("PERSON", name)
    assert key.startswith("PERSON:") and len(key) <= 200
    assert name_key("PERSON", name) == key
