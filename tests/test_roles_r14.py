"""Each person's country, office and rank (issue 12, round 14): the state in a demonym, a possessive or
the name of a state's forces ("Hellenic", "Hashemite", "the Jordan Armed Forces"); a monarch named with
no state is the head of the kingdom of the story; an office runs to the end of its noun group ("Minister
of Defence and Military Production", "Director of the Office of His Majesty"); an office in apposition
after a dash, after "a", or as the predicate of a later clause; the multi-word ranks of the Latin armies
as whole ranks, and "Staff" of "Chief of Staff" never in the rank. Sentences written for these tests,
in our own words."""

import pytest

from generator.reference.offices import canonical_rank, canonical_role

from roles_parts import people

# (language, sentence, name, country) -- "" where the text gives the person no state.
STATES = [
    # A demonym, a possessive or a state's style before the office.
    ("en", "Hellenic Navy chief Vice Admiral Nikos Vlachos toured the frigate.", "Nikos Vlachos", "GR"),
    ("en", "Chief of the Hellenic National Defence General Staff Petros Manos met the guests.", "Petros Manos", "GR"),
    ("en", "He then called on General Petros Manos, Chief of the Hellenic Army General Staff.", "Petros Manos", "GR"),
    ("en", "The Hashemite Kingdom's army chief Khaled Odeh met the general.", "Khaled Odeh", "JO"),
    ("en", "Cypriot Defence Minister Andreas Loizou visited the port.", "Andreas Loizou", "CY"),
    ("en", "Emirati Major General Saif Rashid and Bahraini Colonel Ali Mahmood were present.", "Ali Mahmood", "BH"),
    ("en", "The Monegasque envoy Louis Garnier attended the ceremony.", "Louis Garnier", "MC"),
    ("en", "Seychellois Defence Chief Brigadier Paul Hoarau met the minister.", "Paul Hoarau", "SC"),
    ("en", "Equatorial Guinean Defence Minister Carlos Nsue visited Malabo.", "Carlos Nsue", "GQ"),
    # A state's name that is also a given name, inside the name of its forces.
    ("en", "Lieutenant General Khaled Odeh, Chairman of the Joint Chiefs of Staff of the Jordan Armed Forces, met them.",
     "Khaled Odeh", "JO"),
    ("en", "Colonel Idriss Deby of the Chad Army joined the talks.", "Idriss Deby", "TD"),
    # A monarch with no state of his own: the kingdom whose city the sentence names, or the one kingdom named.
    ("en", "The delegation was received by His Majesty King Talal II in Amman.", "Talal II", "JO"),
    ("en", "His Majesty King Hassan III received the visitors in Rabat.", "Hassan III", "MA"),
    ("en", "King Felipe VII greeted the cadets. The minister thanked Spain for the visit.", "Felipe VII", "ES"),
    # (near-misses: a kingdom's city elsewhere, two kingdoms named, a president is no monarch)
    ("en", "King Talal II greeted the cadets. Later Spain and Morocco signed a plan.", "Talal II", ""),
    ("en", "President Ali Noor received the minister in Amman.", "Ali Noor", ""),
    ("en", "Michael Jordan Army fans welcomed Ali Noor at the gate.", "Ali Noor", ""),
]


@pytest.mark.parametrize("lang,body,name,country", STATES)
def test_the_state_in_a_demonym_a_force_or_a_kingdom(empty_registry, lang, body, name, country):
    assert (people(body, lang, empty_registry)[name].country or "") == country


def test_a_given_name_before_a_force_word_names_no_state():
    from generator.reference.countries import index

    assert [h.code for h in index().find("Michael Jordan Army fans cheered.", "en")] == []
    assert [h.code for h in index().find("He served in the Jordan Armed Forces.", "en")] == ["JO"]
    assert [h.code for h in index().find("Troops of the Chad Army and the Korea Coast Guard met.", "en")] == ["TD", "KR"]


