"""French events, forty-fourth round (frev44, issue #11): a report about a unit of a larger group (SUBUNIT_OF: "la
katiba X, une unité du G") names the parent to say whose unit it is; its references to a group ("les assaillants",
"ses combattants", unnamed armed men) stand for the unit, not for the parent named as often
(``events_fr.report_unit``)."""

from __future__ import annotations

from reportgraph.extract.events_fr import report_unit

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_UNIT = ("La katiba Nour al-Tabit, une unité du Front de Talo (FDT), est active près de Wamba. La katiba Nour al-Tabit "
         "est dirigée par Issa Kombari. Le FDT n'a pas confirmé ce lien. ")


def test_the_report_units_references_stand_for_the_unit(run_fr):
    """ "Les assaillants ont enlevé ...", after a unit and its parent named about as often: the unit's men."""
    found = run_fr(_UNIT + "Le 3 mai 2023, les assaillants ont enlevé douze femmes à Kolbo.")
    parts = events_of(found, "ABDUCTION")
    assert any(("katiba Nour al-Tabit", "agent") in p for p in parts), parts
    assert not any(("Front de Talo", "agent") in p for p in parts), parts


def test_report_unit_needs_a_unit_named_about_as_often():
    """A report about the parent that names a unit in passing keeps the parent; a unit named half as often or more,
    twice at least, stands in."""
    parents = {"U": {"P"}, "V": {"P"}}
    assert report_unit("P", parents, {"P": 4, "U": 2, "V": 1}) == "U"
    assert report_unit("P", parents, {"P": 9, "U": 2}) is None
    assert report_unit("P", parents, {"P": 2, "U": 1}) is None
    assert report_unit("U", parents, {"P": 2, "U": 2}) is None


_TOPIC = ("Le Front de Talo (FDT) est actif près de Wamba. Le FDT a attaqué Kolbo en 2019. Le FDT a enlevé deux guides "
          "en 2020. En 2021, la Coalition de Bira annonce la création d'une cellule à Sama. Son chef est Issa Kombari."
          "\n\n")


def test_a_group_named_in_passing_gives_way_to_the_reports_group(run_fr):
    """ "le groupe" whose nearest antecedent was named once, in an earlier sentence, by a verb of saying: the group
    the report names three times as often (``References._topical``, French too)."""
    found = run_fr(_TOPIC + "En mai 2022, le groupe a enlevé trois commerçants à Kolbo.")
    parts = events_of(found, "ABDUCTION")
    assert any(("Front de Talo", "agent") in p for p in parts), parts
    assert not any(("Coalition de Bira", "agent") in p for p in parts), parts


_LIST = ("La katiba Nour al-Tabit est active près de Wamba. Moussa Diallo dirige la katiba Nour al-Tabit depuis "
         "2015.\n\n")


def test_a_person_set_apart_at_a_list_items_head_is_its_il(run_fr):
    """ "- X, Tunisien de Y, chef militaire de la katiba : il a fui Z": the person the item opens on, not the last
    subject before it (French dislocation, ``References._dislocated_person_fr``)."""
    found = run_fr(_LIST + "- Issa Kombari, Tunisien de Tataouine, chef militaire de la katiba : il a fui Kolbo vers "
                   "le sud en 2016.\n")
    parts = events_of(found, "MOVEMENT")
    assert any(("Issa Kombari", "agent") in p for p in parts), parts
    assert not any(("Moussa Diallo", "agent") in p for p in parts), parts


def test_a_person_subject_before_il_keeps_the_usual_reading(run_fr):
    """Guard: a name that is itself its clause's subject is no dislocation ("X a rejoint Y, puis il ..."): read as
    before (the name still the subject "il" continues)."""
    found = run_fr(_LIST + "Issa Kombari a rejoint la katiba en 2014, puis il a fui Kolbo vers le sud en 2016.\n")
    parts = events_of(found, "MOVEMENT")
    assert not any(("Moussa Diallo", "agent") in p for p in parts), parts
