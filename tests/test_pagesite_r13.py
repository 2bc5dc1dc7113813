"""A saved page's <title> that is only a state body's name names the page's owner; a title-case headline
about such a body is a headline (round 13, lead's review of round 12's institution_title)."""
from __future__ import annotations

import pytest

from generator.ingest.pagesite import institution_title


@pytest.mark.parametrize("title, owner", [
    # the body's own name, in title case or as written
    ("Ministry of Defence of the Republic of Kazakhstan", "Ministry of Defence of the Republic of Kazakhstan"),
    ("Ministry Of National Defence Of The Republic Of Lithuania",
     "Ministry Of National Defence Of The Republic Of Lithuania"),
    ("Armed Forces of the Philippines", "Armed Forces of the Philippines"),
    ("Office of the President of Kyrgyzstan", "Office of the President of Kyrgyzstan"),
    ("Department of Defense", "Department of Defense"),
    # a mission named by its states, the article where English writes one
    ("Embassy of the United States in Tbilisi", "Embassy of the United States"),
    ("Посольство Российской Федерации в Республике Филиппины", "Embassy of Russia in the Philippines"),
    ("Embassy of Kenya in Addis Ababa", "Embassy of Kenya"),
    # title-case headlines about such bodies: a word no institution's name is made of
    ("Ministry of Defence Signs Deal With Ghana", None),
    ("Embassy Of Japan Hosts Reception For Veterans", None),
    ("Armed Forces Hold Joint Drill With Egypt", None),
    ("Embassy Of Japan In Kenya Marks Anniversary", None),
    ("Department Of Defense Announces New Training Mission", None),
])
def test_institution_title_case(title, owner):
    assert institution_title(title) == owner
