"""Round 19 names: names after styles and office initials, after a long office in apposition and a rank of
several words, photo credits with a rank, a person's state from a style only one state gives, from a
delegation written with a possessive and from the person a companion accompanies, offices kept whole ("in
charge of", "(TNI)"). Every sentence is our own (real officials' names, invented meetings); nothing is taken
from ../shared/corpus or a held-out set."""

import pytest

from names_parts import got as _got
from names_parts import one as _one


# --------------------------------------------------------------------------- 1. styles and titles before a name

@pytest.mark.parametrize("text, name", [
    ("Tun Abdul Razak and Pehin Dato Halbi Mohammad Yussof attended the ceremony.", "Abdul Razak"),
    ("Defence Cabinet Secretary Hon. Soipan Tuya met the cadets.", "Soipan Tuya"),
    ("Defence CS Soipan Tuya met the cadets at the academy.", "Soipan Tuya"),
    ("Defence Cabinet Secretary (CS) Soipan Tuya met the cadets.", "Soipan Tuya"),
    ("PS Patrick Mariru and CDF Charles Kahariri attended the parade.", "Charles Kahariri"),
])
def test_a_name_after_a_style_or_an_office_initials_is_whole(text, name, empty_registry):
    got = _got(text, "en", empty_registry)
    assert name in got, sorted(got)


def test_a_malay_title_the_model_tags_apart_is_no_person(empty_registry):
    got = _got("General Tan Sri Mohd Nizam Jaffar met Admiral Tan Sri Abdul Rahman Ayob in Lumut.", "en", empty_registry)
    assert "Tan Sri" not in got and "Abdul Rahman Ayob" in got, sorted(got)
    assert got["Abdul Rahman Ayob"].rank == "Admiral"


def test_the_office_initials_in_brackets_keep_the_office(empty_registry):
    p = _one("Kenya's Defence Cabinet Secretary (CS) Soipan Tuya met the cadets.", "en", empty_registry, "Soipan Tuya")
    assert p.role == "Defence Cabinet Secretary" and p.country == "KE"


@pytest.mark.parametrize("text", [
    "The tanks carried CS Gas Canisters for the riot drill.",   # initials before common nouns
    "CS Tuya said Kenya valued the partnership with Uganda.",   # a lone surname after initials (round 17's rule)
    "He tuned in to the FM Radio Station in Nairobi.",
])
def test_office_initials_before_no_full_name_make_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert not any(n in got for n in ("Gas Canisters", "Tuya", "Radio Station")), sorted(got)


# --------------------------------------------------------------------------- 2. a long office, a rank of several words

def test_a_long_portuguese_name_after_a_rank_of_three_words(empty_registry):
    p = _one("The Chief of the Joint Staff of the Armed Forces, Admiral of Squadron Renato Rodrigues de Aguiar Freire, "
             "opened the fair in Rio.", "en", empty_registry, "Renato Rodrigues de Aguiar Freire")
    assert p.rank == "Admiral of Squadron" and p.role == "Chief of the Joint Staff of the Armed Forces"


def test_particles_do_not_take_a_place_after_the_name(empty_registry):
    # the control: the particle's word after the name is lower case
    got = _got("General Tomas Paiva de manhã visited the barracks in Brasilia.", "en", empty_registry)
    assert "Tomas Paiva" in got, sorted(got)


def test_an_office_in_charge_of_a_body_is_one_office(empty_registry):
    p = _one("Morocco's Minister Delegate in charge of the National Defence Administration, Abdellatif Loudiyi, on "
             "Tuesday signed a deal with Kenya.", "en", empty_registry, "Abdellatif Loudiyi")
    assert p.role == "Minister Delegate in charge of the National Defence Administration" and p.country == "MA"


def test_a_delegate_to_the_prime_minister_is_one_office(empty_registry):
    p = _one("Morocco's Minister Delegate to the Prime Minister in charge of the National Defence Administration, "
             "Abdellatif Loudiyi, received the visitors.", "en", empty_registry, "Abdellatif Loudiyi")
    assert p.role.startswith("Minister Delegate to the Prime Minister") and p.country == "MA"


def test_the_initials_of_a_body_end_no_office(empty_registry):
    for text in ("The Commander of the Indonesian National Armed Forces (TNI), General Agus Subiyanto, received the guests.",
                 "Commander of the Indonesian National Armed Forces (TNI) General Agus Subiyanto received the guests."):
        p = _one(text, "en", empty_registry, "Agus Subiyanto")
        assert p.role == "Commander of the Indonesian National Armed Forces" and p.country == "ID" and p.rank == "General"


