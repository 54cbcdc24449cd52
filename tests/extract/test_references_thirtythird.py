"""A group noun never stands for the office that issues a release (thirty-third round, branch relcoref39): "the
group" after a command's or a ministry's release names an armed group, the one in the paragraph before or, when
only the office is near, the group the release names most."""

from __future__ import annotations

import pytest

from .test_coref_twentyeighth import _referred

pytestmark = pytest.mark.model

# a release whose issuing command is named more often than the group it is about
RELEASE = (
    "Zambara Regional Command\n\n"
    "The Zambara Regional Command conducted a strike against the Tagora Brotherhood near Gashua on 3 May 2024. "
    "The Zambara Regional Command said ten fighters were killed. The Zambara Regional Command will continue "
    "operations. The Zambara Regional Command thanked its partners. "
    "This was the third strike this year against the Tagora Brotherhood, which is based in the Kumbo forest. "
)




def test_the_group_is_not_the_issuing_command(extractor):
    text = RELEASE + "The group was founded in 2016 by Musa Kabir."
    assert _referred(extractor.nlp, text, "group") == ["Tagora Brotherhood"]


def test_the_network_with_only_the_office_near_is_the_group_named_most(extractor):
    text = RELEASE + "According to the Zambara Regional Command, the network was behind the attack on Gashua."
    assert _referred(extractor.nlp, text, "network") == ["Tagora Brotherhood"]


def test_a_pronoun_may_still_be_the_command(extractor):
    # "it" may be an office ("It said ..."): only the irregular groups' nouns leave offices out
    text = RELEASE + "It said the strike was lawful."
    assert _referred(extractor.nlp, text, "It") == ["Zambara Regional Command"]
