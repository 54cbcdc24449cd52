"""The ontology as a small typed model over ``data/ontology.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import OntologyError


@dataclass(frozen=True)
class Predicate:
    name: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    symmetric: bool = False
    # A subject has one object at a time: two claims with different objects are a conflict.
    exclusive: bool = False
    description: str = ""


@dataclass(frozen=True)
class EventType:
    name: str
    description: str = ""
    triggers: tuple[str, ...] = field(default_factory=tuple)
    # grammatical slot ("subject", "object", "passive_subject", "attr", "poss", or a preposition)
    # -> participant role; per-trigger overrides where a verb reverses them ("posted him")
    roles: dict[str, str] = field(default_factory=dict)
    trigger_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    examples: tuple[str, ...] = field(default_factory=tuple)
    # behaviour (ontology.yaml, event_behaviour): see the comment there
    counted: bool = False
    place_only: bool = False
    done_to: str | None = None  # "people" | "organization"
    multi_party: bool = False
    fatal: bool = False
    incident: bool = False
    lasting: bool = False
    begins: bool = False
    acled: tuple[str, str] = ("Strategic developments", "Other")


@dataclass(frozen=True)
class Ontology:
    entity_types: tuple[str, ...]
    predicates: dict[str, Predicate]
    event_types: dict[str, EventType]
    roles: tuple[str, ...]
    verb_only_triggers: frozenset[str] = frozenset()

    def event_types_where(self, flag: str) -> frozenset[str]:
        """The event types whose behaviour ``flag`` (counted, place_only, multi_party, fatal, incident,
        lasting, begins) is set."""
        return frozenset(n for n, e in self.event_types.items() if getattr(e, flag))

    def check_relation(self, predicate: str, subject_type: str, object_type: str) -> bool:
        """True when the predicate exists and allows these argument types."""
        p = self.predicates.get(predicate)
        return bool(p and subject_type in p.subject and object_type in p.object)


def _require(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise OntologyError(f"{where}: missing '{key}'")
    return d[key]


def _roles(raw: Any, where: str) -> dict[str, str]:
    """A slot -> role mapping; a slot that YAML read as a boolean is refused (to YAML 1.1 an unquoted
    ``on``, ``off``, ``yes`` or ``no`` key is true or false, which no preposition ever matches)."""
    out: dict[str, str] = {}
    for k, v in (raw or {}).items():
        if not isinstance(k, str):
            raise OntologyError(f"{where}: slot {k!r} is not a word (quote it: YAML reads an unquoted on as true)")
        out[k] = str(v)
    return out


_FLAGS = ("counted", "place_only", "multi_party", "fatal", "incident", "lasting", "begins")


def _behaviour(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """An event type's behaviour fields, checked."""
    unknown = set(raw) - {*_FLAGS, "done_to", "acled"}
    if unknown:
        raise OntologyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {k: bool(raw.get(k, False)) for k in _FLAGS}
    done_to = raw.get("done_to")
    if done_to not in (None, "people", "organization"):
        raise OntologyError(f"{where}: done_to must be 'people' or 'organization', not {done_to!r}")
    out["done_to"] = done_to
    if "acled" in raw:
        acled = raw["acled"]
        if not (isinstance(acled, list) and len(acled) == 2 and all(isinstance(x, str) for x in acled)):
            raise OntologyError(f"{where}: acled must be [event_type, sub_event_type]")
        out["acled"] = (acled[0], acled[1])
    return out


