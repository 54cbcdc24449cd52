"""The French relation trainer given another language's corpus (``--also corpus/en``): each of its documents
parsed under its own language, its pairs weighed ``--also-weight`` in the fit and never scored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reportgraph.extract.language import current_language, extraction_language
from reportgraph.train import relations
from reportgraph.train.corpus import GoldDoc
from reportgraph.train.relations import Prepared


def _prepared(name: str) -> Prepared:
    """A made-up document: two groups said to be allies (gold), and two others named together unrelated."""
    org = "ORGANIZATION"
    X = [["types=ORGANIZATION|ORGANIZATION", "OO|da:nsubj", "bw:allied"], ["types=ORGANIZATION|ORGANIZATION", "bw:met"]]
    return Prepared(name, X, [{"ALLY_OF="}, set()], [("a", org, "b", org), ("c", org, "e", org)],
                    {"a": f"{name}a", "b": f"{name}b", "c": f"{name}c", "e": f"{name}e"},
                    {(f"{name}a", "ALLY_OF", f"{name}b")}, set())


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The trainer's parsing stubbed: each corpus folder four documents, each 'parsed' with a pipeline named
    by its language, recording the pipeline and the extraction language it was prepared under; and the
    pair weights each fit was given."""
    rec: dict[str, Any] = {"prepared": [], "pair_weights": []}

    def docs_of_split(folder: Path, split: str) -> list[GoldDoc]:
        assert split in ("train", "dev")
        return [GoldDoc(f"{folder.name}-{split}{i}", "", {}, folder) for i in range(4)]

    def prepare(nlp: str, doc: GoldDoc) -> Prepared:
        rec["prepared"].append((doc.name, nlp, current_language()))
        prep = _prepared(doc.name)
        if nlp == "nlp-en":
            prep.X[0].append("bw:english")  # a word of the other language only
        return prep

    fit = relations.fit

    def fit_spy(*args: Any, **kw: Any) -> Any:
        rec["pair_weights"].append(kw.get("pair_weights"))
        return fit(*args, **kw)

    monkeypatch.setattr(relations, "docs_of_split", docs_of_split)
    monkeypatch.setattr(relations, "prepare", prepare)
    monkeypatch.setattr(relations, "load_nlp", lambda name, language: f"nlp-{language}")
    monkeypatch.setattr(relations, "fit", fit_spy)
    return rec


def test_english_documents_given_to_the_french_trainer_are_parsed_under_english(
        seen: dict[str, Any], tmp_path: Path) -> None:
    with extraction_language("fr"):
        model = relations.train(Path("corpus/fr"), [], tmp_path / "relations.json", language="fr",
                                also=[Path("corpus/en")], also_weight=0.25)
    by_name = {name: (nlp, lang) for name, nlp, lang in seen["prepared"]}
    assert {by_name[f"en-train{i}"] for i in range(4)} == {("nlp-en", "en")}
    assert {by_name[f"fr-{s}{i}"] for s in ("train", "dev") for i in range(4)} == {("nlp-fr", "fr")}
    assert not any(name.startswith("en-dev") for name in by_name)  # only the other corpus's train split
    assert model.meta["also_weight"] == 0.25 and model.meta["also_documents"] == 4
    # the other language's own words are dropped from the model, the shared ones kept
    assert "bw:allied" in model.weights and "bw:english" not in model.weights
    assert model.scores(["bw:english"]) == model.scores([])  # and the scores read the pruned weights


def test_the_also_weight_reaches_the_fit(seen: dict[str, Any], tmp_path: Path) -> None:
    with extraction_language("fr"):
        relations.train(Path("corpus/fr"), [], tmp_path / "relations.json", language="fr",
                        also=[Path("corpus/en")], also_weight=0.5)
    # every fit (one per C) over the four French documents' pairs at 1 and the four English ones' at 0.5
    assert seen["pair_weights"] and all(pw == [1.0] * 8 + [0.5] * 8 for pw in seen["pair_weights"])


def test_without_also_the_fit_is_unweighted(seen: dict[str, Any], tmp_path: Path) -> None:
    with extraction_language("fr"):
        relations.train(Path("corpus/fr"), [], tmp_path / "relations.json", language="fr")
    assert seen["pair_weights"] and all(pw is None for pw in seen["pair_weights"])


def test_at_weight_one_the_fit_is_unweighted_but_the_pairs_are_in_it(seen: dict[str, Any], tmp_path: Path) -> None:
    with extraction_language("fr"):
        model = relations.train(Path("corpus/fr"), [], tmp_path / "relations.json", language="fr",
                                also=[Path("corpus/en")], also_weight=1.0)
    assert all(pw is None for pw in seen["pair_weights"]) and model.meta["pairs"] == 16


def test_a_pairs_weight_scales_it_in_every_label() -> None:
    docs = [_prepared(f"d{i}") for i in range(6)]
    X = [x for p in docs for x in p.X]
    Y = [y for p in docs for y in p.Y]
    allied = ["types=ORGANIZATION|ORGANIZATION", "OO|da:nsubj", "bw:allied"]
    # the allies' pairs weighed 0: ALLY_OF= has no positive left and is not fit
    gone = relations.fit(X, Y, c=1.0, pair_weights=[0.0 if y else 1.0 for y in Y])
    assert "ALLY_OF=" not in gone.intercepts
    full = relations.fit(X, Y, c=1.0)
    half = relations.fit(X, Y, c=1.0, pair_weights=[0.5] * len(Y))
    assert half.scores(allied)["ALLY_OF="] < full.scores(allied)["ALLY_OF="]  # weaker data, more regularised


def test_shared_features_keep_only_the_language_independent_ones() -> None:
    fs = ["types=ORGANIZATION|LOCATION", "OL|types=ORGANIZATION|LOCATION", "gap=3", "OL|gap=3", "bw:attaque",
          "OL|bw:attaque", "pathdeps:nsubj^ * vdobj", "path:nsubj^ attaquer vdobj", "top:attaquer", "da:nsubj",
          "ha:attaquer", "ranka:1", "refa", "topcls:ATTACK", "desca:chef"]
    assert relations.shared_features(fs) == [
        "types=ORGANIZATION|LOCATION", "OL|types=ORGANIZATION|LOCATION", "gap=3", "OL|gap=3",
        "pathdeps:nsubj^ * vdobj", "da:nsubj", "ranka:1", "refa", "topcls:ATTACK"]
