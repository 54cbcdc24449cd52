"""Forty-sixth round (xdoc46): "oneness" and "unity" (and French "unicité") are one word of a name; two
spellings of a place whose clusters' co-mentioned places lie in different countries are two places ("Mora" in
one country, "Moura" in another), told apart through the gazetteer's countries of the places around each. The
names compared here are invented; the co-mentioned ones are real countries the gazetteer lists."""

from __future__ import annotations

from reportgraph.resolve.places import default_gazetteer
from reportgraph.resolve.records import ClusterSummary
from reportgraph.resolve.scoring import _countries_around, compare_clusters


def _place(cid: str, name: str, context: list[str], doc: str) -> ClusterSummary:
    return ClusterSummary(cid, "LOCATION", names={name: 2}, context={c.lower(): 1 for c in context},
                          documents={doc: 2}, records=[f"{cid}-r1", f"{cid}-r2"])


def test_the_countries_of_the_places_around() -> None:
    gaz = default_gazetteer()
    s = _place("c1", "Tarvella", ["Mali", "Nigerian", "Islamic State"], "d1")
    assert _countries_around(s, gaz) == {"ML", "NG"}


def test_two_spellings_among_places_of_two_countries_stay_apart() -> None:
    gaz = default_gazetteer()
    a = _place("c1", "Tarvella", ["Kenya", "Kenyan"], "d1")
    b = _place("c2", "Tarvela", ["Cameroon", "Cameroonian"], "d2")
    expl = compare_clusters(a, b, gaz)
    assert expl.verdict == "separate"
    assert any("two places of like names" in e.detail for e in expl.against)


def test_two_spellings_among_places_of_one_country_still_meet() -> None:
    gaz = default_gazetteer()
    a = _place("c1", "Tarvella", ["Kenya", "Kenyan"], "d1")
    b = _place("c2", "Tarvela", ["Kenya"], "d2")
    assert not any("two places of like names" in e.detail for e in compare_clusters(a, b, gaz).against)


def test_one_spelling_is_never_held_apart() -> None:
    gaz = default_gazetteer()
    a = _place("c1", "Tarvella", ["Kenya"], "d1")
    b = _place("c2", "Tarvella", ["Cameroon"], "d2")
    assert not any("two places of like names" in e.detail for e in compare_clusters(a, b, gaz).against)


def test_oneness_and_unity_are_one_word_of_a_name() -> None:
    from reportgraph.resolve.orgs import compare_org_names

    for a, b in (("Front for Oneness and Jihad in Varun", "Front for Unity and Jihad in Varun"),
                 ("Front pour l'unicité et le jihad au Varun", "Front for Oneness and Jihad in Varun")):
        m = compare_org_names(a, b)
        assert m.kind == "exact" and m.score >= 3.0
    assert compare_org_names("Front for Unity and Jihad in Varun", "Front for Liberty and Jihad in Varun").score < 0


def test_wilayat_is_a_province() -> None:
    from reportgraph.resolve.orgs import compare_org_names

    m = compare_org_names("Wilayat Varun", "Varun Province")
    assert m.kind == "exact" and m.score >= 3.0
    assert compare_org_names("Wilayah Varun", "Wilayah Sarvak").score < 0