def load_ontology(path: Path | None = None) -> Ontology:
    """Read an ontology file (default: the bundled one) and check its shape."""
    if path is None:
        text = resources.files("reportgraph.data").joinpath("ontology.yaml").read_text("utf-8")
        where = "ontology.yaml"
    else:
        text, where = path.read_text("utf-8"), str(path)
    raw = yaml.safe_load(text)
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: not a mapping")
    etypes = tuple(_require(raw, "entity_types", where))
    preds = {}
    for name, p in _require(raw, "predicates", where).items():
        preds[name] = Predicate(
            name=name,
            subject=tuple(_require(p, "subject", f"{where}:{name}")),
            object=tuple(_require(p, "object", f"{where}:{name}")),
            symmetric=bool(p.get("symmetric", False)),
            exclusive=bool(p.get("exclusive", False)),
            description=str(p.get("description", "")),
        )
        for t in preds[name].subject + preds[name].object:
            if t not in etypes:
                raise OntologyError(f"{where}:{name}: unknown entity type {t}")
    default_roles = _roles(raw.get("default_roles"), f"{where}:default_roles")
    behaviour = raw.get("event_behaviour") or {}
    events = {}
    for name, e in _require(raw, "event_types", where).items():
        triggers: list[str] = []
        overrides: dict[str, dict[str, str]] = {}
        for t in e.get("triggers", []):
            if isinstance(t, dict):  # {text: post, roles: {subject: other, object: agent}}
                triggers.append(str(_require(t, "text", f"{where}:{name}")))
                overrides[triggers[-1]] = _roles(t.get("roles"), f"{where}:{name}")
            else:
                triggers.append(str(t))
        roles = {**default_roles, **_roles(e.get("roles"), f"{where}:{name}")}
        special = ("requires", "agent_type")
        for r in [v for k, v in roles.items() if k not in special] + [
                v for o in overrides.values() for k, v in o.items() if k not in special]:
            if r not in ("agent", "patient", "mediator", "other", "location", "none"):
                raise OntologyError(f"{where}:{name}: unknown role {r}")
        events[name] = EventType(name=name, description=str(e.get("description", "")),
                                 triggers=tuple(triggers), roles=roles, trigger_roles=overrides,
                                 examples=tuple(str(x) for x in e.get("examples", [])),
                                 **_behaviour(behaviour.get(name) or {}, f"{where}:event_behaviour:{name}"))
    for name in behaviour:
        if name not in events:
            raise OntologyError(f"{where}:event_behaviour: unknown event type {name}")
    return Ontology(entity_types=etypes, predicates=preds, event_types=events,
                    roles=tuple(_require(raw, "roles", where)),
                    verb_only_triggers=frozenset(str(t) for t in raw.get("verb_only_triggers", [])))


@lru_cache(maxsize=2)
def default_ontology(language: str = "en") -> Ontology:
    """The bundled ontology, read once; for a language other than English, with its triggers and roles."""
    onto = load_ontology()
    return onto if language == "en" else in_language(onto, language)


def in_language(onto: Ontology, language: str) -> Ontology:
    """The ontology with the event triggers and prepositional roles of ``ontology_<language>.yaml``
    (types, predicates and event behaviour stay the ontology's own)."""
    name = f"ontology_{language}.yaml"
    data = resources.files("reportgraph.data")
    if not data.joinpath(name).is_file():
        raise OntologyError(f"no ontology for language '{language}' ({name})")
    local = yaml.safe_load(data.joinpath(name).read_text("utf-8"))
    if not isinstance(local, dict):
        raise OntologyError(f"{name}: not a mapping")
    base = yaml.safe_load(data.joinpath("ontology.yaml").read_text("utf-8")).get("default_roles") or {}
    default_roles = _roles({**base, **(local.get("default_roles") or {})}, f"{name}:default_roles")
    events = {}
    for et in onto.event_types.values():
        raw = (local.get("event_types") or {}).get(et.name) or {}
        triggers: list[str] = []
        overrides: dict[str, dict[str, str]] = {}
        for t in raw.get("triggers", []):
            if isinstance(t, dict):
                triggers.append(str(_require(t, "text", f"{name}:{et.name}")))
                overrides[triggers[-1]] = _roles(t.get("roles"), f"{name}:{et.name}")
            else:
                triggers.append(str(t))
        roles = {**default_roles, **_roles(raw.get("roles"), f"{name}:{et.name}")}
        for r in [v for k, v in roles.items() if k not in _SPECIAL] + [
                v for o in overrides.values() for k, v in o.items() if k not in _SPECIAL]:
            if r not in _ROLE_VALUES:
                raise OntologyError(f"{name}:{et.name}: unknown role {r}")
        events[et.name] = replace(et, triggers=tuple(triggers), roles=roles, trigger_roles=overrides)
    return replace(onto, event_types=events,
                   verb_only_triggers=frozenset(str(t) for t in local.get("verb_only_triggers", [])))


_SPECIAL = ("requires", "agent_type", "focus_org", "since")
_ROLE_VALUES = ("agent", "patient", "mediator", "other", "location", "none")
