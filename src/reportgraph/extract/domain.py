"""The domain extractor: spaCy parse, rule-based entities and aliases, then pluggable post-steps."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Extraction, SourceDocument
from .entities import find_entities
from .gazetteer import places
from .learned_entities import review
from .lexicons import lexicons
from .nlp import load_nlp
from .paragraphs import parse

# A post-step reads the parsed document and the extraction so far (entities filled in) and adds to
# it in place: relations, events. It may call entities.mention_spans / entities.resolve_reference.
PostStep = Callable[[Doc, Extraction], None]


class DomainExtractor:
    """Entities and in-document aliases for reports on armed groups; relations/events via ``post``."""

    name = "domain"

    def __init__(self, model: str | None = None, post: Iterable[PostStep] = (), learned: bool = True) -> None:
        self.nlp: Language = load_nlp(model)
        self.post: list[PostStep] = list(post)
        self.learned = learned  # the learned check on the rules' entities (False: the rules alone)
        # build the lookup tables now, not inside the first document's timing
        lexicons()
        places()

    def extract(self, doc: SourceDocument) -> Extraction:
        return self.extract_doc(parse(self.nlp, doc.text))

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        for doc in docs:
            yield self.extract(doc)

    def extract_doc(self, sdoc: Doc) -> Extraction:
        """Run entity finding and the post-steps on an already parsed document."""
        entities = find_entities(sdoc)
        if self.learned:
            entities = review(sdoc, entities)
        extraction = Extraction(entities=entities, extractor=self.name)
        for step in self.post:
            step(sdoc, extraction)
        return extraction
