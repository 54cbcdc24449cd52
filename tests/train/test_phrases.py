"""The trainer of the French names headed by a common noun (train/phrases.py), on a corpus written here: labels
from the gold names a candidate spells, the threshold chosen on dev, the test split never read, the same file
from the same data."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_phrases import PhraseModel, default_model
from reportgraph.train import phrases

from ..extract.markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

TOWNS = ["Korgaye", "Walde", "Tiabou", "Mandiri", "Kalbassa", "Sorogo", "Dinkou", "Bamsa"]


def _doc(folder: Path, name: str, town: str, other: str) -> None:
    text = (f"Le tribunal militaire de {town} a condamné trois hommes. Les combattants ont attaqué la ville de "
            f"{other} avant l'arrivée du comité de vigilance de {town}. La prise de {other} a duré deux jours.")
    gold = {"doc": f"{name}.txt", "entities": [
        {"id": "court", "type": "ORGANIZATION", "names": [f"tribunal militaire de {town}"]},
        {"id": "committee", "type": "ORGANIZATION", "names": [f"comité de vigilance de {town}"]},
        {"id": "town", "type": "LOCATION", "names": [other]}], "relations": [], "events": []}
    (folder / "docs" / f"{name}.txt").write_text(text, "utf-8")
    (folder / "docs" / f"{name}.gold.json").write_text(json.dumps(gold), "utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "fr"
    (folder / "docs").mkdir(parents=True)
    splits = {}
    for k, town in enumerate(TOWNS):
        name = f"doc{k}"
        _doc(folder, name, town, TOWNS[(k + 3) % len(TOWNS)])
        splits[name] = "train" if k < 5 else ("dev" if k < 7 else "test")
    (folder / "splits.json").write_text(json.dumps(splits), "utf-8")
    return folder


def test_the_candidates_are_labelled_by_the_gold_names(corpus: Path) -> None:
    from reportgraph.extract.nlp import load_nlp
    from reportgraph.train.corpus import docs_of_split

    with extraction_language("fr"):
        doc = next(d for d in docs_of_split(corpus, "train") if d.name == "doc0")
        cands, _ = phrases.prepare(load_nlp(None, "fr"), doc)
    labels = {key: label for _, _, key, label in cands}
    assert labels["tribunal militaire de korgaye"] == "ORGANIZATION"
    assert labels["comite de vigilance de korgaye"] == "ORGANIZATION"
    assert labels["ville de mandiri"] == "O"  # a place's noun before its name: the gold names the place alone
    assert labels["prise de mandiri"] == "O"


def test_training_writes_a_model_that_names_the_courts_and_never_reads_test(corpus: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = phrases.docs_of_split
    monkeypatch.setattr(phrases, "docs_of_split", lambda c, split: read.append(split) or real(c, split))
    out = tmp_path / "phrases.json"
    with extraction_language("fr"):
        model = phrases.train(corpus, [], out, log=io.StringIO(), language="fr")
    assert "test" not in read
    assert model.meta["dev_documents"] == 2 and model.meta["train_documents"] == 5
    assert model.meta["dev_right"] == model.meta["dev_gold"] == 4  # two names in each dev document
    again = tmp_path / "again.json"
    with extraction_language("fr"):
        phrases.train(corpus, [], again, log=io.StringIO(), language="fr")
    assert out.read_bytes() == again.read_bytes()
    loaded = PhraseModel.from_json(json.loads(out.read_text("utf-8")))
    assert loaded.threshold in phrases.GRID and loaded.weights == model.weights


def test_the_package_ships_a_french_model_and_no_english_one() -> None:
    with extraction_language("fr"):
        model = default_model()
        assert model is not None and model.meta["train_documents"] > 0
    with extraction_language("en"):
        assert default_model() is None
