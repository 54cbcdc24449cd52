"""The database schema (SQLAlchemy Core), shared by the SQLite and PostgreSQL backends.

Extraction output is stored per document and never rewritten: ``local_entities`` are one
document's clusters, and relations/events point at them. Resolution is a separate layer:
``local_entities.entity_id`` links each local cluster to a global ``entities`` row, so a
merge or split re-links rows and loses no provenance.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    or_,
)

# v2: full-text search (store/fts.py, dialect-specific, not in this metadata) and query indexes.
# v3: the cross-document resolver's state (resolve_* tables).
# v4: the resolver's corpus statistics (resolve_context_df, resolve_part_company).
# v5: SQLite never reuses the ids of entities, local entities, relations, events and decisions.
# v6: no table change; the resolver's state is filled where it is empty but entities exist (a
#     knowledge base imported before `import` built it).
# v7: relations and events carry their modality (asserted, negated, uncertain, attributed).
# v8: trust: decisions carry a reason and an undo image (revert), documents a reported date, and
#     the team server's accounts (users, api_tokens).
# v9: each document's language (documents.language).
# v10: the link chart's saved layouts (chart_layouts), shared by the team.
# v11: the graph's covering indexes hold what the path, neighbour and dossier queries read of a
#     relation or event (modality, predicate or type; on PostgreSQL the id too), so PostgreSQL reads
#     them index-only instead of visiting the table once per fact.
# v12: the entity-to-entity adjacency (entity_adjacency, adjacency_stale), kept by triggers
#     (store/adjacency.py): a hop of a path search is one index range scan per entity.
# v13: the link chart's edges by the entity whose chart shows them (chart_witness), kept by triggers
#     (store/witness.py): a hub's chart reads one index range instead of 150,000 index searches.
SCHEMA_VERSION = 13

metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

documents = Table(
    "documents", metadata,
    Column("id", String(40), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("grade", String(1), nullable=False, server_default="F"),
    Column("extractor", String(64), nullable=False),
    # v8: when the report was published (EDTF day, month or year), beside the dates its facts are
    # true: the "as of" queries leave out what was reported later. NULL: not known.
    Column("reported", String(40)),
    # v9: the language it is written in ("fr", "en"; a mixed text "fr+en", the main language first),
    # which chose the extraction pipeline. NULL: stored before v9, not known.
    Column("language", String(16)),
)

# The ids of entities, local entities, relations, events and decisions are public: exports, web
# addresses, the decision log and the resolver's state name them. A deleted row's id must never name
# a new row, so on SQLite they are AUTOINCREMENT (v5); a plain INTEGER PRIMARY KEY hands the highest
# deleted id to the next row. PostgreSQL sequences never go back.
entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Index("ix_entities_type", "type"),
    sqlite_autoincrement=True,
)

# Blocking keys of global entities (normalised names): candidate lookup for resolution.
entity_keys = Table(
    "entity_keys", metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Index("ix_entity_keys_key", "key"),
    Index("ix_entity_keys_entity", "entity_id"),
)

local_entities = Table(
    "local_entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(32), nullable=False),
    Column("type", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=True),
    Index("ix_local_entities_doc", "document_id"),
    # v11: on PostgreSQL with the id, so an entity's local entities are found without the table
    Index("ix_local_entities_entity", "entity_id", postgresql_include=["id"]),
    # v2: graph queries go from a local entity to its global one without reading the row.
    Index("ix_local_entities_id_entity", "id", "entity_id"),
    sqlite_autoincrement=True,
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("local_entity_id", Integer, ForeignKey("local_entities.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("method", String(32), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_mentions_local", "local_entity_id"),
    Index("ix_mentions_doc", "document_id"),
)

relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject_id", Integer, ForeignKey("local_entities.id", ondelete="CASCADE"), nullable=False),
    Column("predicate", String(32), nullable=False),
    Column("object_id", Integer, ForeignKey("local_entities.id", ondelete="CASCADE"), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("method", String(32), nullable=False),
    # An analyst's review: NULL (not reviewed), "accepted" or "rejected". Rejected facts stay
    # stored (with the decision that rejected them) but are left out of queries and exports.
    Column("status", String(16)),
    # v7: what the sentence says of the claim (extract/modality.py): asserted, negated, uncertain or
    # attributed. A negated claim ("X denied joining Y") is stored with its sentence but is no fact:
    # queries, exports and credibility leave it out, as they do rejected rows (is_fact below).
    Column("modality", String(16), nullable=False, server_default="asserted"),
    # v2: covering indexes for the graph queries (they replace single-column ones of v1); v11: with
    # everything the graph queries read of a relation (is_fact's status and modality, the predicate;
    # on PostgreSQL, whose indexes hold no row id, the id and document too), so that a hop of a path
    # search or a hub's list of relations reads the index only.
    Index("ix_relations_subject_object", "subject_id", "object_id", "status", "modality", "predicate",
          postgresql_include=["id", "document_id"]),
    Index("ix_relations_object_subject", "object_id", "subject_id", "status", "modality", "predicate",
          postgresql_include=["id", "document_id"]),
    Index("ix_relations_doc", "document_id"),
    Index("ix_relations_predicate", "predicate"),  # v2: conflicts of exclusive predicates
    sqlite_autoincrement=True,
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("location_id", Integer, ForeignKey("local_entities.id", ondelete="SET NULL")),
    Column("date", String(40)),
    Column("count", Integer),
    Column("confidence", Float, nullable=False),
    Column("method", String(32), nullable=False),
    Column("status", String(16)),
    Column("modality", String(16), nullable=False, server_default="asserted"),  # v7, as on relations
    Index("ix_events_doc", "document_id"),
    Index("ix_events_type", "type"),
    Index("ix_events_location", "location_id"),  # v2: timeline(place=...)
    # v11: what the graph queries read of an event reached from its participants (is_fact, the
    # type), without a visit to the table on PostgreSQL; v12: and its date, which a hub's timeline
    # and dossier sort its thousands of events by
    Index("ix_events_id_fact", "id", "status", "modality", "type", "date", postgresql_include=["document_id"]),
    sqlite_autoincrement=True,
)

event_participants = Table(
    "event_participants", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("local_entity_id", Integer, ForeignKey("local_entities.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(16), nullable=False),
    Index("ix_participants_event_entity", "event_id", "local_entity_id"),  # v2, covering
    Index("ix_participants_entity_event", "local_entity_id", "event_id"),  # v2, covering
)

# The sentence(s) that state a relation or an event.
evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("relation_id", Integer, ForeignKey("relations.id", ondelete="CASCADE")),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE")),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_evidence_relation", "relation_id"),
    Index("ix_evidence_event", "event_id"),
)

# The audit log of analysts' decisions (review of facts, merges and splits of entities).
# ``target`` names what was decided on (e.g. {"relation": 12} or {"entities": [3, 9]}), ``payload``
# the decision's content (e.g. a corrected date). Decisions are replayed after every ingest, so
# they survive re-ingestion; ``reverted_at`` marks one that was undone.
decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("target", JSON, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("actor", String(120), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("reverted_at", String(32)),
    # v8: why the analyst decided (optional), and what the decision changed: the rows it touched as
    # they were before and after (store/undo.py), so that it can be reverted exactly.
    Column("reason", Text),
    Column("undo", JSON),
    Index("ix_decisions_kind", "kind"),
    sqlite_autoincrement=True,
)

# The cross-document resolver's state (resolve/engine.py), so that adding a document resolves only
# its own entities against stored cluster summaries: never a re-resolution of everything.
# A cluster is a global entity: ``cluster_id`` is ``str(entities.id)``.
resolve_clusters = Table(
    "resolve_clusters", metadata,
    Column("cluster_id", String(32), primary_key=True),
    Column("summary", JSON, nullable=False),
)

# One row per document-local entity (``record_id`` is ``str(local_entities.id)``).
resolve_records = Table(
    "resolve_records", metadata,
    Column("record_id", String(32), primary_key=True),
    Column("cluster_id", String(32)),
    Column("record", JSON, nullable=False),
    Index("ix_resolve_records_cluster", "cluster_id"),
)

# Blocking keys -> clusters (the engine's candidate index).
resolve_keys = Table(
    "resolve_keys", metadata,
    Column("key", String(200), nullable=False),
    Column("cluster_id", String(32), nullable=False),
    Index("ix_resolve_keys_key", "key", "cluster_id", unique=True),
    Index("ix_resolve_keys_cluster", "cluster_id"),
)

# Analyst constraints between records: kind "must" or "cannot".
resolve_constraints = Table(
    "resolve_constraints", metadata,
    Column("kind", String(8), nullable=False),
    Column("a", String(32), nullable=False),
    Column("b", String(32), nullable=False),
    Index("ix_resolve_constraints_a", "kind", "a"),
)

# v4: the resolver's corpus statistics (resolve/state.py CorpusStats), counted as records are added so
# that every document is weighed against the whole stored corpus. Keys are cut to 200 characters.
# How many records cite a context name (by its context key, spellings folded): frequent co-mentions
# weigh less.
resolve_context_df = Table(
    "resolve_context_df", metadata,
    Column("context", String(200), primary_key=True),
    Column("n", Integer, nullable=False),
)

# The other parts of the names a person-name part (its key) was seen in, up to about 64 per part:
# a surname seen with many given names is common, and a match on it weighs less.
resolve_part_company = Table(
    "resolve_part_company", metadata,
    Column("part", String(200), primary_key=True),
    Column("other", String(200), primary_key=True),
)

# v8: the team server's accounts. A secret is never stored: passwords as argon2 hashes, API tokens
# as SHA-256 digests (a token is random and long, so a fast digest is enough to keep it unusable if
# the database leaks, and it can be looked up by digest). Roles: reader, analyst, admin.
users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(60), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
    sqlite_autoincrement=True,
)

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("digest", String(64), nullable=False, unique=True),
    Column("label", String(60), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
    Index("ix_api_tokens_user", "user_id"),
    sqlite_autoincrement=True,
)

# v10: a link chart's saved layout: the pinned nodes' positions, per chart (its filters, the key),
# saved by an analyst and seen by everyone who opens that chart.
chart_layouts = Table(
    "chart_layouts", metadata,
    Column("key", String(500), primary_key=True),
    Column("positions", JSON, nullable=False),  # {"entity id": [x, y]}
    Column("saved_by", String(120), nullable=False),
    Column("saved_at", String(32), nullable=False),
)

# v12: which global entities a fact joins (a relation's two ends, two participants of one event), both
# ways, one row per pair however many facts join it: a path search's hop reads it by one index range
# scan per entity instead of joining through local entities, relations and participants. Derived
# from the facts, never written by hand: triggers (store/adjacency.py) add a pair when a fact joins
# it, and note in ``adjacency_stale`` a pair that may have lost its last fact (a fact rejected or
# deleted, a local entity moved by a merge or split); ``adjacency.refresh`` checks those pairs
# after the writing transaction. Until then readers compute a stale pair's entities from the facts.
entity_adjacency = Table(
    "entity_adjacency", metadata,
    Column("entity_id", Integer, primary_key=True, autoincrement=False),
    Column("other_id", Integer, primary_key=True, autoincrement=False),
)

adjacency_stale = Table(
    "adjacency_stale", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, nullable=False),
    Column("other_id", Integer, nullable=False),
    Index("ix_adjacency_stale_entity", "entity_id"),
)

# v13: the link chart's edges laid out by "witness", the entity whose chart shows them (store/witness.py
# says which): one row per edge of each fact (relation: subject -> object; event: agent -> each other
# participant, kind "e", and -> its place, kind "p"; kind "t": the event's type alone) for each
# entity that sees it, with the fact's id, confidence and date for the chart's filters. Derived from
# the facts, never written by hand: triggers lay a fact's rows out again whenever it, its participants
# or its local entities' entities change. No key: a fact may give one edge twice (an entity named
# twice in an event), and the chart counts both.
chart_witness = Table(
    "chart_witness", metadata,
    Column("witness", Integer, nullable=False),
    Column("kind", String(1), nullable=False),
    Column("src", Integer),
    Column("pred", String(32), nullable=False),
    Column("dst", Integer),
    Column("fact", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("date", String(40)),
    # a chart reads its entity's rows, index-only (on SQLite every column is a key column: it has no
    # INCLUDE, and the rows then come in the chart's group order)
    Index("ix_chart_witness_witness", "witness", "kind", "src", "pred", "dst", "fact", "confidence", "date"),
    Index("ix_chart_witness_fact", "fact", "kind"),  # a fact's rows, laid out again
)

NEGATED = "negated"


def not_rejected(table: Table) -> Any:
    """The SQL condition for a row of ``relations`` or ``events`` that no analyst rejected."""
    return or_(table.c.status.is_(None), table.c.status != "rejected")


def is_fact(table: Table) -> Any:
    """The SQL condition for a row of ``relations`` or ``events`` that counts as a fact of the graph:
    not rejected by an analyst, and not a claim its own sentence denies."""
    return and_(not_rejected(table), table.c.modality != NEGATED)