# (language, sentence, name, office as written)
OFFICES = [
    # The second half of a compound complement joined by "and", before or after the name.
    ("en", "The Egyptian Minister of Defence and Military Production General Omar Fathy met him.", "Omar Fathy",
     "Minister of Defence and Military Production"),
    ("en", "General Omar Fathy, Minister of Defence and Military Production, met him.", "Omar Fathy",
     "Minister of Defence and Military Production"),
    ("en", "Commander of the Land Forces and Territorial Defence General Jan Kowal met him.", "Jan Kowal",
     "Commander of the Land Forces and Territorial Defence"),
    ("en", "Minister of Defence and Veterans Affairs Kenneth Dube signed.", "Kenneth Dube",
     "Minister of Defence and Veterans Affairs"),
    # A royal style as the complement of an office.
    ("en", "The minister met Omar Haddad, Director of the Office of His Majesty the King.", "Omar Haddad",
     "Director of the Office of His Majesty the King"),
    ("en", "Director of the Office of His Majesty Omar Haddad attended.", "Omar Haddad", "Director of the Office of His Majesty"),
    ("en", "Advisor to His Majesty the King for Military Affairs Omar Haddad met him.", "Omar Haddad",
     "Advisor to His Majesty the King for Military Affairs"),
    ("en", "Omar Haddad, Chief of the Office of Her Majesty, met him.", "Omar Haddad", "Chief of the Office of Her Majesty"),
    # An office after a dash, an article, or as a later clause's predicate; a legislator's office as written.
    ("ru", "Гостей встретил Ахмед Салем — командующий ВМС Катара.", "Ahmed Salem", "Commander of the Navy"),
    ("en", "Talks were held with Ahmed Salem. Salem is the chief of the general staff.", "Ahmed Salem", "chief of the general staff"),
    ("en", "Ahmed Salem, a deputy minister, attended.", "Ahmed Salem", "Deputy Minister"),
    ("en", "The delegation met Maria Lopez, chair of the Senate Armed Services Committee.", "Maria Lopez",
     "chair of the Senate Armed Services Committee"),
    ("en", "Senator Maria Lopez met the delegation.", "Maria Lopez", "Senator"),
    ("en", "Ahmed Salem, the newly appointed defence minister, attended.", "Ahmed Salem", "Defence Minister"),
]


@pytest.mark.parametrize("lang,body,name,office", OFFICES)
def test_an_office_runs_to_the_end_of_its_noun_group(empty_registry, lang, body, name, office):
    p = people(body, lang, empty_registry)[name]
    assert (p.role or "").casefold() == office.casefold() or canonical_role(p.role) == office, p.role


@pytest.mark.parametrize("lang,body,name", [
    # near-misses: "and" outside an office's complement; a style that is the person's own; a clause that is no office
    ("en", "Ali Noor and Military Production General Omar Fathy met him.", "Omar Fathy"),
    ("en", "Omar Haddad met the guests. Haddad is the man who built the port.", "Omar Haddad"),
    ("en", "Ahmed Salem, a Harvard graduate, spoke first.", "Ahmed Salem"),
])
def test_no_office_where_the_words_hold_none(empty_registry, lang, body, name):
    assert people(body, lang, empty_registry)[name].role is None


def test_a_royal_style_before_the_name_stays_the_persons_own(empty_registry):
    p = people("His Majesty King Talal II received the minister.", "en", empty_registry)["Talal II"]
    assert canonical_role(p.role) == "King"


def test_the_defence_and_production_ministry_in_russian(empty_registry):
    p = people("Министр обороны и военной промышленности Египта генерал Омар Фатхи встретил гостей.", "ru",
               empty_registry)["Omar Fathi"]
    assert p.role == "Minister of Defence and Military Production" and p.country == "EG"


