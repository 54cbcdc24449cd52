"""Forty-sixth round (branch alias46), on hand-written text with invented names: an acronym in brackets before a full
stop and a reference marker ("the Armed Forces of Varnia (AFV).[4]") is a token of its own
(``nlp._REFERENCE_INFIXES``); a name a cue gives is followed by another audience's name for the same bearer ("known
to his fighters as A and to smugglers in Tessa as "B"") or a name of another kind ("known by the nom de guerre "A"
and the kunya B", ``aliases._named_by_others``); "born in 1993" after a listed name closes no list ('also known as
"A" and "B", born in 1993', ``aliases._listed_after``); a full name closed by a quoted nickname ('Cabdi Wariyow
"Geel"') answers to the name and to the nickname alone (``entities._merge_nicknames``), and so does one the rules
type a person without knowing the given name ('Maxamed Siyaad "Geeddi", was',
``aliases._nickname_after_full_name``); and such a name in a scenario's preface introduces its bearer there, before
a namesake named after it (``entities._short_form_links``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.nlp import load_nlp

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("the Armed Forces of Varnia (AFV).[4] Kamo denied it", "AFV"),
        ("the Armed Forces of Varnia (AFV)[4]. Kamo denied it", "AFV"),
        ('known as "Lion of Tessa".[5] He denied it', "Tessa"),
    ],
)
def test_bracket_before_reference_marker_is_cut(text: str, token: str) -> None:
    assert token in [t.text for t in load_nlp().make_doc(text)]


def test_acronym_before_reference_marker_is_an_alias(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Many of them died in the fighting with the Armed Forces of Varnia (AFV).[4] Kamo himself "
                "denied taking part in the siege.")
    assert found.same("Armed Forces of Varnia", "AFV")


@pytest.mark.parametrize(
    ("text", "full", "other"),
    [
        ('Bashir Dool Kanyare, known in the group as Abu Bakr al-Jiddi and to local people as "Toob" ("Shorty"), '
         "had led the group's operations in the region.", "Bashir Dool Kanyare", "Toob"),
        ("Moussa Tall, a herder from the province, is known to his co-accused by his kunya, Abu Hamza al-Sourou, "
         'and to villagers as "Grand Singe". According to prosecutors he headed recruitment.', "Moussa Tall",
         "Grand Singe"),
        ("Sidi Ould Lemrabott is a national known to his fighters as Abu Usama al-Trarzi and to fuel smugglers in "
         'Tessa as "Moul Hmar", the donkey man. Ould Lemrabott married into a local family.', "Sidi Ould Lemrabott",
         "Moul Hmar"),
        ('The group was led by Hamsani Jalis Tolkan. Tolkan, known by the nom de guerre "Kumander Dagat" and the '
         "kunya Abu Yahya al-Jolo, led the group and then the front.", "Hamsani Jalis Tolkan", "Abu Yahya al-Jolo"),
        ("Moktar Belkacem (born 1972), also known by the kunya Khaled Abu al-Hassan and by the nicknames "
         '"Laabiad" ("the White One") and "Mister Camel", is an Algerian militant.', "Moktar Belkacem", "Laabiad"),
    ],
)
def test_another_audiences_name_is_the_bearers(run, text: str, full: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).same(full, other)


def test_birth_date_closes_no_list_of_aliases(run) -> None:  # type: ignore[no-untyped-def]
    found = run('- Cabdiqani Nuur Dhegey, also known as "Abu Xamza al-Gedo" and "Yarow", born in 1993 in Dhuudo, '
                "was sentenced to ten years.")
    assert found.same("Cabdiqani Nuur Dhegey", "Yarow")


def test_full_name_with_quoted_nickname_answers_to_both(run) -> None:  # type: ignore[no-untyped-def]
    found = run('Yusuf Kay took command of the network in 2022 after his predecessor, Cabdi Wariyow "Geel", was '
                "captured by special forces near the river.")
    assert found.same("Cabdi Wariyow", "Geel")


def test_quoted_nickname_straight_after_a_full_name_is_his(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Ahmed Kusow took command of the Lower Juba network in 2022 after his predecessor, Maxamed Siyaad "
                '"Geeddi", was captured by special forces near the river. Siyaad remains in custody.')
    assert found.same("Maxamed Siyaad", "Geeddi")


PREFACE = (
    '(Fictional scenario: the transfer described, the commander Dala Kuwor "Abu Tamim", his brother Boda Kuwor, the '
    "spokesman quoted and the cell are invented.)\n\n"
    "Chad handed over five detainees on Monday. Among them is Dala Kuwor, known as Abu Tamim, who led a cell near "
    "the lake.\n\n"
    "Kuwor and two of his men were sentenced to life imprisonment in 2021.\n\n"
    "Kuwor's younger brother, Boda Kuwor, still leads the cell.\n"
)


def test_nicknamed_full_name_in_preface_introduces_its_bearer(run) -> None:  # type: ignore[no-untyped-def]
    found = run(PREFACE)
    assert found.same("Dala Kuwor", "Kuwor")
    assert not found.same("Boda Kuwor", "Kuwor")
    assert not found.same("Boda Kuwor", "Dala Kuwor")
