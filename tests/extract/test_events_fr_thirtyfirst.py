"""French events, thirty-first round (frevt37, issue #11): hostages moved by nobody the sentence names ("les otages
ont été conduits vers l'île de X") were moved by the captors of the last abduction told, never by the force of an
arrest; an unnamed suicide bomber ("un kamikaze a fait exploser sa charge") is, as "des hommes armés" are, the group
the report is about."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_hostages_moved_are_moved_by_their_captors(run_fr):
    """ "Le FDT a enlevé cinq bergers. Les otages ont été conduits vers la forêt de Kolbo.": the FDT moved them."""
    found = run_fr(_TALO + "Le 3 mai 2021, le FDT a enlevé cinq bergers près de Wamba. Les otages auraient été "
                   "conduits vers la forêt de Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_prisoners_moved_after_an_arrest_take_no_captor(run_fr):
    """Guard: after an arrest by the army, "les otages" moved are not the army's (an arrest makes no hostages);
    the abduction told before the arrest is not the last captivity."""
    found = run_fr(_TALO + "Le 3 mai 2021, le FDT a enlevé cinq bergers près de Wamba. Le 5 mai, l'armée malienne a "
                   "arrêté deux commerçants à Wamba. Les otages auraient été conduits vers la forêt de Kolbo.")
    assert not any(("armée malienne", "agent") in parts for parts in events_of(found, "MOVEMENT"))
    assert not any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_an_unnamed_suicide_bomber_is_the_report_s_group(run_fr):
    """ "un kamikaze a fait exploser une bombe près du marché": the bomber is the group the report is about."""
    found = run_fr(_TALO + "Le FDT a revendiqué plusieurs attaques en 2021. Le 6 février 2022, à Wamba, un kamikaze a "
                   "fait exploser une bombe près du marché.")
    bombing = [ev for ev in found.extraction.events if ev.type == "ATTACK" and "exploser" in ev.trigger]
    assert bombing
    names = {e.key: e.name for e in found.extraction.entities}
    assert ("Front de Talo", "agent") in {(names.get(p.entity), p.role) for p in bombing[0].participants}


def test_a_named_bomber_s_group_is_not_replaced(run_fr):
    """Guard: "un kamikaze de l'EIGS" names whose bomber he is; the report's group is not read in."""
    found = run_fr(_TALO + "Le FDT a revendiqué plusieurs attaques en 2021. Le 6 février 2022, à Wamba, un kamikaze "
                   "de l'État islamique au Grand Sahara a fait exploser une bombe près du marché.")
    bombing = [ev for ev in found.extraction.events if ev.type == "ATTACK" and "exploser" in ev.trigger]
    names = {e.key: e.name for e in found.extraction.entities}
    assert not any(("Front de Talo", "agent") in {(names.get(p.entity), p.role) for p in ev.participants}
                   for ev in bombing)


def test_a_peacekeeper_killed_is_his_mission_s_loss(run_fr):
    """ "un Casque bleu de la MINUKI a été tué": a peace mission's soldier is the mission in the killing's slot, as a
    force's soldier is ("un soldat de Barkhane")."""
    found = run_fr("La Mission des Nations unies au Kivar (MINUKI) est déployée dans le nord du pays depuis 2015. "
                   "Le 24 octobre 2021, un Casque bleu de la MINUKI a été tué près de Wamba.")
    assert any(("Mission des Nations unies au Kivar", "patient") in parts for parts in events_of(found, "KILLING"))
