"""The document's language on the workbench (issue 11): uploads identify or take it, the document list
shows and filters it, the document page shows it and marks its text's language."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reportgraph-Actor": "api-bot"}
FR = ("Kofi Marlow a rencontré mercredi les chefs de la colonne à Kidal, selon un communiqué publié par "
      "l'état-major de l'armée, qui affirme que les discussions se poursuivront la semaine prochaine.").encode()


def _upload(client: TestClient, name: str, data: bytes, **form: str) -> dict:  # type: ignore[type-arg]
    r = client.post("/upload", files=[("files", (name, data, "text/plain"))], data=form, headers=AUTH)
    assert r.status_code == 202, r.text
    for _ in range(200):
        job = client.get(r.headers["location"]).json()
        if job["state"] == "done":
            return job["results"][0]  # type: ignore[no-any-return]
        time.sleep(0.05)
    raise AssertionError("upload never finished")


def test_upload_identifies_or_takes_the_language(client: TestClient) -> None:
    auto = _upload(client, "fr.txt", FR)
    assert auto["status"] == "added" and auto["language"] == "fr"
    forced = _upload(client, "fr2.txt", FR + b" Fin.", language="en")
    assert forced["language"] == "en"
    assert client.post("/upload", files=[("files", ("x.txt", FR, "text/plain"))], data={"language": "de"},
                       headers=AUTH).status_code == 422


def test_document_list_and_page_show_the_language(client: TestClient) -> None:
    doc = _upload(client, "fr.txt", FR)["document_id"]
    listed = client.get("/documents.json?language=fr").json()["documents"]
    assert [d["id"] for d in listed] == [doc] and listed[0]["language"] == "fr"
    assert doc not in {d["id"] for d in client.get("/documents.json?language=en").json()["documents"]}
    html = client.get("/documents?language=fr", headers={"accept": "text/html"}).text
    assert '<td class="language">fr</td>' in html
    page = client.get(f"/document/{doc}", headers={"accept": "text/html"}).text
    assert '<span id="language">fr</span>' in page and 'id="text" lang="fr"' in page
    assert client.get(f"/document/{doc}.json").json()["document"]["language"] == "fr"
    assert client.get("/documents.json?language=french").status_code == 422


def test_entity_page_names_the_languages_of_its_documents(client: TestClient) -> None:
    _upload(client, "fr.txt", FR)
    hit = client.get("/search.json?q=Kofi Marlow").json()["entities"][0]
    ent = client.get(f"/entity/{hit['id'].lstrip('e')}.json").json()
    assert ent["languages"].get("fr") == 1
    html = client.get(f"/entity/{hit['id'].lstrip('e')}", headers={"accept": "text/html"}).text
    assert "fr (1 document)" in html