# --------------------------------------------------------------------------- 3. a Russian lead line read as body

def test_a_russian_lead_line_names_both_ministers(empty_registry):
    got = _got("Министр обороны Кыргызской Республики генерал-лейтенант Бактыбек Бекболотов и министр обороны "
               "Республики Таджикистан генерал-полковник Шерали Мирзо во вторник провели переговоры в Бишкеке.",
               "ru", empty_registry)
    a, b = got.get("Baktybek Bekbolotov"), got.get("Sherali Mirzo")
    assert a is not None and b is not None, sorted(got)
    assert (a.country, a.role, a.rank) == ("KG", "Minister of Defence", "Lieutenant General")
    assert (b.country, b.role, b.rank) == ("TJ", "Minister of Defence", "Colonel General")


# --------------------------------------------------------------------------- 4. photo credits

@pytest.mark.parametrize("text, lang, name", [
    ("The minister inspected the troops in Vilnius.\n[Image: Soldiers on parade. Photo: Lithuanian Armed Forces / "
     "Sgt. Jonas Kairys]\nThe drill lasted a week.", "en", "Jonas Kairys"),
    ("The minister inspected the troops.\nPhoto by Sgt. Maria Lopez\nThe drill lasted a week.", "en", "Maria Lopez"),
    ("The minister inspected the troops.\nPic: Staff Sergeant Ann Lee / Army News\nThe drill lasted a week.", "en", "Ann Lee"),
    ("Министр осмотрел технику.\nФото: Минобороны России / Иван Сидоров\nУчения продлятся неделю.", "ru", "Ivan Sidorov"),
])
def test_a_maker_of_a_photo_is_no_person_of_the_story(text, lang, name, empty_registry):
    got = _got(text, lang, empty_registry)
    assert name not in got, sorted(got)


def test_a_caption_naming_people_keeps_them(empty_registry):
    # the control: a "Photo:" caption names the people in the picture, not its maker
    got = _got("The minister inspected the troops.\nPhoto: Defence Minister Richard Marles with Sgt. Ann Lee.\n"
               "The drill lasted a week.", "en", empty_registry)
    assert "Ann Lee" in got, sorted(got)


# --------------------------------------------------------------------------- 5. a person's state

def test_a_delegation_named_with_a_possessive_gives_its_head_a_state(empty_registry):
    p = _one("Kenya's delegation was led by Defence Cabinet Secretary Soipan Tuya.", "en", empty_registry, "Soipan Tuya")
    assert p.country == "KE"


def test_a_possessive_that_is_no_state_gives_none(empty_registry):
    p = _one("The minister's delegation was led by Colonel Ivan Petrov.", "en", empty_registry, "Ivan Petrov")
    assert p.country is None


def test_a_companion_named_first_takes_the_state_of_the_one_he_accompanies(empty_registry):
    got = _got("Kenya and Morocco signed a defence pact in Rabat. Kenya's delegation was led by Defence Cabinet Secretary "
               "Soipan Tuya, who met her Moroccan counterpart Abdellatif Loudiyi. Chief of Defence Forces General Charles "
               "Kahariri, who accompanied the minister, also met Moroccan officers.", "en", empty_registry)
    assert got["Soipan Tuya"].country == "KE" and got["Charles Kahariri"].country == "KE", sorted(got)


def test_a_companion_accompanying_him_takes_the_subjects_state(empty_registry):
    got = _got("Ghana's Defence Minister Dominic Nitiwul met his Togolese counterpart Marguerite Gnakade. Air Vice Marshal "
               "Frank Hanson, who accompanied him, inspected the jets.", "en", empty_registry)
    assert got["Frank Hanson"].country == "GH", sorted(got)


def test_a_russian_companion_named_first(empty_registry):
    got = _got("Министр обороны Казахстана Руслан Жаксылыков прибыл в Бишкек. Генерал-майор Иван Петров, сопровождавший "
               "министра, осмотрел технику.", "ru", empty_registry)
    assert got["Ivan Petrov"].country == "KZ", sorted(got)


