"""Events on small hand-written sentences with invented actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PEOPLE = {
    "hamdi": ("PERSON", ["Hamdi Ould Sidi", "Ould Sidi"]),
    "tanko": ("PERSON", ["Ali Tanko", "Tanko"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour", "Nour"]),
    "front": ("ORGANIZATION", ["Front for Gourma Renewal", "FAR"]),
    "niger_army": ("ORGANIZATION", ["Nigerien army"]),
    "niger": ("LOCATION", ["Niger"]),
    "chad": ("LOCATION", ["Chad"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "zinder": ("LOCATION", ["Zinder"]),
    "kel": ("COMMUNITY", ["Kel Ansar"]),
}


def roles(ev) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(p.entity, p.role) for p in ev.participants}


def one(events, etype):  # type: ignore[no-untyped-def]
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


def test_abduction_agent_patient_place_count_date(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In March 2014 the Katiba Nour kidnapped five French engineers near Zinder, in Niger."
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "ABDUCTION")
    assert ("katiba", "agent") in roles(ev)
    assert ev.location == "zinder"
    assert ev.count == 5
    assert ev.date == "2014-03"
    assert ev.trigger == "kidnapped"
    assert ev.evidence and ev.evidence[0].text.startswith("In March 2014")


def test_passive_arrest_and_transfer_with_mediator(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May 2015 Hamdi Ould Sidi crossed the desert. In June 2015 he was captured by the "
        "Front for Gourma Renewal, which later handed him over to Niger after mediation by Chad."
    )
    _, events, _ = facts(text, PEOPLE)
    arrest = one(events, "ARREST")
    assert {("front", "agent"), ("hamdi", "patient")} <= roles(arrest)
    assert arrest.date == "2015-06"
    transfer = one(events, "TRANSFER")
    assert ("hamdi", "patient") in roles(transfer)
    assert ("niger", "other") in roles(transfer)
    assert ("chad", "mediator") in roles(transfer)


def test_pronoun_and_possessive_resolve_to_the_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ali Tanko commanded the Katiba Nour from 2009. In April 2011 his men attacked a garrison "
        "of the Nigerien army at Tessit, killing twelve soldiers."
    )
    _, events, _ = facts(text, PEOPLE)
    attack = one(events, "ATTACK")
    assert ("tanko", "agent") in roles(attack)
    assert ("niger_army", "patient") in roles(attack)
    assert attack.location == "tessit"
    assert attack.count == 12  # the attack keeps the toll; the killing is an event of its own too


def test_relative_date_resolves_against_the_narrative(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In July 2012 the Katiba Nour fought the Front for Gourma Renewal. "
        "Two months later the Katiba Nour joined the Front."
    )
    _, events, _ = facts(text, PEOPLE)
    clash = one(events, "ARMED_CLASH")
    assert {("katiba", "agent"), ("front", "agent")} <= roles(clash)
    assert clash.date == "2012-07"
    allegiance = one(events, "ALLEGIANCE")
    assert allegiance.date == "2012-09"


def test_founding_and_renaming_roles(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ali Tanko founded the Katiba Nour in 2008. In 2014 the Katiba Nour was renamed the "
        "Front for Gourma Renewal."
    )
    _, events, _ = facts(text, PEOPLE)
    founding = one(events, "FOUNDING")
    assert {("tanko", "agent"), ("katiba", "patient")} <= roles(founding)
    assert founding.date == "2008"
    renaming = one(events, "RENAMING")
    assert {("front", "patient"), ("katiba", "other")} <= roles(renaming)


def test_marriage_and_sentencing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Tanko married into the Kel Ansar. In 2016 he was sentenced in Niger to twenty years."
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "agent"), ("kel", "other")} <= roles(one(events, "MARRIAGE"))
    sentencing = one(events, "SENTENCING")
    assert ("tanko", "patient") in roles(sentencing)
    assert sentencing.location == "niger"


def test_no_event_without_a_named_participant(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Unknown men attacked a convoy.", PEOPLE)
    assert events == []


def test_headings_are_not_narrative(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour and the capture of Tessit\n\nAli Tanko founded the Katiba Nour in 2008."
    _, events, _ = facts(text, PEOPLE)
    assert [e.type for e in events] == ["FOUNDING"]


def test_merger_product_is_the_patient_of_the_merger(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {
        **PEOPLE,
        "ansar": ("ORGANIZATION", ["Ansar Brigade"]),
        "gourma": ("ORGANIZATION", ["Gourma Front"]),
    }
    text = "In 2020 the Katiba Nour merged with the Ansar Brigade to form the Gourma Front."
    rels, events, _ = facts(text, spec)
    merger = one(events, "RENAMING")
    assert {("katiba", "other"), ("ansar", "other"), ("gourma", "patient")} <= roles(merger)
    assert not [e for e in events if e.type == "FOUNDING"]
    assert {("gourma", "SUCCESSOR_OF", "katiba"), ("gourma", "SUCCESSOR_OF", "ansar")} <= {
        (r.subject, r.predicate, r.object) for r in rels
    }


@pytest.mark.parametrize(
    "text",
    ["The Katiba Nour attacked the border post at Tessit.", "In the form of a statement, Tanko spoke."],
)
def test_verb_only_triggers(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type in ("APPOINTMENT", "FOUNDING")]


def test_plural_member_subject_is_the_antecedent_of_they(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the summer of 2017 Tanko's men ambushed a patrol of the Nigerien army near Tessit. "
        "Two months later they kidnapped three teachers in Zinder."
    )
    _, events, _ = facts(text, PEOPLE)
    abduction = one(events, "ABDUCTION")
    assert ("tanko", "agent") in roles(abduction)
    assert abduction.count == 3
    assert abduction.date == "2017-08"
    assert ("tanko", "agent") in roles(one(events, "ATTACK"))


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour did not attack Tessit in 2012.",
        "The Katiba Nour held back from carrying out operations against the Nigerien army.",
        "Tanko, a Peul preacher named after the Tessit valley, spoke in 2012.",
    ],
)
def test_no_event_when_negated_or_not_an_appointment(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type in ("ATTACK", "APPOINTMENT")]


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the Katiba Nour had attacked Tessit, the minister gave no answer.",
        "Whether the Katiba Nour resumes attacks on Tessit is unclear.",
        "In 2012 the Katiba Nour announced that it would attack Tessit.",
        "The Front for Gourma Renewal calls on all parties to stop the attacks on Tessit by the Katiba Nour.",
        "The Katiba Nour offered to mediate for the release of Ali Tanko.",
        "Al Nour said that none of its fighters had attacked Tessit.",
        "No Katiba Nour fighters attacked or abducted anyone in Tessit.",
    ],
)
def test_no_event_when_asked_conditional_future_or_nobody(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type in ("ATTACK", "TRANSFER", "ABDUCTION")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 Hamdi Ould Sidi declared that the Katiba Nour would henceforth operate as the FAR.",
        "The Nigerien army considered Ali Tanko a threat and killed him near Tessit in 2019.",
        "The Front for Gourma Renewal will patrol the border, and the Katiba Nour attacked Tessit in 2012.",
    ],
)
def test_a_declaration_or_a_coordinated_clause_is_no_future(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {e.type for e in events} & {"RENAMING", "KILLING", "ATTACK"}


def test_named_killing_in_an_ambush_stays_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2014 the Nigerien army ambushed a convoy near Tessit, "
        "killing Ali Tanko and five of his men."
    )
    _, events, _ = facts(text, PEOPLE)
    killing = one(events, "KILLING")
    assert {("niger_army", "agent"), ("tanko", "patient")} <= roles(killing)
    assert killing.date == "2014-05-03"


def test_a_person_joining_is_membership_not_allegiance(facts) -> None:  # type: ignore[no-untyped-def]
    rels, events, _ = facts("In 2012 Ali Tanko joined the Katiba Nour.", PEOPLE)
    assert not [e for e in events if e.type == "ALLEGIANCE"]
    assert ("tanko", "MEMBER_OF", "katiba") in {(r.subject, r.predicate, r.object) for r in rels}


def test_go_between_is_the_mediator(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2014 Ali Tanko mediated between the Katiba Nour and the Front for Gourma Renewal."
    _, events, _ = facts(text, PEOPLE)
    mediation = one(events, "MEDIATION")
    assert {("tanko", "mediator"), ("katiba", "agent"), ("front", "agent")} <= roles(mediation)


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("In 2014 the Nigerien army ambushed Ali Tanko's convoy near Tessit.", "tanko"),
        ("In 2021 the Katiba Nour stormed the FAR's hideout in Zinder.", "front"),
    ],
)
def test_the_owner_of_an_attacked_target_is_the_patient(facts, text: str, patient: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert (patient, "patient") in roles(one(events, "ATTACK"))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the parser hangs the passive's "by" on the place phrase before it
        (
            "The Katiba Nour was formed in 2009 in the dunes of Tessit, a district of eastern Niger, by Ali Tanko.",
            "tanko",
        ),
        # a split: who left the old group founded the new one, the old group is its predecessor
        ("In June 2014 Ali Tanko led his men out of the FAR to form the Katiba Nour.", "tanko"),
    ],
)
def test_founders_found_past_the_parse(facts, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert (agent, "agent") in roles(one(events, "FOUNDING"))


@pytest.mark.parametrize(
    "text",
    ["Ali Tanko is married to a daughter of Hamdi Ould Sidi.", "Ali Tanko was married to Hamdi Ould Sidi's niece."],
)
def test_a_predicative_marriage_is_a_marriage(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "agent"), ("hamdi", "other")} <= roles(one(events, "MARRIAGE"))


@pytest.mark.parametrize(
    "text", ["Ali Tanko died in Zinder in 2017.", "The Katiba Nour was led by Ali Tanko until his death in 2017."]
)
def test_a_named_death_is_recorded(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    killing = one(events, "KILLING")
    assert ("tanko", "patient") in roles(killing)
    assert killing.date == "2017"


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Ali Tanko was sentenced to death by a court in Niger.",
        "The Katiba Nour said no fighters from its ranks had died at Tessit.",
        "The Nigerien army said no one was killed in Zinder.",
    ],
)
def test_no_killing_in_a_death_sentence_or_a_denial(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "KILLING"]


def test_moving_between_places_is_a_movement(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2022 Ali Tanko moved from Tessit to Zinder.", PEOPLE)
    movement = one(events, "MOVEMENT")
    assert ("tanko", "agent") in roles(movement)
    assert movement.location == "zinder"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 2020 the Katiba Nour seized the port of Tessit.", "ATTACK"),
        ("In 2020 the Katiba Nour captured Zinder.", "ATTACK"),
        ("In 2020 the Katiba Nour captured Ali Tanko near Zinder.", "ARREST"),
    ],
)
def test_taking_ground_is_an_attack_taking_people_is_not(facts, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, etype)
    assert ("katiba", "agent") in roles(ev)
    assert not [e for e in events if e.type in {"ATTACK", "ARREST", "ABDUCTION"} - {etype}]


def test_since_dates_a_post_taken_but_not_a_fight(facts) -> None:  # type: ignore[no-untyped-def]
    from reportgraph.extract.events import _started
    from reportgraph.ontology import default_ontology

    types = default_ontology().event_types
    assert _started("2014/..", types["APPOINTMENT"]) == "2014"  # "has led the group since 2014"
    assert _started("2014-03/2014-05", types["APPOINTMENT"]) == "2014-03/2014-05"
    _, events, _ = facts("The Katiba Nour has fought the Nigerien army since 2016.", PEOPLE)
    assert one(events, "ARMED_CLASH").date == "2016/.."


@pytest.mark.parametrize(
    ("text", "founded", "founder"),
    [
        ("Katiba Nour, the coalition formed in March 2017 by Hamdi Ould Sidi, attacked Tessit.", "katiba", "hamdi"),
        ("Hamdi Ould Sidi joined the Front for Gourma Renewal, a group formed in 2015 by Ali Tanko.", "front", "tanko"),
    ],
)
def test_the_noun_a_founding_participle_describes_is_what_was_founded(  # type: ignore[no-untyped-def]
    facts, text: str, founded: str, founder: str
) -> None:
    _, events, _ = facts(text, PEOPLE)
    assert {(founded, "patient"), (founder, "agent")} <= roles(one(events, "FOUNDING"))


def test_a_datelines_place_is_no_actor(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ZINDER, Dec 11, 2019 (Sahel Wire) - Gunmen killed at least seventy-one soldiers in an assault on an "
        "army camp at Tessit in Niger's western region on Tuesday, the defence ministry said."
    )
    _, events, _ = facts(text, {**PEOPLE, "zinder": ("LOCATION", ["Zinder", "ZINDER"])})
    assert events
    assert not any(p.entity == "zinder" for ev in events for p in ev.participants)


@pytest.mark.parametrize("who", ["the insurgents", "the group"])
def test_bare_insurgents_are_the_group_in_focus(facts, who: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Katiba Nour has grown since 2014. The Nigerien army patrols the area. Katiba Nour recruits in Tessit. "
        "Rains were poor. Herders moved south. Markets closed early. Prices rose. Schools shut.\n\n"
        f"- On 3 May {who} abducted five teachers near Zinder."
    )
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "ABDUCTION")
    assert ("katiba", "agent") in roles(ev)
    assert ev.date == "2014-05-03"


@pytest.mark.parametrize("attackers", ["Gunmen", "Militants", "Assailants"])
def test_bare_plural_attackers_are_the_group_in_focus(facts, attackers: str) -> None:  # type: ignore[no-untyped-def]
    # the corpus's gold gives such an attack the group the report is about as its agent
    text = (
        "Katiba Nour has grown since 2014. The Nigerien army patrols the area. Katiba Nour recruits in Tessit. "
        f"{attackers} attacked an army post near Zinder on 3 May."
    )
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "ATTACK"))


@pytest.mark.parametrize("attackers", ["A gunman", "Unidentified gunmen", "Some militants"])
def test_unidentified_attackers_are_nobody(facts, attackers: str) -> None:  # type: ignore[no-untyped-def]
    # an indefinite or described attacker: the report does not say who, so the graph does not either
    text = (
        "Katiba Nour has grown since 2014. The Nigerien army patrols the area. Katiba Nour recruits in Tessit. "
        f"{attackers} attacked an army post near Zinder on 3 May."
    )
    _, events, _ = facts(text, PEOPLE)
    assert not any(p.entity == "katiba" for ev in events for p in ev.participants)


@pytest.mark.parametrize(
    ("text", "etype", "who"),
    [
        ("In May 2016 the Nigerien army apprehended Ali Tanko near Zinder.", "ARREST", ("tanko", "patient")),
        ("In 2016 Katiba Nour fighters burned the market of Tessit.", "ATTACK", ("katiba", "agent")),
        ("In 2017 the Nigerien army repelled a raid by Katiba Nour on Tessit.", "ARMED_CLASH", ("niger_army", "agent")),
        ("The Nigerien army rescued Ali Tanko in June 2018.", "TRANSFER", ("tanko", "patient")),
        ("In 2019 Katiba Nour evacuated its wounded to Zinder.", "MOVEMENT", ("katiba", "agent")),
    ],
)
def test_more_trigger_words(facts, text: str, etype: str, who: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert who in roles(one(events, etype))


def test_a_definite_event_noun_refers_back_to_the_event_told_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour attacked Tessit on 3 May 2012. Two days later the Front for Gourma Renewal "
            "claimed the attack. Ali Tanko was wounded during the attack.")
    _, events, _ = facts(text, PEOPLE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert len(attacks) == 1, [(e.trigger, roles(e)) for e in attacks]
    assert {("katiba", "agent"), ("front", "agent")} <= roles(attacks[0])
    assert attacks[0].date == "2012-05-03"


def test_an_event_noun_with_its_own_target_is_another_event(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour attacked Tessit in 2012. The Front for Gourma Renewal carried out the attack on Zinder."
    _, events, _ = facts(text, PEOPLE)
    assert len([e for e in events if e.type == "ATTACK"]) == 2


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2014 a court in Zinder condemned Ali Tanko to death.", True),
        ("In 2014 the Kel Ansar condemned the attacks of the Katiba Nour on Tessit.", False),
    ],
)
def test_condemned_to_a_penalty_is_a_verdict_a_denunciation_is_not(facts, text: str, verdict: bool) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert any(e.type == "SENTENCING" for e in events) is verdict


def test_who_condemns_or_flees_an_event_does_not_do_it(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2014 the Kel Ansar condemned the attack by the Katiba Nour near Tessit.", PEOPLE)
    attack = one(events, "ATTACK")
    assert ("kel", "agent") not in roles(attack) and ("katiba", "agent") in roles(attack)


def test_a_date_inside_an_apposition_dates_only_the_apposition(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour was announced on 2 March 2017 in a video. Ali Tanko, a Peul of the Gourma and "
            "a veteran of the 1990 rebellion, was named emir of the Katiba Nour.")
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "APPOINTMENT").date == "2017-03-02"


def test_a_subject_an_opening_date_took_as_its_object(facts) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "2016 KN fighters" as the object of "On": the verb has no subject
    text = "On 3 May 2016 KN fighters ambushed villagers returning from the weekly market at Tessit."
    _, events, _ = facts(text, {**PEOPLE, "katiba": ("ORGANIZATION", ["Katiba Nour", "KN"])})
    ev = one(events, "ATTACK")
    assert ("katiba", "agent") in roles(ev)
    assert ev.date == "2016-05-03"


def test_a_verdict_without_a_date_of_its_own_takes_the_judgment_date(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Criminal court of Niamey - judgment of 24 April 2025\n\n"
        "In 2019 Ali Tanko travelled to Niger. He was arrested in Zinder in March 2020. "
        "He was sentenced to twenty years."
    )
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "SENTENCING").date == "2025-04-24"
    assert one(events, "ARREST").date == "2020-03"  # what the court tried keeps its own date


def test_a_verdict_stating_its_date_keeps_it(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Judgment of 24 April 2025. Ali Tanko was first sentenced in absentia in March 2021."
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "SENTENCING").date == "2021-03"


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 the Katiba Nour attacked a post near Tessit, seized weapons and burned vehicles.",
        "In 2021 the Katiba Nour seized the goats of the herders near Zinder.",
        "In 1990 Ali Tanko seized power in a rebellion.",
    ],
)
def test_seizing_things_is_no_abduction(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type in ("ABDUCTION", "ARREST")]


def test_seizing_people_stays_an_abduction(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2021 the Katiba Nour seized Ali Tanko near Zinder.", PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "ABDUCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "In March 2015 Ali Tanko swore bay'ah to Hamdi Ould Sidi.",
        "In 2019 Ali Tanko renewed his oath to Hamdi Ould Sidi.",
        "In 2019 Ali Tanko declared loyalty to Hamdi Ould Sidi.",
    ],
)
def test_an_oath_or_loyalty_to_someone_is_allegiance(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "agent"), ("hamdi", "patient")} <= roles(one(events, "ALLEGIANCE"))


@pytest.mark.parametrize(
    "text",
    ["In 2019 Ali Tanko took the oath of office in Zinder.", "Ali Tanko played on tribal loyalties in Zinder."],
)
def test_an_oath_or_loyalty_to_nobody_is_no_allegiance(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ALLEGIANCE"]


def test_a_dateline_the_parser_hangs_on_the_subject_names_no_actor(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ZINDER, Niger, Sept 16, 2025 (Sahel Wire) - Insurgents killed at least 11 villagers and burned a church "
        "in an overnight raid on a village in Niger's Tessit province, officials said on Tuesday."
    )
    _, events, _ = facts(text, {**PEOPLE, "zinder": ("LOCATION", ["Zinder", "ZINDER"])})
    agents = {p.entity for e in events for p in e.participants if p.role == "agent"}
    assert not agents & {"zinder", "niger"}


def test_an_insurgent_noun_is_never_the_state_force_named_last(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Katiba Nour attacked Tessit in 2012. The Katiba Nour raided Zinder in 2013. "
        "The Nigerien army offered a reward for its emir. In December 2014 the militants killed 36 workers near Tessit."
    )
    _, events, _ = facts(text, PEOPLE)
    killing = next(e for e in events if e.type == "KILLING")
    assert ("niger_army", "agent") not in roles(killing)
    assert ("katiba", "agent") in roles(killing)


def test_launching_a_named_operation_is_an_attack_not_a_founding(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {**PEOPLE, "op": ("ORGANIZATION", ["Operation Desert Wind"])}
    text = "In June 2014 the Nigerien army launched Operation Desert Wind against the Katiba Nour near Tessit."
    _, events, _ = facts(text, spec)
    assert not [e for e in events if e.type == "FOUNDING"]
    attack = one(events, "ATTACK")
    assert {("niger_army", "agent"), ("op", "agent")} <= roles(attack)


def test_launching_a_group_is_still_a_founding(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2015 Ali Tanko launched the Katiba Nour in Tessit.", PEOPLE)
    assert ("katiba", "patient") in roles(one(events, "FOUNDING"))


def test_gunmen_after_a_dateline_are_the_group_in_focus(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ZINDER, Dec 11, 2019 (Sahel Wire) - Gunmen killed at least seventy-one soldiers in an assault on an "
        "army camp at Tessit in Niger's western region on Tuesday, the defence ministry said. The Katiba Nour "
        "claimed the attack. The Katiba Nour has grown since 2015."
    )
    _, events, _ = facts(text, {**PEOPLE, "zinder": ("LOCATION", ["Zinder", "ZINDER"])})
    killing = one(events, "KILLING")
    assert ("katiba", "agent") in roles(killing)
    assert not any(p.entity == "zinder" for p in killing.participants)
