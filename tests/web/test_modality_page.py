"""The dossier shows a fact's modality; a denied claim is not listed as a fact."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from reportgraph import KnowledgeBase
from reportgraph.web.app import create_app


def test_dossier_marks_hedged_facts_and_leaves_out_denied_ones(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text("Abu Talha was reportedly killed near Gao by the Azawagh Front in May 2019.\n\n"
                   "The Azawagh Front rejected the pledge to the Islamic State.\n", "utf-8")
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb, TestClient(create_app(kb)) as client:
        kb.ingest([src])
        _check(client)


def _check(client: TestClient) -> None:
    front = client.get("/search.json", params={"q": "Azawagh Front"}).json()
    eid = next(e["id"] for e in front["entities"] if e["title"] == "Azawagh Front")
    data = client.get(f"/entity/{eid.removeprefix('e')}.json").json()
    kinds = {f["label"]: f["detail"]["modality"] for f in data["events"]}
    assert kinds.get("KILLING") == "uncertain"
    assert "ALLEGIANCE" not in kinds
    html = client.get(f"/entity/{eid.removeprefix('e')}").text
    assert 'class="modality modality-uncertain"' in html


def test_the_timeline_filters_by_modality(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text("Abu Talha was reportedly killed near Gao by the Azawagh Front in May 2019.\n\n"
                   "The Azawagh Front attacked Tessalit in June 2019.\n", "utf-8")
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb, TestClient(create_app(kb)) as client:
        kb.ingest([src])
        hedged = client.get("/timeline.json", params={"modality": "uncertain"}).json()["events"]
        plain = client.get("/timeline.json", params={"modality": "asserted"}).json()["events"]
        assert {e["type"] for e in hedged} == {"KILLING"} and all(e["modality"] == "uncertain" for e in hedged)
        assert "KILLING" not in {e["type"] for e in plain} and plain
        assert client.get("/timeline.json", params={"modality": "denied"}).status_code == 422
