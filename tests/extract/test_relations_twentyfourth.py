"""French tables of groups (issue #11, twenty-fourth round), on hand-written tables with invented groups and
people: a header naming a group column, a leader column and a place column ("Groupe | Dirigeant | Bastion")
gives each row's leaders LEADER_OF its group and the group OPERATES_IN its places."""

from __future__ import annotations

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


_TABLE = (
    "Les principaux groupes armés du nord sont présentés ci-dessous.\n\n"
    "Groupe | Dirigeant | Bastion | Orientation\n"
    "Front des Collines | Moussa Kanté | Kidal, Tessalit | séparatiste\n"
    "Ligue du Désert | Ahmed Ould Sidi, Ali Baba Traoré | Gao | jihadiste\n\n"
    "Ces groupes se disputent le contrôle des routes entre Kidal et Gao.\n"
)


def test_a_leader_column_leads_the_group_of_its_row(fr_rules):
    """The rows were read as prose, a name beside a name: the leader was a member of the group."""
    rels = triples(fr_rules(_TABLE))
    assert ("Moussa Kanté", "LEADER_OF", "Front des Collines") in rels
    assert ("Ahmed Ould Sidi", "LEADER_OF", "Ligue du Désert") in rels
    assert ("Ali Baba Traoré", "LEADER_OF", "Ligue du Désert") in rels
    assert ("Moussa Kanté", "MEMBER_OF", "Front des Collines") not in rels


def test_a_place_column_is_where_the_group_of_its_row_operates(fr_rules):
    rels = triples(fr_rules(_TABLE))
    assert ("Front des Collines", "OPERATES_IN", "Kidal") in rels
    assert ("Front des Collines", "OPERATES_IN", "Tessalit") in rels
    assert ("Ligue du Désert", "OPERATES_IN", "Gao") in rels
    # a row's places are its own group's, not the next row's
    assert ("Ligue du Désert", "OPERATES_IN", "Kidal") not in rels


def test_header_words_with_a_plural_mark_and_a_complement(fr_rules):
    """ "Chef(s)", "Zone d'implantation": the cell's first word names the column."""
    text = ("Faction | Chef(s) | Zone d'implantation\n"
            "Mouvement du Plateau | Issa Maïga | Tombouctou\n\n"
            "Le mouvement a attaqué un poste près de Tombouctou en mars.\n")
    rels = triples(fr_rules(text))
    assert ("Issa Maïga", "LEADER_OF", "Mouvement du Plateau") in rels
    assert ("Mouvement du Plateau", "OPERATES_IN", "Tombouctou") in rels


def test_a_group_cell_naming_two_groups_gives_no_leader(fr_rules):
    """ "Ligue du Désert, Front des Collines": two groups in one cell (a unit and its parent, or allies); which
    one the row is about is not read."""
    text = ("Groupe | Dirigeant | Bastion\n"
            "Ligue du Désert, Front des Collines | Ahmed Ould Sidi | Gao\n")
    rels = triples(fr_rules(text))
    assert not any(r[1] == "LEADER_OF" and r[0] == "Ahmed Ould Sidi" for r in rels)


def test_a_table_without_a_group_column_gives_nothing(fr_rules):
    """A header with no group column ("Date | Lieu | Bilan") is no table of groups."""
    text = ("Date | Chef | Zone\n"
            "Mars 2020 | Moussa Kanté | Kidal\n")
    rels = triples(fr_rules(text))
    assert ("Moussa Kanté", "OPERATES_IN", "Kidal") not in rels
