"""A dossier's names, roles and languages follow their rules on both backends (PostgreSQL groups the
rows in the server, SQLite reads one row per mention: the answers must be the same)."""

from __future__ import annotations

import random
from typing import Any

from reportgraph.query.dossier import dossier
from reportgraph.query.timeline import timeline
from reportgraph.store import Store
from reportgraph.store import schema as t

NAMES = ["Katiba Nord", "Katibat al-Nur", "al-Nur", "KN"]
ROLES = [[], [], ["commander"], ["spokesman", "commander"], ["leader"]]
LANGUAGES = [None, "en", "fr", "fr+en"]


def _kb(store: Store, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Entity 1 named in 60 documents under a few names, aliases and roles, 0-3 mentions each (some
    documents name it twice), in several languages and sources (some sources hold two documents)."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("entities", "documents", "local_entities", "mentions")}
    rows["entities"] = [{"id": 1, "type": "ORGANIZATION", "name": "Katiba Nord"},
                        {"id": 2, "type": "LOCATION", "name": "Tessalit"}]
    le_id = m_id = 0
    for n in range(60):
        doc = f"d{n:03d}"
        rows["documents"].append({"id": doc, "source": f"src/{rng.randint(0, 40)}.txt", "title": doc,
                                  "media_type": "text/plain", "text": "x", "n_chars": 1,
                                  "ingested_at": "2026-01-01", "grade": "C", "extractor": "test",
                                  "language": rng.choice(LANGUAGES)})
        for _ in range(rng.choice((1, 1, 1, 2))):
            le_id += 1
            entity = rng.choice((1, 1, 1, 2))
            rows["local_entities"].append({
                "id": le_id, "document_id": doc, "key": f"L{le_id}", "type": "ORGANIZATION",
                "name": rng.choice(NAMES), "aliases": rng.sample(NAMES, rng.randint(0, 2)),
                "roles": rng.choice(ROLES), "confidence": 1.0, "entity_id": entity})
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                m_id += 1
                rows["mentions"].append({"id": m_id, "local_entity_id": le_id, "document_id": doc, "start": 0,
                                         "end": 2, "text": rng.choice(NAMES), "method": "test", "confidence": 1.0})
    with store.engine.begin() as conn:
        for name, batch in rows.items():
            conn.execute(getattr(t, name).insert(), batch)
    return rows


def _expected(rows: dict[str, list[dict[str, Any]]], entity: int) -> tuple[dict[str, tuple[list[str], int]],
                                                                        list[str], dict[str, int]]:
    """The dossier's rules, from the rows: every name, alias and mention text with the sources it was
    seen in and how many mentions read it; the roles in the order of the local entities; the
    documents per language (most first)."""
    docs = {d["id"]: d for d in rows["documents"]}
    seen: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    roles: list[str] = []
    langs: dict[str, set[str]] = {}
    for le in sorted(rows["local_entities"], key=lambda r: r["id"]):
        if le["entity_id"] != entity:
            continue
        doc = docs[le["document_id"]]
        langs.setdefault(doc["language"] or "unknown", set()).add(doc["id"])
        for name in [le["name"], *le["aliases"]]:
            seen.setdefault(name, set()).add(doc["source"])
        for m in rows["mentions"]:
            if m["local_entity_id"] == le["id"]:
                seen.setdefault(m["text"], set()).add(doc["source"])
                count[m["text"]] = count.get(m["text"], 0) + 1
        roles += [r for r in le["roles"] if r not in roles]
    names = {n: (sorted(s), count.get(n, 0)) for n, s in seen.items()}
    languages = dict(sorted(((k, len(v)) for k, v in langs.items()), key=lambda x: (-x[1], x[0])))
    return names, roles, languages


def test_dossier_names_roles_and_languages_follow_the_rules(store: Store) -> None:
    for seed in range(3):
        if seed:
            with store.engine.begin() as conn:
                for table in ("mentions", "local_entities", "documents", "entities"):
                    conn.execute(t.metadata.tables[table].delete())
        rows = _kb(store, seed)
        for entity in (1, 2):
            names, roles, languages = _expected(rows, entity)
            for max_facts in (None, 0, 5):
                got = dossier(store, entity, max_facts=max_facts)
                assert {n.name: (n.documents, n.count) for n in got.names} == names
                assert [n.name for n in got.names] == sorted(names, key=lambda n: (-names[n][1], n))
                assert got.roles == roles
                assert got.languages == languages


def test_timeline_rates_each_event_against_its_own_group(store: Store) -> None:
    """The rating's candidates come in one statement for every event type (the least busy participant
    and the type, as pairs): each event is corroborated by the events of its own type and
    participants only."""
    with store.engine.begin() as conn:
        conn.execute(t.entities.insert(), [{"id": i, "type": "ORGANIZATION", "name": f"E{i}"} for i in (1, 2, 3)])
        docs, les, events, parts = [], [], [], []
        for n in range(6):
            doc = f"d{n}"
            docs.append({"id": doc, "source": f"s{n}", "title": doc, "media_type": "text/plain", "text": "x",
                         "n_chars": 1, "ingested_at": "2026-01-01", "grade": "B", "extractor": "test"})
            for k, ent in enumerate((1, 2, 3)):
                les.append({"id": n * 3 + k + 1, "document_id": doc, "key": f"L{k}", "type": "ORGANIZATION",
                            "name": f"E{ent}", "aliases": [], "roles": [], "confidence": 1.0, "entity_id": ent})
            # documents 0-2: 1 attacks 2; documents 3-5: 1 attacks 3, and 1 kidnaps 2 in document 5
            other = 2 if n < 3 else 3
            events.append({"id": n + 1, "document_id": doc, "type": "ATTACK", "trigger": "x", "date": "2020",
                           "confidence": 0.9, "method": "test"})
            parts += [{"event_id": n + 1, "local_entity_id": n * 3 + 1, "role": "agent"},
                      {"event_id": n + 1, "local_entity_id": n * 3 + other, "role": "patient"}]
        events.append({"id": 7, "document_id": "d5", "type": "KIDNAPPING", "trigger": "x", "date": "2020",
                       "confidence": 0.9, "method": "test"})
        parts += [{"event_id": 7, "local_entity_id": 16, "role": "agent"},
                  {"event_id": 7, "local_entity_id": 17, "role": "patient"}]
        for name, batch in (("documents", docs), ("local_entities", les), ("events", events),
                            ("event_participants", parts)):
            conn.execute(getattr(t, name).insert(), batch)
    by_id = {e.id: e for e in timeline(store, entity=1)}
    assert set(by_id) == set(range(1, 8))
    # three independent B sources corroborate each attack; the kidnapping stands alone
    assert len({by_id[i].credibility for i in (1, 2, 3, 4, 5, 6)}) == 1
    assert by_id[7].credibility > by_id[1].credibility
    assert [e.id for e in timeline(store, entity=1, limit=3)] == [1, 2, 3]