def test_accompanying_a_group_gives_no_state(empty_registry):
    # the control: "the delegation" names no person, and no one with a state stands before
    p = _one("Colonel Ivan Petrov, who accompanied the delegation to Minsk, said nothing.", "en", empty_registry, "Ivan Petrov")
    assert p.country is None


def test_a_style_of_one_state_gives_the_state_the_page_names(empty_registry):
    p = _one("Datuk Seri Mohamed Khaled Nordin met Thai officials in Bangkok. Thailand and Malaysia agreed to patrol "
             "the border.", "en", empty_registry, "Mohamed Khaled Nordin")
    assert p.country == "MY"
    p = _one("Defence CS Soipan Tuya met Moroccan officials. Kenya and Morocco agreed to train cadets.", "en",
             empty_registry, "Soipan Tuya")
    assert p.country == "KE"


@pytest.mark.parametrize("text, name", [
    ("Datuk Seri Mohamed Khaled Nordin met officials in Bangkok.", "Mohamed Khaled Nordin"),   # Malaysia not named
    ("Dato Halbi Yussof met Malaysian and Bruneian officers in Kuala Lumpur.", "Halbi Yussof"),  # both give the style
])
def test_a_style_gives_no_state_the_page_does_not_settle(text, name, empty_registry):
    p = _one(text, "en", empty_registry, name)
    assert p.country is None


# --------------------------------------------------------------------------- 2b. a long office in apposition, a name the model misses

@pytest.mark.parametrize("text, name, role, country", [
    ("Burkina Faso's Minister of State for Defence and Veterans Affairs, Kassoum Coulibaly, signed the accord.",
     "Kassoum Coulibaly", "Minister of State for Defence and Veterans Affairs", "BF"),
    ("The Commander of the Eastern Fleet, Vice Admiral Rajesh Pendharkar, said the drill had ended.",
     "Rajesh Pendharkar", "Commander of the Eastern Fleet", None),
])
def test_a_name_after_a_long_office_and_a_comma(text, name, role, country, empty_registry):
    p = _one(text, "en", empty_registry, name)
    assert p.role == role and p.country == country


def test_a_list_of_portfolios_after_an_office_is_no_name(empty_registry):
    # the control: what follows the comma is more office and a place, no name
    got = _got("The Minister of Defence, Foreign Affairs and Trade, Eastern Province, met the press.", "en", empty_registry)
    assert got == {}, sorted(got)


def test_a_services_possessive_office_is_the_services_office(empty_registry):
    p = _one("Pakistan Army's Chief of Staff General Asim Munir met the visitors.", "en", empty_registry, "Asim Munir")
    assert p.role == "Army Chief of Staff" and p.rank == "General"
    from generator.reference.offices import canonical_role
    assert canonical_role(p.role) == "Chief of Army Staff"


# --------------------------------------------------------------------------- Russian: styles, service initials in an office

def test_a_malay_style_in_russian_is_no_part_of_the_name(empty_registry):
    got = _got("Министр обороны Малайзии Датук Сери Мохамед Халед Нордин встретился с послом.", "ru", empty_registry)
    assert "Mohamed Khaled Nordin" in got, sorted(got)
    assert got["Mohamed Khaled Nordin"].country == "MY" and got["Mohamed Khaled Nordin"].role == "Minister of Defence"


@pytest.mark.parametrize("text, name, rank", [
    ("Начальник Генштаба ВС Бразилии Ренато Фрейре принял участие в открытии выставки.", "Renato Freire", None),
    ("Начальник Генштаба ВС Бразилии адмирал эскадры Ренато Фрейре принял участие в открытии выставки.", "Renato Freire",
     "Squadron Admiral"),
])
def test_the_services_initials_inside_a_russian_office(text, name, rank, empty_registry):
    p = _one(text, "ru", empty_registry, name)
    assert p.role == "Chief of the General Staff" and p.country == "BR" and p.rank == rank


@pytest.mark.parametrize("text, name, rank", [
    ("Thailand's Defence Minister Sutin Klungsang met ACM Alongkorn Wannarot in Bangkok.", "Alongkorn Wannarot",
     "Air Chief Marshal"),
    ("VAdm Jane Roe inspected the fleet in Perth.", "Jane Roe", "Vice Admiral"),
    ("MG Ahmed Khan met the visitors in Karachi.", "Ahmed Khan", "Major General"),
])
def test_a_whole_rank_abbreviated(text, name, rank, empty_registry):
    assert _one(text, "en", empty_registry, name).rank == rank
