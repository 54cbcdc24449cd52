"""The domain extractor: spaCy parse, rule-based entities and aliases, then pluggable post-steps."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Extraction, SourceDocument
from .entities import find_entities, geo_noun_mentions, group_noun_names, join_surnames
from .gazetteer import places
from .language import check_language, extraction_language
from .learned_entities import review
from .lexicons import lexicons
from .nlp import load_nlp
from .paragraphs import PARSE_BATCH, parse, parse_many

# A post-step reads the parsed document and the extraction so far (entities filled in) and adds to
# it in place: relations, events. It may call entities.mention_spans / entities.resolve_reference.
PostStep = Callable[[Doc, Extraction], None]


def parse_text(nlp: Language, text: str, language: str = "en") -> Doc:
    """The parsed document, in the dependency scheme the rules read (a French parse turned into it)."""
    return _in_rule_scheme(parse(nlp, text), language)


def parse_texts(nlp: Language, texts: Sequence[str], language: str = "en") -> list[Doc]:
    """``parse_text`` of each text, parsed in batches (``paragraphs.parse_many``)."""
    return [_in_rule_scheme(sdoc, language) for sdoc in parse_many(nlp, texts)]


def _in_rule_scheme(sdoc: Doc, language: str) -> Doc:
    if language == "fr":
        from .french_parse import to_rule_scheme

        sdoc = to_rule_scheme(sdoc)
    return sdoc


class DomainExtractor:
    """Entities and in-document aliases for reports on armed groups; relations/events via ``post``."""

    name = "domain"

    def __init__(self, model: str | None = None, post: Iterable[PostStep] = (), learned: bool = True,
                 language: str = "en") -> None:
        self.language = check_language(language)
        self.nlp: Language = load_nlp(model, language)
        self.post: list[PostStep] = list(post)
        # the learned entity components, the check on the rules' entities and the French name finder (False: the
        # rules alone)
        self.learned = learned
        # build the lookup tables now, not inside the first document's timing
        with extraction_language(self.language):
            lexicons()
            places()

    def extract(self, doc: SourceDocument) -> Extraction:
        return self.extract_doc(self.parse(doc.text))

    def parse(self, text: str) -> Doc:
        return parse_text(self.nlp, text, self.language)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        """``extract`` of each document, in order, parsed ``PARSE_BATCH`` at a time."""
        it = iter(docs)
        while batch := list(itertools.islice(it, PARSE_BATCH)):
            for sdoc in parse_texts(self.nlp, [d.text for d in batch], self.language):
                yield self.extract_doc(sdoc)

    def extract_doc(self, sdoc: Doc) -> Extraction:
        """Run entity finding and the post-steps on an already parsed document."""
        with extraction_language(self.language):
            entities = find_entities(sdoc, self.learned)
            if self.learned:
                entities = review(sdoc, entities)
            entities = join_surnames(sdoc, entities)
            extraction = Extraction(entities=entities, extractor=self.name)
            for step in self.post:
                step(sdoc, extraction)
            geo_noun_mentions(sdoc, extraction.entities)
            group_noun_names(sdoc, extraction.entities)
        return extraction
