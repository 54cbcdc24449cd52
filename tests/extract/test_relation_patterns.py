"""Relation patterns that generalise across reports: splits, described units, appointments, fights."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "tanko": ("PERSON", ["Ali Tanko", "Tanko"]),
    "wanou": ("PERSON", ["Issa Wanou"]),
    "sidi": ("PERSON", ["Hamdi Ould Sidi"]),
    "front": ("ORGANIZATION", ["Front for Gourma Renewal", "FGR"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "dawa": ("ORGANIZATION", ["Jund al-Dawa"]),
    "niger_army": ("ORGANIZATION", ["Nigerien army"]),
    "kel": ("COMMUNITY", ["Kel Ansar"]),
    "tuareg": ("COMMUNITY", ["Tuareg"]),
    "niger": ("LOCATION", ["Niger"]),
    "zinder": ("LOCATION", ["Zinder"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "gourma": ("LOCATION", ["Gourma"]),
    "ayorou": ("LOCATION", ["Ayorou"]),
    "mali": ("LOCATION", ["Mali"]),
    "mopti": ("LOCATION", ["Mopti"]),
    "nigeria": ("LOCATION", ["Nigeria"]),
}


def triples(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # splits: the group left is the new group's predecessor
        (
            "In 2016 Ali Tanko left the Katiba Nour with two hundred fighters and founded Jund al-Dawa.",
            ("dawa", "SUCCESSOR_OF", "katiba"),
        ),
        (
            "In June 2014 Ali Tanko led his men out of the Katiba Nour to form Jund al-Dawa.",
            ("dawa", "SUCCESSOR_OF", "katiba"),
        ),
        (
            "In June 2014 Ali Tanko led his men out of the Katiba Nour to form Jund al-Dawa.",
            ("tanko", "FOUNDED", "dawa"),
        ),
        (
            "Jund al-Dawa was created in 1998 by Ali Tanko, a regional commander of the Katiba Nour who "
            "broke with the parent movement over its killings.",
            ("dawa", "SUCCESSOR_OF", "katiba"),
        ),
        # passive founder: the parser hangs "by" on the place phrase
        (
            "Jund al-Dawa was formed in 2009 in the dunes of the Gourma, a district of eastern Niger, by "
            "Ali Tanko, who took a kunya.",
            ("tanko", "FOUNDED", "dawa"),
        ),
        # a group described as another's unit
        (
            "In 2015 the Katiba Nour was renamed Jund al-Dawa, presented as the FGR's brigade for the Gourma.",
            ("dawa", "SUBUNIT_OF", "front"),
        ),
        (
            "In 2015 the Katiba Nour was renamed Jund al-Dawa, presented as the FGR's brigade for the Gourma.",
            ("dawa", "OPERATES_IN", "gourma"),
        ),
        ("Later the Katiba Nour became the FGR's Saharan branch.", ("katiba", "SUBUNIT_OF", "front")),
        (
            "The Katiba Nour, generally shortened to Nour, began as the youth wing of the Front for Gourma Renewal.",
            ("katiba", "SUBUNIT_OF", "front"),
        ),
        # appointments: the appointee takes the "as" role
        (
            "In 2016 the FGR chose Ali Tanko as the new emir of the Katiba Nour.",
            ("tanko", "LEADER_OF", "katiba"),
        ),
        (
            "The alarm spread to the Front for Gourma Renewal, which in 2016 named Ali Tanko, a son of "
            "Issa Wanou, as the new wali of the Katiba Nour.",
            ("tanko", "LEADER_OF", "katiba"),
        ),
        # fighting between groups
        (
            "In 2018 the Katiba Nour clashed with the Front for Gourma Renewal near Tessit.",
            ("katiba", "HOSTILE_TO", "front"),
        ),
        (
            "In 2018 the Katiba Nour overran a Nigerien army base at Tessit.",
            ("katiba", "HOSTILE_TO", "niger_army"),
        ),
        # an aim of defeating, a fight against (press releases and speeches)
        (
            "The Nigerien army stands ready to defeat the Katiba Nour and end the violence.",
            ("niger_army", "HOSTILE_TO", "katiba"),
        ),
        (
            "Niger supports the Nigerien army in its fight against Jund al-Dawa.",
            ("niger_army", "HOSTILE_TO", "dawa"),
        ),
        # "the two factions", "both groups": the organisations last named together
        (
            "In 2016 the split left the Katiba Nour and Jund al-Dawa. The two factions then fought each other.",
            ("katiba", "HOSTILE_TO", "dawa"),
        ),
        (
            "In 2016 the split left the Katiba Nour and Jund al-Dawa. The Nigerien army has fought both "
            "factions since then.",
            ("niger_army", "HOSTILE_TO", "dawa"),
        ),
        # membership listed past a clause the parser mis-attaches
        (
            "Ali Tanko, a Tuareg called 'Red Beard' because he dyed his beard, who had passed through the "
            "FGR and Jund al-Dawa before resurfacing in Zinder.",
            ("tanko", "MEMBER_OF", "dawa"),
        ),
        # presence
        ("In 2012 Ali Tanko joined the Katiba Nour, which then held Zinder.", ("katiba", "OPERATES_IN", "zinder")),
        # containment
        ("Gunmen struck the market in Zinder, in the north-east of Niger.", ("zinder", "LOCATED_IN", "niger")),
        ("Gunmen stormed the Tessit mall in Zinder in 2013.", ("tessit", "LOCATED_IN", "zinder")),
        ("It was founded in the town of Ayorou, on the Gourma plateau.", ("ayorou", "LOCATED_IN", "gourma")),
        ("Fighting spread to Mali's Mopti region in 2015.", ("mopti", "LOCATED_IN", "mali")),
        # "in Y's Z region": the nearest container is the possessed place, which lies in the possessor
        ("Gunmen attacked Tessit, in Niger's western Zinder region.", ("tessit", "LOCATED_IN", "zinder")),
        ("Gunmen attacked Tessit, in Niger's western Zinder region.", ("zinder", "LOCATED_IN", "niger")),
        ("Zinder is the stronghold of the Katiba Nour.", ("katiba", "OPERATES_IN", "zinder")),
        ("The Katiba Nour is active in the Gourma.", ("katiba", "OPERATES_IN", "gourma")),
        # a base or camp is the clause subject's where the noun names no holder of its own
        ("In 2019 the Katiba Nour set up a camp in the Gourma.", ("katiba", "OPERATES_IN", "gourma")),
        ("The Katiba Nour has maintained training camps in the Gourma.", ("katiba", "OPERATES_IN", "gourma")),
        # a force's post or standing unit named with the force
        ("The Nigerien army's brigade in Zinder holds the town.", ("niger_army", "OPERATES_IN", "zinder")),
        ("Officials say the militia receives fuel from the FGR post at Tessit.", ("front", "OPERATES_IN", "tessit")),
        # lineage
        ("In 2014 the Katiba Nour broke away from the FGR.", ("katiba", "SUCCESSOR_OF", "front")),
        ("The Katiba Nour split from the FGR in 2014.", ("katiba", "SUCCESSOR_OF", "front")),
        (
            "The Katiba Nour, a faction of the Front for Gourma Renewal, struck Zinder.",
            ("katiba", "SUBUNIT_OF", "front"),
        ),
        ("Jund al-Dawa is an offshoot of the Katiba Nour.", ("dawa", "SUCCESSOR_OF", "katiba")),
        (
            "Jund al-Dawa, a splinter group of the Katiba Nour, appeared in 2016.",
            ("dawa", "SUCCESSOR_OF", "katiba"),
        ),
        # leadership and founding, active and passive
        ("The Katiba Nour, led by Ali Tanko, attacked Zinder in 2015.", ("tanko", "LEADER_OF", "katiba")),
        ("The Katiba Nour, founded in 2012 by Ali Tanko, attacked Zinder.", ("tanko", "FOUNDED", "katiba")),
        ("Ali Tanko, a founding member of the Katiba Nour, was killed.", ("tanko", "FOUNDED", "katiba")),
        ("Ali Tanko, still the emir of the Katiba Nour, was killed in 2019.", ("tanko", "LEADER_OF", "katiba")),
        (
            "The Nigerien army launched an offensive against the Katiba Nour in 2016.",
            ("niger_army", "HOSTILE_TO", "katiba"),
        ),
        ("The Katiba Nour is a mostly Tuareg group.", ("katiba", "AFFILIATED_WITH", "tuareg")),
        # the side stood by does what the infinitive says too; help given "in the fight" names the fighter
        (
            "The Nigerien army stands by the Front for Gourma Renewal to defeat the Katiba Nour.",
            ("front", "HOSTILE_TO", "katiba"),
        ),
        (
            "The Nigerien army stands by the Front for Gourma Renewal to defeat the Katiba Nour.",
            ("niger_army", "HOSTILE_TO", "katiba"),
        ),
        (
            "Issa Wanou reiterated his support for the Front for Gourma Renewal in the fight against the Katiba Nour.",
            ("front", "HOSTILE_TO", "katiba"),
        ),
        (
            "Niger remains steadfast in its support of Jund al-Dawa and the Kel Ansar in their fight against the "
            "Katiba Nour.",
            ("kel", "HOSTILE_TO", "katiba"),
        ),
        (
            "In 2015 Jund al-Dawa improved the FGR's defences against the Katiba Nour.",
            ("front", "HOSTILE_TO", "katiba"),
        ),
        # a release's title line: "X, commander, Y" without "of"
        (
            "Ali Tanko, commander, Front for Gourma Renewal, met the Nigerien army in Zinder.",
            ("tanko", "LEADER_OF", "front"),
        ),
        # leading some of a group's men, or being one of its commanders, is membership
        ("In 2016 Ali Tanko commanded Katiba Nour fighters near Tessit.", ("tanko", "MEMBER_OF", "katiba")),
        ("In 2016 Ali Tanko commanded a Katiba Nour group near Tessit.", ("tanko", "MEMBER_OF", "katiba")),
        (
            "The Katiba Nour struck Zinder in 2014. One of its commanders, Ali Tanko, was captured in 2015.",
            ("tanko", "MEMBER_OF", "katiba"),
        ),
        ("In 2016 Ali Tanko commanded the Katiba Nour near Tessit.", ("tanko", "LEADER_OF", "katiba")),
        # a partner, a listing's "associated with"
        ("Niger has been a valued partner of the Front for Gourma Renewal.", ("niger", "ALLY_OF", "front")),
        (
            "Ali Tanko was listed in 2019 as being associated with the Katiba Nour.",
            ("tanko", "ALLY_OF", "katiba"),
        ),
        # help given to an action helps the side that acts: "supported the re-taking by X"
        (
            "Niger and the Nigerien army have supported the re-taking by the Front for Gourma Renewal of Tessit.",
            ("niger_army", "ALLY_OF", "front"),
        ),
        (
            "Niger and the Nigerien army have supported the re-taking by the Front for Gourma Renewal of Tessit.",
            ("niger", "ALLY_OF", "front"),
        ),
        # a posting
        ("Ali Tanko was assigned to the Katiba Nour in 2014.", ("tanko", "MEMBER_OF", "katiba")),
        # citizenship and kinship
        ("Ali Tanko, a Nigerian national, was arrested in 2015.", ("tanko", "CITIZEN_OF", "nigeria")),
        ("The Malian preacher Ali Tanko was arrested in 2015.", ("tanko", "CITIZEN_OF", "mali")),
        ("Ali Tanko, the brother of Issa Wanou, was arrested.", ("tanko", "KIN_OF", "wanou")),
        ("Ali Tanko's cousin Issa Wanou was arrested in 2015.", ("wanou", "KIN_OF", "tanko")),
        ("Issa Wanou, Ali Tanko's father-in-law, was arrested in 2015.", ("wanou", "KIN_OF", "tanko")),
        # community ties
        (
            "In 2016 Ali Tanko founded Jund al-Dawa, which he led and which drew most of its men from the "
            "Kel Ansar, a Tuareg tribe.",
            ("dawa", "AFFILIATED_WITH", "kel"),
        ),
        (
            "In 2012 Ali Tanko married a daughter of Hamdi Ould Sidi, a notable of the Kel Ansar.",
            ("tanko", "KIN_OF", "kel"),
        ),
    ],
)
def test_relation_pattern(facts, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert expected in triples(rels)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a strike on a person, or one by a state, is an event alone
        ("In 2019 the Nigerien army killed Ali Tanko near Tessit.", ("niger_army", "HOSTILE_TO", "tanko")),
        # "the kidnappers were led by X": a band of men, not the group last named
        (
            "The Katiba Nour struck in 2003. The kidnappers were led by Ali Tanko.",
            ("tanko", "LEADER_OF", "katiba"),
        ),
        # who gives the help is not the one who fights
        (
            "Issa Wanou reiterated his support for the Front for Gourma Renewal in the fight against the Katiba Nour.",
            ("wanou", "HOSTILE_TO", "katiba"),
        ),
        # a title line reads only a bare title: "a commander" is one of several
        (
            "Ali Tanko, a commander, Front for Gourma Renewal and the Nigerien army met in Zinder.",
            ("tanko", "LEADER_OF", "front"),
        ),
        ("In 2016 Ali Tanko commanded Katiba Nour fighters near Tessit.", ("tanko", "LEADER_OF", "katiba")),
        (
            "The Katiba Nour struck Zinder in 2014. One of its commanders, Ali Tanko, was captured in 2015.",
            ("tanko", "LEADER_OF", "katiba"),
        ),
        # a birthplace is not a citizenship
        ("Ali Tanko was born in Niger in 1970.", ("tanko", "CITIZEN_OF", "niger")),
        # only the slot's own name, not its apposition
        (
            "The Katiba Nour recruited among the Kel Ansar, a Tuareg tribe.",
            ("katiba", "AFFILIATED_WITH", "tuareg"),
        ),
        # the nearest container only (the gold's convention): not "Tessit in Niger" past "Niger's Zinder"
        ("Gunmen attacked Tessit, in Niger's western Zinder region.", ("tessit", "LOCATED_IN", "niger")),
        # a list of places with their generic word, after a colon, a table's bar or a bracket, is no containment
        ("Active in: Zinder region, Tessit region, Ayorou", ("zinder", "LOCATED_IN", "tessit")),
        ("Active in: Zinder region, Tessit region, Ayorou", ("tessit", "LOCATED_IN", "ayorou")),
        ("Katiba Nour | Ali Tanko | Zinder, Tessit", ("zinder", "LOCATED_IN", "tessit")),
        ("Active regions: Mopti (Mali), Zinder, Tessit region (Niger)", ("zinder", "LOCATED_IN", "tessit")),
        # a base the sentence's actor attacks is not its own
        ("In 2019 the Katiba Nour overran an army base at Tessit.", ("katiba", "OPERATES_IN", "tessit")),
        (
            "The Nigerien army launched an operation after an attack on the base at Tessit.",
            ("niger_army", "OPERATES_IN", "tessit"),
        ),
        ("In 2019 the Katiba Nour overran an FGR base at Tessit.", ("katiba", "OPERATES_IN", "tessit")),
        # the group left is not a founder of the new one
        (
            "In June 2014 Ali Tanko led his men out of the Katiba Nour to form Jund al-Dawa.",
            ("katiba", "FOUNDED", "dawa"),
        ),
    ],
)
def test_relation_pattern_not_over_read(facts, text: str, absent: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert absent not in triples(rels)
