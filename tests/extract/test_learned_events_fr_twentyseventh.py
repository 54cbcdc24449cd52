"""The learned trigger model's argument features on French parses (twenty-seventh round, branch frargs33, #11): a
contracted preposition is its preposition, a reflexive clitic, a conditional auxiliary and a verb of modality."""

from __future__ import annotations

from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_events import candidates, trigger_vocabulary
from reportgraph.extract.learned_events import features as trigger_features
from reportgraph.extract.mentions import EntityIndex
from reportgraph.ontology import default_ontology

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def _features(fr, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    sdoc = fr.parse(text)  # the French parse in the rules' scheme, as at extraction time
    index = EntityIndex.build(sdoc, fr.extract_doc(sdoc).entities)
    with extraction_language("fr"):
        vocab = trigger_vocabulary(default_ontology("fr"))
        for t in candidates(index, set(index.by_token)):
            if t.lower_ == word:
                return trigger_features(index, t, vocab)
    raise AssertionError(f"{word!r} is no candidate in {text!r}")


def test_a_contracted_preposition_is_read_as_its_preposition(fr) -> None:  # type: ignore[no-untyped-def]
    feats = _features(fr, "Le Front de Talo a revendiqué l'attaque du poste de Belmora.", "attaque")
    assert "pp+l=attaque|de" in feats
    assert not any(f.startswith("pp+l=attaque|du") for f in feats)


def test_a_reflexive_clitic_is_a_feature_of_its_verb(fr) -> None:  # type: ignore[no-untyped-def]
    feats = _features(fr, "Le Front de Talo s'est emparé de Belmora en 2021.", "emparé")
    assert "refl" in feats
    assert any(f.startswith("refl+l=") for f in feats)


def test_a_conditional_auxiliary_reads_as_a_modal(fr) -> None:  # type: ignore[no-untyped-def]
    feats = _features(fr, "Le Front de Talo aurait enlevé deux soldats près de Belmora.", "enlevé")
    assert "modal" in feats


def test_a_verb_of_modality_reads_as_a_modal(fr) -> None:  # type: ignore[no-untyped-def]
    feats = _features(fr, "Le Front de Talo pourrait attaquer le poste de Belmora.", "attaquer")
    assert "modal" in feats


def test_an_indicative_verb_has_no_modal(fr) -> None:  # type: ignore[no-untyped-def]
    feats = _features(fr, "Le Front de Talo a enlevé deux soldats près de Belmora.", "enlevé")
    assert "modal" not in feats
