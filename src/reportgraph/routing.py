"""Which extraction reads a document: the pipeline of its language, and of each part of a mixed one.

``LanguageRouter`` is an ``Extractor`` over one extractor per language (``get_extractor(name,
language=...)``, each built the first time a document in its language arrives, so the French model
is loaded only for French text). A mixed document ("fr+en") is read part by part, each part by its
own language's pipeline, and the parts' extractions are joined into one with the document's offsets:
the same name of the same type in two parts is one local entity.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator

from .extract.base import Extractor
from .ingest.language import Identification, Part, identify
from .model import Extraction, LocalEntity, Mention, Participant, SourceDocument, Span


def with_language(doc: SourceDocument, language: str | None = None) -> SourceDocument:
    """The document with its language: ``language`` when given (a user's override), else the one
    already set, else the one identified from its text."""
    if language:
        return dataclasses.replace(doc, language=language)
    if doc.language:
        return doc
    return dataclasses.replace(doc, language=identify(doc.text).language)


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def join(parts: list[tuple[Part, Extraction]]) -> Extraction:
    """One extraction from the extractions of a document's parts (each with offsets from its part's start)."""
    out = Extraction(extractor="+".join(dict.fromkeys(x.extractor for _, x in parts)))
    by_name: dict[tuple[str, str], LocalEntity] = {}
    for i, (part, x) in enumerate(parts):
        keys: dict[str, str] = {}
        for le in x.entities:
            same = by_name.get((le.type, le.name.casefold()))
            mentions = [Mention(m.start + part.start, m.end + part.start, m.text, m.method, m.confidence)
                        for m in le.mentions]
            if same is not None:  # named in an earlier part: one entity of the document
                same.aliases.extend(a for a in le.aliases if a not in same.aliases and a != same.name)
                same.mentions.extend(mentions)
                same.roles.extend(r for r in le.roles if r not in same.roles)
                keys[le.key] = same.key
                continue
            new = dataclasses.replace(le, key=f"p{i}.{le.key}", aliases=list(le.aliases), mentions=mentions,
                                      roles=list(le.roles))
            by_name[(le.type, le.name.casefold())] = new
            out.entities.append(new)
            keys[le.key] = new.key
        for r in x.relations:
            out.relations.append(dataclasses.replace(
                r, subject=keys[r.subject], object=keys[r.object],
                evidence=[s for s in (_shift(e, part.start) for e in r.evidence) if s is not None]))
        for ev in x.events:
            out.events.append(dataclasses.replace(
                ev, participants=[Participant(keys[p.entity], p.role) for p in ev.participants],
                location=keys.get(ev.location) if ev.location else None,
                evidence=[s for s in (_shift(e, part.start) for e in ev.evidence) if s is not None],
                trigger_span=_shift(ev.trigger_span, part.start)))
    return out


class LanguageRouter:
    """Reads each document with the extractor of its language (``SourceDocument.language``)."""

    def __init__(self, name: str = "default",
                 factory: Callable[[str, str], Extractor] | None = None) -> None:
        self.name = name
        self._factory = factory
        self._extractors: dict[str, Extractor] = {}

    def for_language(self, language: str) -> Extractor:
        """The extractor of one language, built on first use and kept (ExtractionError if there is none)."""
        if language not in self._extractors:
            if self._factory is not None:
                self._extractors[language] = self._factory(self.name, language)
            else:
                from .extract import get_extractor

                self._extractors[language] = get_extractor(self.name, language=language)
        return self._extractors[language]

    def extract(self, doc: SourceDocument) -> Extraction:
        doc = with_language(doc)
        assert doc.language is not None
        if "+" not in doc.language:
            return self.for_language(doc.language).extract(doc)
        found: Identification = identify(doc.text)
        known = set(doc.language.split("+"))
        main = doc.language.split("+")[0]
        parts: list[tuple[Part, Extraction]] = []
        for part in found.parts:
            lang = part.language if part.language in known else main  # the stored value wins
            sub = dataclasses.replace(doc, text=doc.text[part.start:part.end], language=lang)
            parts.append((part, self.for_language(lang).extract(sub)))
        return join(parts)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        """``extract`` of each document, in order: each run of consecutive documents in one language
        through that language's ``extract_many`` (which parses them in batches), a mixed one alone."""
        languages = [with_language(doc) for doc in docs]
        for language, run in itertools.groupby(languages, key=lambda d: d.language or ""):
            if "+" in language:
                for doc in run:
                    yield self.extract(doc)
            else:
                yield from self.for_language(language).extract_many(run)


__all__ = ["LanguageRouter", "join", "with_language"]