# (language, sentence, name, canonical rank)
RANKS = [
    ("en", "Army Corps General Marco Ferri met the guests.", "Marco Ferri", "Army Corps General"),
    ("en", "The Italian Chief of Defence, Army Corps General Marco Ferri, met the guests.", "Marco Ferri", "Army Corps General"),
    ("en", "Chief of Staff Army Corps General Marco Ferri met the guests.", "Marco Ferri", "Army Corps General"),
    ("en", "Air Squad General Luca Conti met the guests.", "Luca Conti", "Air Squad General"),
    ("en", "Division General Carlos Vega met the guests.", "Carlos Vega", "Division General"),
    ("en", "Squadron Admiral Paolo Rinaldi met the guests.", "Paolo Rinaldi", "Squadron Admiral"),
    ("en", "Lieutenant General of the Army Juan Soto met the guests.", "Juan Soto", "Lieutenant General"),
    ("en", "The guests met General of the Army Juan Soto in Lima.", "Juan Soto", "Army General"),
    ("en", "Général de corps d'armée Pierre Marchal met the guests.", "Pierre Marchal", "Army Corps General"),
    ("en", "The guests met Generale di Brigata Marco Neri.", "Marco Neri", "Brigade General"),
    # "Staff" of "Chief of Staff" is never the first word of the rank after it.
    ("en", "Deputy Chief of Staff Lieutenant General Ali Noor met the guests.", "Ali Noor", "Lieutenant General"),
    ("en", "Chief of Staff Major General Ali Noor met the guests.", "Ali Noor", "Major General"),
    ("en", "Army Chief of Staff General Ali Noor met the guests.", "Ali Noor", "General"),
    # (near-miss: the Egyptian rank that does start with "Staff")
    ("en", "Staff Major General Ali Noor met the guests.", "Ali Noor", "Staff Major General"),
    ("en", "Spain's Chief of Defence Staff Admiral General Teo Marin met the guests.", "Teo Marin", "Admiral General"),
    ("en", "Chief of the Air Staff Air General Javier Soler met the guests.", "Javier Soler", "Air General"),
    # An enlisted rank of several words is one rank ("Command Sergeant Major" is no "Major").
    ("en", "Command Sergeant Major Ali Noor met the guests.", "Ali Noor", "Command Sergeant Major"),
    ("en", "Chief Warrant Officer Ali Noor met the guests.", "Ali Noor", "Chief Warrant Officer"),
    # (near-miss: the corps commanded, then the rank)
    ("en", "Commander of the Army Corps General Ali Noor met the guests.", "Ali Noor", "General"),
    ("ru", "Генерал корпуса Карло Росси встретил гостей.", "Carlo Rossi", "Army Corps General"),
    ("ru", "Гостей встретил генерал армейского корпуса Карло Росси.", "Carlo Rossi", "Army Corps General"),
    ("ru", "Генерал дивизии Карло Росси встретил гостей.", "Carlo Rossi", "Division General"),
    ("ru", "Начальник генерального штаба генерал армии Али Нур встретил гостей.", "Ali Nur", "Army General"),
]


@pytest.mark.parametrize("lang,body,name,rank", RANKS)
def test_a_rank_of_many_words_is_one_rank(empty_registry, lang, body, name, rank):
    p = people(body, lang, empty_registry)[name]
    assert canonical_rank(p.rank) == rank, p.rank


@pytest.mark.parametrize("written,label", [
    ("Army Corps General", "Army Corps General"), ("Generale di Corpo d'Armata", "Army Corps General"),
    ("Général de division", "Division General"), ("General de Brigada", "Brigade General"),
    ("Teniente General", "Lieutenant General"), ("General de Ejército", "Army General"),
    ("Lieutenant General of the Army", "Lieutenant General"), ("Almirante General", "Admiral General"),
    ("General del Aire", "Air General"),
])
def test_one_label_per_latin_rank(written, label):
    assert canonical_rank(written) == label


@pytest.mark.parametrize("written,label", [
    ("Minister of Defence and Military Production", "Minister of Defence and Military Production"),
    ("Defence and Military Production Minister", "Minister of Defence and Military Production"),
    ("Senator", "Senator"), ("MP", "Member of Parliament"),
])
def test_one_label_per_office(written, label):
    assert canonical_role(written) == label


@pytest.mark.parametrize("body,name,office", [
    # A plural inside the complement keeps its number; only the head word is made singular.
    ("Chairman of the Joint Chiefs General Dan Rowe met him.", "Dan Rowe", "Chairman of the Joint Chiefs"),
    ("The Chairman of the Joint Chiefs, General Dan Rowe, met him.", "Dan Rowe", "Chairman of the Joint Chiefs"),
    ("Vice Chairman of the Joint Chiefs of Staff Admiral Chris Lang met him.", "Chris Lang", "Vice Chairman of the Joint Chiefs of Staff"),
    # (near-miss: a plural head is still made singular)
    ("Defence Ministers Ana Ruiz and Pablo Soto met in Lima.", "Ana Ruiz", "Defence Minister"),
])
def test_the_complement_keeps_its_plural(empty_registry, body, name, office):
    assert people(body, "en", empty_registry)[name].role == office


@pytest.mark.parametrize("body,name,country", [
    ("Japan's top general Kenji Sato met the guests.", "Kenji Sato", "JP"),
    ("Egypt's top military officer General Omar Fathy met the guests.", "Omar Fathy", "EG"),
    # (near-miss: a top official of no named state)
    ("The top general Kenji Sato met the guests.", "Kenji Sato", ""),
])
def test_a_possessive_state_through_top(empty_registry, body, name, country):
    assert (people(body, "en", empty_registry)[name].country or "") == country
