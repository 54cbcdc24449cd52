"""The date a French event takes when a dispatch tells a claim or a telling after the deed (issue #11,
frdate20), on hand-written dispatches with invented actors and places."""

from __future__ import annotations

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


_CLAIMED = (
    "DALLA (Mali), 27 février 2024 - Au moins neuf chauffeurs routiers ont été tués lundi sur la route entre "
    "Dalla et Koro, ont indiqué mardi des sources locales.\n\n"
    "L'attaque a été revendiquée mardi par le Front de libération du Kouroumari (FLK).\n\n"
    "Dans la soirée, des membres du groupe d'autodéfense Dan Kura de Sobane, une milice alliée aux Forces "
    "armées maliennes (FAMa), ont pris en chasse les assaillants. L'accrochage, survenu près du village de "
    "Tassa, a fait deux morts dans les rangs de la milice."
)


def test_a_claim_of_responsibility_dates_the_deed_told_before_it(events_fr):
    """ "L'attaque a été revendiquée mardi": the claim's day is not the attack's, which the lede dated
    Monday; nor is it the running date of what the dispatch tells next."""
    found = events_fr(_CLAIMED)
    attack = [ev for ev in found if ev.type == "ATTACK" and ev.trigger == "attaque"]
    clash = [ev for ev in found if ev.type == "ARMED_CLASH" and ev.trigger == "accrochage"]
    assert attack and all(ev.date == "2024-02-26" for ev in attack)
    assert clash and all(ev.date == "2024-02-26" for ev in clash)


def test_a_telling_day_after_its_verb_is_no_running_date(events_fr):
    """ "ont indiqué mardi des sources": the day of the telling does not date the next sentence's deed."""
    found = events_fr(
        "DALLA (Mali), 27 février 2024 - Des combattants du Front de libération du Kouroumari ont attaqué lundi "
        "un poste de gendarmerie à Dalla.\n\n"
        "L'armée a indiqué mardi avoir lancé une opération de ratissage. Trois membres du Front de libération "
        "du Kouroumari ont été arrêtés par les gendarmes près de Koro."
    )
    arrests = [ev for ev in found if ev.type == "ARREST"]
    assert arrests and all(ev.date == "2024-02-26" for ev in arrests)


def test_a_participle_coordinated_without_its_auxiliary_is_the_storys_date(events_fr):
    """ "neuf chauffeurs ont été tués et quatorze camions incendiés lundi": "incendiés lundi" is the second
    verb of the lede (its auxiliary left out), not a description of the trucks, so Monday is the story's."""
    found = events_fr(
        "DALLA (Mali), 27 février 2024 - Au moins neuf chauffeurs routiers ont été tués et quatorze camions "
        "incendiés lundi sur la route entre Dalla et Koro.\n\n"
        "Dans la soirée, des membres du groupe d'autodéfense Dan Kura de Sobane, une milice alliée aux Forces "
        "armées maliennes (FAMa), ont pris en chasse les assaillants. L'accrochage, survenu près du village de "
        "Tassa, a fait deux morts dans les rangs de la milice."
    )
    # the evening's chase (the militia's clash with "les assaillants" was built on reading them as the army the
    # militia is allied to, which a group noun no longer is: twenty-eighth round, branch evtcoref34)
    chase = [ev for ev in found if ev.type == "ATTACK" and ev.trigger == "pris"]
    assert chase and all(ev.date == "2024-02-26" for ev in chase)


def test_an_announcement_is_no_claim(events_fr):
    """ "a annoncé trois jours plus tard l'exécution de l'otage": an announcement may be the deed's own day;
    only a claim of responsibility looks back at a deed already dated."""
    found = events_fr(
        "Le 22 juillet 2010, un raid de l'armée contre un camp du Front de libération du Kouroumari a fait six "
        "morts. Le Front de libération du Kouroumari a annoncé trois jours plus tard l'exécution de l'otage "
        "Jean Marlin."
    )
    killed = [ev for ev in found if ev.type == "KILLING" and ev.trigger == "exécution"]
    assert killed and all(ev.date == "2010-07-25" for ev in killed)
