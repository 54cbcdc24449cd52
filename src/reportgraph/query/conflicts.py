"""Conflicting claims, side by side: nothing is overwritten, the analyst decides.

Kinds (see query/corroboration.py): an exclusive relation (e.g. SUBUNIT_OF) asserted with
different objects for one subject; one happening (same event type, same participants) given dates
that cannot overlap; two different leaders named for one group by reports out within a year of each
other (``leaders``); and one person reported killed at times that cannot overlap, or reported killed
by one report while another denies it or says they are alive (``death``). Each version carries the
sentences that state it, and the reported date of each of its documents.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from sqlalchemy import Connection, or_, select

from ..dates import overlaps
from ..ontology import default_ontology
from ..store import Store
from ..store import schema as t
from .corroboration import Claim, EventFact, load_events, rate_claims, rate_events
from .graph import _relation_links, _rows_to_links, entity_names
from .timeline import graded_documents


@dataclass
class Version:
    """One side of a conflict: what is claimed, how credible it is, and who says it."""

    value: str  # the object's name, or the date
    value_id: int | None  # the object entity (relations)
    credibility: int
    fact_ids: list[int]
    documents: list[str]
    sources: list[str]
    grades: list[str]
    sentences: list[str] = field(default_factory=list)  # the sentences that state it
    reported: list[str | None] = field(default_factory=list)  # each document's reported date
    # whether an analyst graded any of its sources: if not, its credibility 6 means "not rated",
    # and the page says "ungraded sources" rather than showing the worst credibility
    graded: bool = True


@dataclass
class Conflict:
    kind: str  # "relation", "event", "leaders" or "death"
    label: str  # the predicate or event type
    subject: str  # who it is about: a name, or the participants' names
    entity_ids: list[int]
    versions: list[Version] = field(default_factory=list)  # most credible first


def conflicts(store: Store, entity: int | None = None) -> list[Conflict]:
    """Every conflict in the knowledge base (or those involving one entity), most credible side first."""
    out = _relation_conflicts(store) + _event_conflicts(store) + _leader_conflicts(store) + _death_conflicts(store)
    if entity is not None:
        out = [c for c in out if entity in c.entity_ids]
    with store.connect() as conn:
        _evidence(conn, out)
    return out


def _evidence(conn: Connection, found: list[Conflict]) -> None:
    """Fill each version's sentences (of its facts) and its documents' reported dates."""
    ev, d = t.evidence.c, t.documents.c
    docs = {v for c in found for x in c.versions for v in x.documents}
    reported = dict(conn.execute(select(d.id, d.reported).where(d.id.in_(sorted(docs)))).all()) if docs else {}
    graded = graded_documents(conn, sorted(docs)) if docs else set()
    for c in found:
        column = ev.relation_id if c.kind in ("relation", "leaders") else ev.event_id
        for v in c.versions:
            v.reported = [reported.get(doc) for doc in v.documents]
            v.graded = any(doc in graded for doc in v.documents)
            if v.fact_ids and not v.sentences:
                v.sentences = list(dict.fromkeys(
                    text for (text,) in conn.execute(select(ev.text).where(column.in_(v.fact_ids)).order_by(ev.id))))


LEADERS_APART = 365  # days between two reports past which two leaders are a succession, not a conflict


def _known(reported: str | None) -> dt.date | None:
    """The day a report was surely out (None: its reported date is not known)."""
    from ..dates import last_day

    try:
        return dt.date.fromisoformat(last_day(reported)) if reported else None
    except ValueError:
        return None


def _clashes(mine: list[Any], theirs: list[Any]) -> bool:
    """Whether two leaders' claims conflict. A report that names both tells a succession: a conflict is
    two reports, each naming a leader the other does not, out within LEADERS_APART days (or undated)."""
    docs_a, docs_b = {x.document_id for x in mine}, {y.document_id for y in theirs}
    for x in mine:
        for y in theirs:
            if x.document_id in docs_b or y.document_id in docs_a:
                continue
            a, b = _known(x.reported), _known(y.reported)
            if a is None or b is None or abs((a - b).days) <= LEADERS_APART:
                return True
    return False


def _leader_conflicts(store: Store) -> list[Conflict]:
    """Two or more leaders of one group, each named by a report that does not name the other, out
    within LEADERS_APART days of each other (or undated): a group has one leader at a time."""
    r, d = t.relations.c, t.documents.c
    ls, lo = t.local_entities.alias("ls"), t.local_entities.alias("lo")
    q = (select(r.id, ls.c.entity_id, lo.c.entity_id, r.document_id, d.reported, d.source, d.grade)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(t.documents, d.id == r.document_id))
         .where(r.predicate == "LEADER_OF", t.is_fact(t.relations)))
    with store.connect() as conn:
        rows = conn.execute(q).all()
        by_group: dict[int, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for row in rows:
            if row[1] is not None and row[2] is not None and row[1] != row[2]:
                by_group[row[2]][row[1]].append(row)
        names = entity_names(conn, {g for g in by_group} | {p for v in by_group.values() for p in v})
    out = []
    for group, leaders in sorted(by_group.items()):
        if len(leaders) < 2:
            continue
        clash = any(_clashes(leaders[p], leaders[q_]) for p, q_ in itertools.combinations(sorted(leaders), 2))
        if not clash:
            continue
        versions = []
        for person, claims in sorted(leaders.items()):
            docs = sorted({x.document_id for x in claims})
            info = {x.document_id: (x.source, x.grade) for x in claims}
            versions.append(Version(names.get(person, ("?", ""))[0], person, 0, sorted(x.id for x in claims),
                                    docs, [info[i][0] for i in docs], [info[i][1] for i in docs]))
        out.append(Conflict("leaders", "LEADER_OF", names.get(group, ("?", ""))[0], [group, *sorted(leaders)],
                            sorted(versions, key=lambda v: (-len(v.documents), v.value))))
    return out


# a sentence that denies a death, or says the person lives
DENIAL = re.compile(r"\b(den(y|ied|ies|ial)|alive|surviv\w*|not (been )?(killed|dead)|false(ly)? report\w*|"
                    r"reappear\w*|resurfac\w*)\b", re.I)


def _death_conflicts(store: Store) -> list[Conflict]:
    """A person reported killed more than once at times that cannot overlap, or reported killed while
    another sentence that names them denies it or says they are alive."""
    v, p, le, d = t.events.c, t.event_participants.c, t.local_entities.c, t.documents.c
    q = (select(v.id, v.date, v.document_id, le.entity_id, le.type, d.source, d.grade, v.modality)
         .select_from(t.events.join(t.event_participants, p.event_id == v.id)
                      .join(t.local_entities, le.id == p.local_entity_id).join(t.documents, d.id == v.document_id))
         .where(v.type == "KILLING", p.role == "patient", le.type == "PERSON",
                or_(v.status.is_(None), v.status != "rejected")))
    out = []
    with store.connect() as conn:
        killed: dict[int, list[Any]] = defaultdict(list)
        denied: dict[int, list[Any]] = defaultdict(list)  # killings a sentence denies (modality negated)
        for row in conn.execute(q):
            if row.entity_id is not None:
                (denied if row.modality == t.NEGATED else killed)[row.entity_id].append(row)
        names = entity_names(conn, killed)
        for person, reports in sorted(killed.items()):
            versions: list[Version] = []
            for date, group in itertools.groupby(sorted(reports, key=lambda x: x.date or ""),
                                                  key=lambda x: x.date or "undated"):
                rows = list(group)
                docs = sorted({x.document_id for x in rows})
                info = {x.document_id: (x.source, x.grade) for x in rows}
                versions.append(Version(f"killed {date}", None, 0, sorted({x.id for x in rows}), docs,
                                        [info[i][0] for i in docs], [info[i][1] for i in docs]))
            dated = [x.value[7:] for x in versions if x.value != "killed undated"]
            apart = any(not overlaps(a, b) for a, b in itertools.combinations(dated, 2))
            # the sentence that reports the death may deny another's in the same breath ("X was killed,
            # and Y was reported dead before reappearing"): a denial is a sentence of its own
            ev = t.evidence.c
            told = {s.strip() for (s,) in conn.execute(select(ev.text).where(
                ev.event_id.in_([x.id for x in reports])))}
            denials = [x for x in _denials(conn, person) if not any(x[3] in s or s in x[3] for s in told)]
            said = {x[3] for x in denials}
            for row in denied.get(person, []):  # "X denied that Y was killed": the extractor's negated killing
                for (s,) in conn.execute(select(ev.text).where(ev.event_id == row.id)):
                    if s.strip() not in said:
                        said.add(s.strip())
                        denials.append((row.document_id, row.source, row.grade, s.strip()))
            if denials:
                docs = sorted({doc for doc, _, _, _ in denials})
                info = {doc: (src, grade) for doc, src, grade, _ in denials}
                versions.append(Version("denied or alive", None, 0, [], docs, [info[i][0] for i in docs],
                                        [info[i][1] for i in docs], sentences=[s for *_, s in denials]))
            if apart or denials:
                out.append(Conflict("death", "KILLING", names.get(person, ("?", ""))[0], [person], versions))
    return out


def _denials(conn: Connection, entity_id: int) -> list[tuple[str, str, str, str]]:
    """(document, source, grade, sentence) of each sentence naming the entity that denies a death."""
    le, m, d = t.local_entities.c, t.mentions.c, t.documents.c
    rows = conn.execute(select(m.document_id, m.start, m.end, d.text, d.source, d.grade)
                        .select_from(t.mentions.join(t.local_entities, le.id == m.local_entity_id)
                                     .join(t.documents, d.id == m.document_id))
                        .where(le.entity_id == entity_id).order_by(m.document_id, m.start)).all()
    found: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for doc, start, end, text, source, grade in rows:
        a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
        sentence = text[a:(min(stops) + 1 if stops else len(text))].strip()
        if DENIAL.search(sentence):
            found.setdefault((doc, sentence), (doc, source, grade, sentence))
    return list(found.values())


def _relation_conflicts(store: Store) -> list[Conflict]:
    exclusive = sorted(n for n, p in default_ontology().predicates.items() if p.exclusive)
    if not exclusive:
        return []
    q = _relation_links(None).where(t.relations.c.predicate.in_(exclusive))
    with store.connect() as conn:
        claims = rate_claims(_rows_to_links(conn.execute(q)))
        groups: dict[tuple[int, str], list[Claim]] = defaultdict(list)
        for c in claims.values():
            if c.rivals:
                groups[(c.key[0], c.key[1])].append(c)
        names = entity_names(conn, {k[0] for k in groups} | {c.key[2] for g in groups.values() for c in g})
        docs = _doc_grades(conn, {s.document for g in groups.values() for c in g for s in c.supports})
    out = []
    for (subj, pred), group in sorted(groups.items()):
        versions = [Version(names.get(c.key[2], ("?", ""))[0], c.key[2], c.credibility,
                            sorted(c.relation_ids),
                            *_sources({s.document for s in c.supports}, docs)) for c in group]
        out.append(Conflict("relation", pred, names.get(subj, ("?", ""))[0],
                            [subj, *(c.key[2] for c in group)], _ordered(versions)))
    return out


def _event_conflicts(store: Store) -> list[Conflict]:
    with store.connect() as conn:
        rated = rate_events(load_events(conn))
        groups: dict[tuple[str, frozenset[int]], list[EventFact]] = defaultdict(list)
        for ev in rated.values():
            if ev.rivals:
                groups[(ev.type, ev.participants)].append(ev)
        names = entity_names(conn, {n for k in groups for n in k[1]})
        docs = _doc_grades(conn, {ev.support.document for g in groups.values() for ev in g})
    out = []
    for (etype, members), group in sorted(groups.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        # Versions: events telling the same happening (overlapping dates) are one version.
        g = nx.Graph()
        g.add_nodes_from(ev.id for ev in group)
        g.add_edges_from((ev.id, o) for ev in group for o in ev.corroborated_by if o in g)
        by_id = {ev.id: ev for ev in group}
        versions = []
        for comp in nx.connected_components(g):
            evs = sorted((by_id[i] for i in comp), key=lambda e: e.id)
            dates = sorted({e.date or "undated" for e in evs})
            versions.append(Version(" / ".join(dates), None, min(e.credibility for e in evs),
                                    [e.id for e in evs], *_sources({e.support.document for e in evs}, docs)))
        subject = ", ".join(sorted(names.get(n, ("?", ""))[0] for n in members))
        out.append(Conflict("event", etype, subject, sorted(members), _ordered(versions)))
    return out


def _ordered(versions: list[Version]) -> list[Version]:
    return sorted(versions, key=lambda v: (v.credibility, -len(v.documents), v.value))


def _doc_grades(conn: Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    d = t.documents.c
    if not ids:
        return {}
    return {r.id: (r.source, r.grade) for r in conn.execute(select(d.id, d.source, d.grade)
                                                            .where(d.id.in_(sorted(ids))))}


def _sources(ids: set[str], docs: dict[str, tuple[str, str]]) -> tuple[list[str], list[str], list[str]]:
    doc_ids = sorted(ids)
    return doc_ids, [docs[i][0] for i in doc_ids], [docs[i][1] for i in doc_ids]
