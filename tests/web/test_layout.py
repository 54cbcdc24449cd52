"""A link chart's saved layout lives in the knowledge base (store/layouts.py): written by an analyst
(token or session with CSRF), read by everyone in the chart's JSON, validated at the edge."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import TOKEN, csrf

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _layout(client: TestClient, query: str = "") -> dict:  # type: ignore[type-arg]
    return client.get(f"/network.json{query}").json()["layout"]  # type: ignore[no-any-return]


def test_saved_layout_is_shared(client: TestClient) -> None:
    before = _layout(client)
    assert before["positions"] == {} and before["key"].startswith("entity=")
    r = client.post("/network/layout", json={"key": before["key"], "positions": {"1": [10.5, -20], "2": [0, 0]}},
                    headers=AUTH)
    assert r.status_code == 200 and r.json()["saved_by"] == "api"
    after = _layout(client)  # any reader sees it
    assert after["positions"] == {"1": [10.5, -20.0], "2": [0.0, 0.0]} and after["saved_by"] == "api"
    # another chart (other filters) has its own layout
    assert _layout(client, f"?entity={after['key'].split('&')[0].split('=')[1]}&grade=AB")["positions"] == {}
    assert client.post("/network/layout", json={"key": before["key"], "positions": {}}, headers=AUTH).status_code == 200
    assert _layout(client)["positions"] == {}


def test_layout_writes_need_a_writer_and_csrf(client: TestClient) -> None:
    key = _layout(client)["key"]
    body = {"key": key, "positions": {"1": [1, 2]}}
    assert client.post("/network/layout", json=body).status_code == 401
    client.post("/login", data={"token": TOKEN, "name": "tester"}, follow_redirects=False)
    assert client.post("/network/layout", json=body).status_code == 403  # a session without its CSRF value
    r = client.post("/network/layout", json=body, headers={"X-CSRF-Token": csrf(client)})
    assert r.status_code == 200 and r.json()["saved_by"] == "tester"


def test_bad_layouts_are_refused(client: TestClient) -> None:
    key = _layout(client)["key"]
    for positions in ({"x": [1, 2]}, {"1": [1]}, {"1": ["a", 2]}, {"1": [1e300, 2]}, {str(2**64): [1, 2]},
                      {"1": [True, 2]}, [1, 2]):
        r = client.post("/network/layout", json={"key": key, "positions": positions}, headers=AUTH)
        assert 400 <= r.status_code < 500, positions
    assert client.post("/network/layout", json={"key": "", "positions": {}}, headers=AUTH).status_code == 422
    assert client.post("/network/layout", json={"key": "k" * 501, "positions": {}}, headers=AUTH).status_code == 422
    assert _layout(client)["positions"] == {}
