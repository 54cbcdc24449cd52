"""Each document's language (issue 11): identified, a mixed one by paragraph, stored, exported, shown,
overridden; and each language read by its own extractor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from typer.testing import CliRunner

from reportgraph.api import KnowledgeBase
from reportgraph.cli import build_app
from reportgraph.errors import ExtractionError, IngestError
from reportgraph.extract import get_extractor
from reportgraph.ingest.language import check_language, identify
from reportgraph.model import Extraction, LocalEntity, Mention, Relation, SourceDocument, Span
from reportgraph.resolve import ExactNameResolver
from reportgraph.routing import LanguageRouter, join
from reportgraph.store import Store, database_url
from reportgraph.store import schema as t
from reportgraph.store.migrations import current_version

FR = ("Le Groupe de soutien à l'islam et aux musulmans a revendiqué mercredi l'attaque contre le camp "
      "militaire, au cours de laquelle une vingtaine de soldats ont été tués, selon l'état-major de l'armée.")
EN = ("The Group for the Support of Islam and Muslims claimed on Wednesday the attack on the army camp, in "
      "which some twenty soldiers were killed, according to the general staff of the armed forces.")
DE = ("Die Gruppe zur Unterstützung des Islam und der Muslime hat am Mittwoch den Angriff auf das Militärlager "
      "für sich reklamiert, bei dem nach Angaben des Generalstabs etwa zwanzig Soldaten getötet wurden. "
      "Die Regierung kündigte eine dreitägige Staatstrauer an und versprach eine rasche Untersuchung.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FR, "fr"),
        (EN, "en"),
        (f"Mali : attaque contre un camp\n\nBAMAKO, 3 mai 2021 (ASP)\n\n{FR}\n\nasp/tb", "fr"),
        (DE, "de"),  # surely another language: named, so the extraction can refuse it
        ("Iyad Ag Ghaly", "en"),  # too short to tell: the default
        ("", "en"),
    ],
)
def test_identify(text: str, expected: str) -> None:
    assert identify(text).language == expected


def test_a_mixed_document_is_split_by_paragraph() -> None:
    text = f"{EN}\n\n{EN}\n\n{EN}\n\n{FR}\n\n{FR}\n\nContact: press office"
    found = identify(text)
    assert found.language == "en+fr" and found.mixed
    assert [p.language for p in found.parts] == ["en", "fr"]
    assert found.parts[0].start == 0 and found.parts[-1].end == len(text)
    assert found.parts[0].end == found.parts[1].start == text.index(FR)


def test_a_short_line_in_another_language_is_no_part() -> None:
    """A French letterhead over an English release leaves it English (the corpus has such releases)."""
    text = f"MINISTÈRE DES ARMÉES – ÉTAT-MAJOR\nCommuniqué de presse\n\n{EN}\n\n{EN}"
    assert identify(text).language == "en"


@pytest.mark.parametrize(("value", "expected"), [("fr", "fr"), (" EN ", "en")])
def test_check_language(value: str, expected: str) -> None:
    assert check_language(value) == expected


@pytest.mark.parametrize("value", ["de", "french", "", "f"])
def test_a_language_not_read_is_refused(value: str) -> None:
    with pytest.raises(IngestError, match="not a language reportgraph reads"):
        check_language(value)


def test_get_extractor_names_a_language_it_has_no_pipeline_for() -> None:
    with pytest.raises(ExtractionError, match="language 'de'"):
        get_extractor("default", language="de")


class Tagger:
    """A stand-in extractor: every word of ``names`` found is a local entity; records what it read."""

    def __init__(self, language: str, names: tuple[str, ...] = ("Kidal", "Gao")) -> None:
        self.name = f"tagger-{language}"
        self.names = names
        self.read: list[SourceDocument] = []

    def extract(self, doc: SourceDocument) -> Extraction:
        self.read.append(doc)
        x = Extraction(extractor=self.name)
        for n in self.names:
            spans = [m.span() for m in re.finditer(rf"\b{n}\b", doc.text)]
            if spans:
                x.entities.append(LocalEntity(f"L{len(x.entities) + 1}", "LOCATION", n,
                                              mentions=[Mention(s, e, n) for s, e in spans]))
        if len(x.entities) == 2:
            s = doc.text.index(".") + 1 if "." in doc.text else len(doc.text)
            x.relations.append(Relation("L1", "ALLY_OF", "L2", evidence=[Span(0, s, doc.text[:s])]))
        return x

    def extract_many(self, docs):  # type: ignore[no-untyped-def]
        return map(self.extract, docs)


def _router() -> tuple[LanguageRouter, dict[str, Tagger]]:
    made: dict[str, Tagger] = {}

    def factory(name: str, language: str) -> Tagger:
        made[language] = Tagger(language)
        return made[language]

    return LanguageRouter("default", factory), made  # type: ignore[arg-type]


def test_each_language_is_read_by_its_own_extractor_built_once() -> None:
    router, made = _router()
    router.extract(SourceDocument("a", "a.txt", "a", f"Kidal et Gao. {FR}"))
    router.extract(SourceDocument("b", "b.txt", "b", f"Kidal and Gao. {EN}"))
    router.extract(SourceDocument("c", "c.txt", "c", f"Gao. {FR}"))
    assert sorted(made) == ["en", "fr"]
    assert [d.id for d in made["fr"].read] == ["a", "c"] and made["fr"].read[0].language == "fr"


def test_a_mixed_document_is_read_part_by_part_and_joined() -> None:
    router, made = _router()
    text = f"Kidal and Gao. {EN}\n\n{EN}\n\nKidal. {FR}\n\n{FR}"
    x = router.extract(SourceDocument("m", "m.txt", "m", text))
    assert made["en"].read[0].text.startswith("Kidal and Gao.") and made["fr"].read[0].text.startswith("Kidal. ")
    kidal = next(e for e in x.entities if e.name == "Kidal")  # named in both parts: one local entity
    assert [text[m.start:m.end] for m in kidal.mentions] == ["Kidal", "Kidal"]
    assert kidal.mentions[1].start == text.index("Kidal. ")
    assert len(x.entities) == 2 and x.extractor == "tagger-en+tagger-fr"
    (r,) = x.relations
    assert text[r.evidence[0].start:r.evidence[0].end] == "Kidal and Gao."


def test_join_keeps_keys_apart() -> None:
    a = Extraction(entities=[LocalEntity("L1", "PERSON", "Ag Ghaly")])
    b = Extraction(entities=[LocalEntity("L1", "PERSON", "Koufa")])
    from reportgraph.ingest.language import Part

    x = join([(Part(0, 10, "en"), a), (Part(10, 20, "fr"), b)])
    assert [e.key for e in x.entities] == ["p0.L1", "p1.L1"]


@pytest.fixture
def kb(tmp_path: Path):  # type: ignore[no-untyped-def]
    router, _ = _router()
    k = KnowledgeBase(tmp_path / "kb.sqlite", extractor=router, resolver=ExactNameResolver())
    yield k
    k.close()


def test_the_language_is_stored_exported_and_imported(kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fr.txt").write_text(f"Kidal et Gao. {FR}", "utf-8")
    (tmp_path / "in" / "en.txt").write_text(f"Kidal and Gao. {EN}", "utf-8")
    report = kb.ingest([tmp_path / "in"])
    assert sorted(r.language or "" for r in report.results) == ["en", "fr"]
    assert {d.source.rsplit("/", 1)[-1]: d.language for d in kb.documents()} == {"fr.txt": "fr", "en.txt": "en"}
    assert [d.language for d in kb.documents(language="fr")] == ["fr"]
    assert kb.stats()["by_language"] == {"en": 1, "fr": 1}
    assert kb.languages("Kidal") == {"en": 1, "fr": 1}
    out = tmp_path / "kb.json"
    kb.export("json", out)
    assert sorted(d["language"] for d in json.loads(out.read_text("utf-8"))["documents"]) == ["en", "fr"]
    with KnowledgeBase(tmp_path / "back.sqlite") as back:
        back.import_json(out)
        assert sorted(d.language or "" for d in back.documents()) == ["en", "fr"]


def test_language_overrides_identification(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_text(f"Kidal et Gao. {FR}", "utf-8")
    (r,) = kb.ingest([f], language="en").results
    assert r.language == "en" and kb.extractor.for_language("en").read  # type: ignore[attr-defined]
    with pytest.raises(IngestError):
        kb.ingest([f], language="klingon")


def test_a_language_without_pipeline_fails_that_file_only(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(DE, "utf-8")
    (tmp_path / "en.txt").write_text(f"Kidal and Gao. {EN}", "utf-8")
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=LanguageRouter(
            "default", lambda name, lang: Tagger(lang) if lang == "en" else get_extractor(name, language=lang)),
            resolver=ExactNameResolver()) as k:
        report = k.ingest([tmp_path])
    by = {Path(r.path).name: r for r in report.results}
    assert by["en.txt"].status == "added"
    assert by["de.txt"].status == "failed" and "language 'de'" in (by["de.txt"].reason or "")
    assert by["de.txt"].code == ExtractionError.code


def test_cli_shows_the_language(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_text(f"Kidal et Gao. {FR}", "utf-8")
    kb.ingest([f])
    db = str(tmp_path / "kb.sqlite")
    runner = CliRunner()
    docs = runner.invoke(build_app(), ["--db", db, "documents", "--language", "fr"], env={"COLUMNS": "200"})
    assert docs.exit_code == 0 and "│ fr " in docs.output and "Kidal et Gao" in docs.output
    none = runner.invoke(build_app(), ["--db", db, "documents", "--language", "en"], env={"COLUMNS": "200"})
    assert none.exit_code == 0 and "Kidal et Gao" not in none.output
    stats = runner.invoke(build_app(), ["--db", db, "stats"], env={"COLUMNS": "200"})
    assert "documents in fr" in stats.output
    show = runner.invoke(build_app(), ["--db", db, "show", "Kidal"], env={"COLUMNS": "200"})
    assert "languages: fr (1 document)" in show.output
    bad = runner.invoke(build_app(), ["--db", db, "ingest", "--language", "xx", str(f)])
    assert bad.exit_code != 0 and "not a language reportgraph reads" in bad.output


def test_v8_database_gains_document_languages(tmp_path: Path) -> None:
    """v9 adds documents.language; documents stored before keep NULL (shown as unknown)."""
    db = str(tmp_path / "old.sqlite")
    store = Store(db)
    with store.engine.begin() as conn:
        conn.execute(t.documents.insert().values(id="d1", source="a.txt", title="a", media_type="text/plain",
                                                 text="x", n_chars=1, ingested_at="2020", extractor="x"))
    store.close()
    engine = create_engine(database_url(db))
    with engine.begin() as conn:  # the table as v8 had it
        conn.execute(text("ALTER TABLE documents DROP COLUMN language"))
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="8"))
    engine.dispose()
    store = Store(db)
    try:
        with store.connect() as conn:
            assert current_version(conn) == t.SCHEMA_VERSION
            assert conn.execute(select(t.documents.c.language)).scalar_one() is None
    finally:
        store.close()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("KIDAL (Mali), 27 juillet 2017 (Agence Sahel Presse) - De violents affrontements", "2017-07-27"),
        ("NIAMEY, jeudi 12/12/2019 - L'organisation", "2019-12-12"),
        ("Titre\n\nSÉVARÉ (Mali), samedi 08/08/2015 - 20:47 (ASP)", "2015-08-08"),
        ("Publié le 1er mars 2021\n\nLe texte.", "2021-03-01"),
        ("Diffusion restreinte | Mars 2022 | Auteur", None),
    ],
)
def test_french_datelines_give_the_reported_date(head: str, expected: str | None) -> None:
    from reportgraph.ingest.dateline import reported_date

    assert reported_date(head, "fr") == expected
    assert reported_date("NIAMEY, 07/02/2015 - text") is None  # an English reading never guesses day-first
