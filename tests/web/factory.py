"""Small hand-built knowledge bases for the web tests, with invented names (no model, no network)."""

from __future__ import annotations

import re
from pathlib import Path

from reportgraph.api import KnowledgeBase
from reportgraph.ingest import document_id
from reportgraph.model import (
    Event,
    Extraction,
    LocalEntity,
    Mention,
    Participant,
    Relation,
    SourceDocument,
    Span,
)
from upload_extractors import GatedExtractor, KeywordExtractor  # noqa: F401 - re-exported

HOSTILE = "<script>alert(1)</script>"

DOCS: list[dict[str, object]] = [
    {
        "title": "Northern front, spring report",
        "grade": "B",
        "text": (
            "Kofi Marlow leads the Red Lantern Brigade. The Red Lantern Brigade attacked Gao in about 2019, "
            "killing 12 villagers.\nAnalysts note the <b>bold</b> claim & the 'quote' "
            f"{HOSTILE} in a leaflet.\nMarlow met Ines Vardy in Timbuktu."
        ),
        "entities": [
            ("PERSON", "Kofi Marlow", ["Kofi Marlow", "Marlow"]),
            ("ORGANIZATION", "Red Lantern Brigade", ["Red Lantern Brigade"]),
            ("LOCATION", "Gao", ["Gao"]),
            ("PERSON", "Ines Vardy", ["Ines Vardy"]),
            ("LOCATION", "Timbuktu", ["Timbuktu"]),
        ],
        "relations": [
            ("Kofi Marlow", "leader_of", "Red Lantern Brigade", "Kofi Marlow leads", 0.9),
            ("Kofi Marlow", "met", "Ines Vardy", "Marlow met Ines Vardy", 0.6),
        ],
        "events": [
            (
                "attack",
                "attacked",
                "2019~",
                "Gao",
                12,
                [("Red Lantern Brigade", "agent")],
                "The Red Lantern Brigade attacked Gao",
            )
        ],
    },
    {
        "title": "Brigade split <i>rumours</i>",
        "grade": "D",
        "text": (
            "Ines Vardy left the Red Lantern Brigade between March and June 2020 "
            "and founded the Ash Column.\n"
            "The Ash Column kidnapped two engineers near Kidal on 14 May 2021."
        ),
        "entities": [
            ("PERSON", "Ines Vardy", ["Ines Vardy"]),
            ("ORGANIZATION", "Red Lantern Brigade", ["Red Lantern Brigade"]),
            ("ORGANIZATION", "Ash Column", ["Ash Column"]),
            ("LOCATION", "Kidal", ["Kidal"]),
        ],
        "relations": [
            ("Ines Vardy", "founder_of", "Ash Column", "Ines Vardy left", 0.7),
            ("Ines Vardy", "member_of", "Red Lantern Brigade", "Ines Vardy left", 0.5),
        ],
        "events": [
            (
                "defection",
                "left",
                "2020-03/2020-06",
                None,
                None,
                [("Ines Vardy", "agent"), ("Red Lantern Brigade", "patient")],
                "Ines Vardy left",
            ),
            (
                "kidnapping",
                "kidnapped",
                "2021-05-14",
                "Kidal",
                2,
                [("Ash Column", "agent")],
                "The Ash Column kidnapped",
            ),
        ],
    },
    {
        "title": "Market note",
        "grade": "A",
        "text": "A second Kofi Marlow, a trader in Mopti, is unrelated to the armed group. "
        "He sold salt in 2018?.",
        "entities": [("PERSON", "Kofi Marlow", ["Kofi Marlow"]), ("LOCATION", "Mopti", ["Mopti"])],
        "relations": [],
        "events": [("trade", "sold", "2018?", "Mopti", None, [("Kofi Marlow", "agent")], "He sold salt")],
    },
]


def _sentence(text: str, start_phrase: str) -> Span:
    i = text.index(start_phrase)
    ends = [j for j in (text.find(".", i), text.find("\n", i)) if j != -1]
    j = min(ends) + 1 if ends else len(text)
    return Span(i, j, text[i:j])


def build(spec: dict[str, object]) -> tuple[SourceDocument, Extraction]:
    text = str(spec["text"])
    ents: list[LocalEntity] = []
    keys: dict[str, str] = {}
    for n, (etype, name, surfaces) in enumerate(spec["entities"]):  # type: ignore[attr-defined]
        key = f"L{n}"
        keys[name] = key
        mentions = [
            Mention(m.start(), m.end(), m.group(0))
            for s in surfaces
            for m in re.finditer(rf"\b{re.escape(s)}\b", text)
        ]
        ents.append(
            LocalEntity(key, etype, name, aliases=[s for s in surfaces if s != name], mentions=mentions)
        )
    rels = [
        Relation(keys[s], p, keys[o], [_sentence(text, ev)], confidence=c)
        for s, p, o, ev, c in spec["relations"]
    ]  # type: ignore[attr-defined]
    events = []
    for etype, trig, date, loc, count, parts, ev in spec["events"]:  # type: ignore[attr-defined]
        ts = text.index(trig)
        events.append(
            Event(
                etype,
                trig,
                [Participant(keys[n], r) for n, r in parts],
                keys[loc] if loc else None,
                date,
                count,
                [_sentence(text, ev)],
                Span(ts, ts + len(trig), trig),
                confidence=0.7,
            )
        )
    doc = SourceDocument(document_id(text), f"reports/{spec['title']}.txt", str(spec["title"]), text)
    return doc, Extraction(ents, rels, events, extractor="test-factory")


def make_kb(path: Path, extractor: object | None = None) -> KnowledgeBase:
    """A knowledge base with the DOCS above, grades set."""
    kb = KnowledgeBase(path, extractor=extractor or KeywordExtractor())  # type: ignore[arg-type]
    for spec in DOCS:
        doc, extraction = build(spec)
        kb.store.add_document(doc, extraction, kb.resolver)
        kb.store.set_grade(doc.id, str(spec["grade"]))
    return kb
