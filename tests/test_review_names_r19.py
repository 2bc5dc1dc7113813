"""Round 19 review of the name rules (styles and office initials before a name, particles after a rank, a name
after a long office and a comma, photo credits, a delegation's possessive, a companion's state, styles of one
state, the Russian services' initials, abbreviated ranks). Every sentence is our own (real officials' names,
invented meetings); nothing is taken from ../shared/corpus or a held-out set.

Each rule is probed where it must not fire, where it gives a state, and in layouts its own tests do not use.
Passing cases document robustness; the defects found are strict xfails whose reason says what goes wrong and
where it comes from."""

import pytest

from names_parts import got as _got
from names_parts import one as _one


# =========================================================================== 1. rules that must not invent a person

@pytest.mark.parametrize("text", [
    # a capitalised phrase after an office and a comma that is a state, a force or a body, never a name
    "The Minister of Defence, Azerbaijan Republic, met the visiting delegation in Baku on Tuesday.",
    "The Chief of General Staff, Armed Forces of Ukraine, said the exercise had ended.",
    "The Commander of the Air Force, Sri Lanka Air Force, received the guests.",
    "The Chief of Staff, United Nations Command, said the talks were held.",
    "The Director of Public Relations, Defence Headquarters, said the troops were ready.",
    "The Commander of the Joint Task Force, Operation Hadin Kai, said the troops were ready.",
])
def test_an_office_a_comma_and_no_name_make_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


@pytest.mark.xfail(strict=True, reason="the old office-comma-name path (name_spans, not the round-19 "
                   "_LONG_OFFICE_COMMA_NAME) takes a company in apposition after 'Director of the company,' as a "
                   "person ('Lockheed Martin', role 'Director of the Company')")
def test_a_company_in_apposition_after_an_office_is_no_person(empty_registry):
    got = _got("The Director of the company, Lockheed Martin, said the deal was close.", "en", empty_registry)
    assert got == {}, sorted(got)


def test_an_indian_secretary_with_shri_after_the_comma(empty_registry):
    got = _got("The Secretary of Defence Production, Shri Sanjeev Kumar, said the exports had grown.", "en",
               empty_registry)
    assert set(got) == {"Sanjeev Kumar"}, sorted(got)
    assert got["Sanjeev Kumar"].role == "Secretary of Defence Production"


@pytest.mark.parametrize("text", [
    "The envoy visited the offices of Banco de Brasil in Rio with General Tomas Paiva.",
    "General Tomas Paiva met the head of Instituto de Defesa Nacional in Lisbon.",
])
def test_de_inside_an_organisation_joins_no_name(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert set(got) == {"Tomas Paiva"}, sorted(got)


@pytest.mark.parametrize("text, name", [
    ("The visitors were received by Admiral Marcos Sampaio Olsen da Marinha do Brasil in Brasilia.",
     "Marcos Sampaio Olsen"),
    ("Lieutenant-Brigadier Marcelo Kanitz Damasceno da Forca Aerea Brasileira met the guests.",
     "Marcelo Kanitz Damasceno"),
    # with the accents, and the Spanish army after "del"
    ("Lieutenant-Brigadier Marcelo Kanitz Damasceno da Força Aérea Brasileira met the guests.",
     "Marcelo Kanitz Damasceno"),
    ("General Tomas Paiva del Ejército de Chile met the guests in Santiago.", "Tomas Paiva"),
])
def test_da_before_a_services_name_joins_no_name(text, name, empty_registry):
    got = _got(text, "en", empty_registry)
    assert set(got) == {name}, sorted(got)


@pytest.mark.parametrize("text", [
    "Police used CS Gas to disperse the crowd in Nairobi on Monday.",
    "The COAS Polo Cup was held in Lahore.",
    "He addressed the NSA Cyber Conference in Washington.",
    "The works were funded under the PM Gati Shakti National Master Plan, the official said.",
])
def test_office_initials_before_a_things_name_make_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


@pytest.mark.parametrize("text", [
    "The troops took part in the CDF Commendation Parade in Nairobi.",
    "The roads were built under the PM Kisan Scheme in Ladakh, the officer said.",
])
def test_office_initials_before_an_events_or_schemes_name_make_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


@pytest.mark.parametrize("text", [
    "The BG Group and MG Motor signed a deal with the ministry in London.",
    "The AVM Productions team filmed the air show in Chennai.",
])
def test_a_rank_abbreviation_before_a_brand_makes_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


@pytest.mark.parametrize("text", [
    "The parade was held at Dataran Tun Abdul Razak in Kuantan.",
    "The submarine KD Tunku Abdul Rahman docked at Sepanggar on Monday with the visiting admirals.",
])
def test_a_place_or_ship_named_for_a_titled_man_is_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


@pytest.mark.parametrize("text, name, rank", [
    # the rank's initials before a full name, and a style with no place or ship word before it, still name a person
    ("MG Ahmed Khan inspected the troops in Rawalpindi on Monday.", "Ahmed Khan", "Major General"),
    ("The guests were welcomed by Tunku Abdul Rahman at the palace in Kuala Lumpur.", "Abdul Rahman", None),
])
def test_a_rank_abbreviation_or_a_style_before_a_full_name_is_a_person(text, name, rank, empty_registry):
    assert _one(text, "en", empty_registry, name).rank == rank


def test_a_spanish_four_part_name_is_one_person(empty_registry):
    got = _got("Spain's Chief of Defence Staff Admiral Teodoro Esteban Lopez Calderon met the Moroccan delegation in "
               "Madrid.", "en", empty_registry)
    assert set(got) == {"Teodoro Esteban Lopez Calderon"}, sorted(got)


# =========================================================================== 2. names kept whole

@pytest.mark.parametrize("text, name", [
    ("Portugal's Chief of Naval Staff Admiral Henrique Gouveia e Melo met the Angolan delegation in Lisbon.",
     "Henrique Gouveia e Melo"),
    ("The Portuguese Chief of Staff, General Jose Nunes da Fonseca, received the guests.", "Jose Nunes da Fonseca"),
    ("General Francisco Braco del Pino met the Moroccan delegation in Madrid.", "Francisco Braco del Pino"),
    ("Admiral Renato Rodrigues de Aguiar Freire met the Angolan delegation in Brasilia.",
     "Renato Rodrigues de Aguiar Freire"),
])
def test_particles_inside_iberian_names_are_kept(text, name, empty_registry):
    assert name in _got(text, "en", empty_registry)


def test_a_name_with_two_particles_is_whole(empty_registry):
    got = _got("Vice Admiral Jose Augusto Vieira da Cunha de Menezes met the Angolan delegation.", "en", empty_registry)
    assert "Jose Augusto Vieira da Cunha de Menezes" in got, sorted(got)


@pytest.mark.parametrize("text, lang", [
    ("Malaysia's Defence Minister Datuk Seri Utama Mohamad Hasan met the Thai delegation in Kuala Lumpur.", "en"),
    ("Министр обороны Малайзии Датук Сери Утама Мохамад Хасан встретился с российским послом.", "ru"),
])
def test_a_three_word_malay_style_is_no_part_of_the_name(text, lang, empty_registry):
    got = _got(text, lang, empty_registry)
    assert len(got) == 1 and not any(n.startswith("Utama") for n in got), sorted(got)


@pytest.mark.parametrize("text, name", [
    ("Dato Paduka Halbi Yussof met Singaporean officials. Brunei and Singapore agreed to exchange officers.",
     "Halbi Yussof"),
    ("Pengiran Dato Paduka Haji Muhammad Zainal met the Malaysian attache. Brunei and Malaysia agreed to train "
     "together.", "Muhammad Zainal"),
])
def test_a_bruneian_style_is_no_part_of_the_name(text, name, empty_registry):
    got = _got(text, "en", empty_registry)
    assert set(got) == {name}, sorted(got)


@pytest.mark.parametrize("text, name, rank", [
    ("Командующий ВМС Малайзии адмирал Тан Шри Абдул Рахман Айоб посетил Владивосток.", "Abdul Rakhman Aiob", "Admiral"),
    ("Командующий ВВС Бразилии генерал-лейтенант авиации Марсело Канитц Дамасено принял российскую делегацию.",
     "Marselo Canitts Damaseno", "Lieutenant General"),
])
def test_a_russian_style_or_service_before_the_name(text, name, rank, empty_registry):
    p = _one(text, "ru", empty_registry, name)
    assert p.rank == rank and p.country in ("MY", "BR") and p.role.startswith("Commander of the")


def test_a_malay_style_pair_in_russian_gives_the_state_of_the_office(empty_registry):
    got = _got("Министр обороны Малайзии Дато Сери Мохамад Хасан встретился с российским послом в Куала-Лумпуре.", "ru",
               empty_registry)
    assert len(got) == 1, sorted(got)
    p = next(iter(got.values()))
    assert p.name.endswith(("Hasan", "Hassan")) and not p.name.startswith(("Dato", "Seri")) and p.country == "MY"


def test_a_bruneian_style_in_russian(empty_registry):
    got = _got("Министр обороны Брунея Пехин Дату Халби Мохаммад Юссоф встретился с российским послом.", "ru",
               empty_registry)
    assert len(got) == 1, sorted(got)
    p = next(iter(got.values()))
    assert p.country == "BN" and p.role == "Minister of Defence" and not p.name.startswith(("Pekhin", "Datu"))


# =========================================================================== 3. photo credits and captions

@pytest.mark.parametrize("text, lang, names", [
    ("The ministers met in Vilnius.\nPhoto: Defence Minister Laurynas Kasciunas and General Valdemaras Rupsys at the "
     "talks / Ministry of National Defence\nThe talks lasted two hours.", "en", {"Laurynas Kasciunas", "Valdemaras Rupsys"}),
    ("The ministers met in Vilnius.\nPhoto by Sgt. Jonas Kairys: Defence Minister Laurynas Kasciunas greets General "
     "Valdemaras Rupsys.\nThe talks lasted two hours.", "en", {"Laurynas Kasciunas", "Valdemaras Rupsys"}),
    ("Министры встретились в Минске.\nФото: министр обороны Беларуси Виктор Хренин и генерал-лейтенант Павел Муравейко "
     "/ Минобороны Беларуси\nПереговоры длились два часа.", "ru", {"Viktor Khrenin", "Pavel Muraveiko"}),
])
def test_a_caption_with_a_credit_keeps_the_people_in_the_picture(text, lang, names, empty_registry):
    got = _got(text, lang, empty_registry)
    assert names <= set(got), sorted(got)


@pytest.mark.parametrize("text", [
    "Министр осмотрел технику.\nФото: пресс-служба Минобороны / сержант Иван Сидоров\nУчения продлятся неделю.",
    "Министр осмотрел технику.\nФото Ивана Сидорова\nУчения продлятся неделю.",
])
def test_a_russian_photographers_credit_is_no_person(text, empty_registry):
    got = _got(text, "ru", empty_registry)
    assert got == {}, sorted(got)


def test_a_caption_after_an_agency_credit_and_a_slash_keeps_its_people(empty_registry):
    got = _got("The ministers met in Vilnius.\n(Photo: MoD/Defence Minister Laurynas Kasciunas greets General "
               "Valdemaras Rupsys)\nThe talks lasted two hours.", "en", empty_registry)
    assert {"Laurynas Kasciunas", "Valdemaras Rupsys"} <= set(got), sorted(got)


@pytest.mark.parametrize("text", [
    # after the agency and a "/", a maker with a soldier's rank, or an agency and a wire: still a credit
    "The minister inspected the troops.\nPhoto: Lithuanian Armed Forces / Petty Officer Jonas Kairys\nThe drills ended.",
    "The minister inspected the troops.\nPhoto: AFP/Jane Roe via Getty Images\nThe drills ended.",
    "The destroyer docked in Manila.\n(Photo: US Navy/Mass Communication Specialist 2nd Class Jane Roe)\nThe crew left.",
])
def test_a_makers_credit_after_a_slash_is_no_person(text, empty_registry):
    got = _got(text, "en", empty_registry)
    assert got == {}, sorted(got)


def test_a_russian_caption_after_a_credit_and_a_slash_keeps_its_people(empty_registry):
    got = _got("Министры встретились в Минске.\nФото: пресс-служба Минобороны Беларуси / Виктор Хренин и Павел "
               "Муравейко на переговорах\nПереговоры длились два часа.", "ru", empty_registry)
    assert {"Viktor Khrenin", "Pavel Muraveiko"} <= set(got), sorted(got)


# =========================================================================== 4. states from styles of one state

@pytest.mark.parametrize("text, name, country", [
    ("India and Kenya held defence talks in New Delhi. Cabinet Secretary Rajiv Gauba chaired the meeting.",
     "Rajiv Gauba", {None, "IN"}),
    ("Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan would send two officers to Kenya for the "
     "training course.", "Yoshimasa Hayashi", {None, "JP"}),
    ("The Cabinet Secretary Simon Case met Kenyan officers in London. Kenya and Britain signed a defence cooperation "
     "agreement.", "Simon Case", {None, "GB"}),
])
def test_another_states_cabinet_secretary_is_not_kenyan(text, name, country, empty_registry):
    assert _one(text, "en", empty_registry, name).country in country


@pytest.mark.parametrize("text, name", [
    # the Kenyan style with a portfolio, before or after it, still gives the state the page names
    ("Kenya and Morocco signed a pact in Rabat. Defence CS Soipan Tuya met the Moroccan delegation.", "Soipan Tuya"),
    ("Kenya and Morocco signed a pact in Rabat. Cabinet Secretary for Defence Aden Duale met the Moroccan delegation.",
     "Aden Duale"),
])
def test_a_cabinet_secretary_with_a_portfolio_is_kenyan(text, name, empty_registry):
    assert _one(text, "en", empty_registry, name).country == "KE"


def test_a_possessive_state_wins_over_a_style(empty_registry):
    p = _one("Uganda's Cabinet Secretary for Defence Jacob Oboth met Kenyan officers in Kampala. Kenya and Uganda agreed "
             "to share intelligence.", "en", empty_registry, "Jacob Oboth")
    assert p.country == "UG"


def test_a_malay_style_with_the_tan_sri_pair_after_a_rank(empty_registry):
    p = _one("Malaysian Armed Forces chief General Tan Sri Mohammad Ab Rahman met Singapore's chief of defence in "
             "Singapore. Malaysia and Singapore agreed to exchange officers.", "en", empty_registry, "Mohammad Ab Rahman")
    assert p.country == "MY" and p.rank == "General"


def test_a_russian_cabinet_secretary_is_kenyan(empty_registry):
    p = _one("Кабинет-секретарь по вопросам обороны Соипан Туя встретилась с послом России. Кения и Россия договорились "
             "о сотрудничестве.", "ru", empty_registry, "Soipan Tuya")
    assert p.country == "KE" and p.role and "Cabinet Secretary" in p.role


# =========================================================================== 5. delegations

@pytest.mark.parametrize("text, lang, want", [
    ("Kenya and Tanzania signed a pact in Arusha. Tanzania's delegation was led by General Jacob Mkunda, while Kenya's "
     "delegation was led by General Charles Kahariri.", "en", {"Jacob Mkunda": "TZ", "Charles Kahariri": "KE"}),
    ("Kenya's Defence CS Soipan Tuya hosted Tanzania's Minister of Defence Stergomena Tax. Tanzania's delegation was led "
     "by Permanent Secretary Faraji Mnyepe.", "en", {"Soipan Tuya": "KE", "Faraji Mnyepe": "TZ"}),
    ("Делегацию Кении возглавил министр обороны Адэн Дуале. Делегацию Танзании возглавила министр обороны Стергомена "
     "Тэкс.", "ru", {"Aden Duale": "KE", "Stergomena Teks": "TZ"}),
    ("Кенийскую делегацию возглавлял генерал Чарльз Кахарири.", "ru", {"Charles Kakhariri": "KE"}),
])
def test_two_delegations_each_give_their_own_head_a_state(text, lang, want, empty_registry):
    got = _got(text, lang, empty_registry)
    assert {n: got[n].country for n in want if n in got} == want, sorted(got)


def test_an_elided_second_delegation(empty_registry):
    got = _got("Kenya and Tanzania signed a pact in Arusha. The Tanzanian delegation was led by General Jacob Mkunda and "
               "the Kenyan delegation by General Charles Kahariri.", "en", empty_registry)
    assert got["Jacob Mkunda"].country == "TZ" and got["Charles Kahariri"].country == "KE", sorted(got)


# =========================================================================== 6. a companion's state

def test_a_russian_companion_of_the_minister_named_by_his_state(empty_registry):
    got = _got("Министр обороны Казахстана Руслан Жаксылыков прибыл в Бишкек, где его встретил министр обороны Киргизии "
               "Бактыбек Бекболотов. Полковник Иван Петров, сопровождавший казахстанского министра, осмотрел технику.",
               "ru", empty_registry)
    assert got["Ivan Petrov"].country == "KZ", sorted(got)


@pytest.mark.parametrize("text, lang, name", [
    ("Azerbaijan's Defence Minister Zakir Hasanov arrived in Tbilisi on Monday. He held talks with Georgia's Defence "
     "Minister Juansher Burchuladze. Major General Kerim Veliyev, who accompanied the minister, met Georgian officers.",
     "en", "Kerim Veliyev"),
    ("Министр обороны Азербайджана Закир Гасанов прибыл в Тбилиси. Его встретил министр обороны Грузии Джуаншер "
     "Бурчуладзе. Генерал-майор Керим Велиев, сопровождавший министра, осмотрел технику.", "ru", "Kerim Veliev"),
])
def test_the_visitors_companion_after_a_sentence_about_the_host(text, lang, name, empty_registry):
    assert _one(text, lang, empty_registry, name).country == "AZ"


@pytest.mark.parametrize("text, lang, name", [
    ("Azerbaijan's Defence Minister Zakir Hasanov arrived in Tbilisi on Monday. Georgia's Defence Minister Juansher "
     "Burchuladze welcomed him at the airport. Colonel Elchin Aliyev, who accompanied him, met Georgian officers.",
     "en", "Elchin Aliyev"),
    ("Министр обороны Азербайджана Закир Гасанов прибыл в Тбилиси. Он провел переговоры с министром обороны Грузии "
     "Джуаншером Бурчуладзе. Полковник Эльчин Алиев, сопровождавший его, встретился с грузинскими офицерами.", "ru",
     "Elchin Aliev"),
])
def test_a_companion_of_him_is_of_the_visitor(text, lang, name, empty_registry):
    assert _one(text, lang, empty_registry, name).country == "AZ"


def test_a_companion_of_the_turkish_minister_is_turkish(empty_registry):
    p = _one("Georgia's Defence Minister Juansher Burchuladze met the visiting guests in Tbilisi. Colonel Ali Demir, who "
             "accompanied the Turkish minister, toured the base.", "en", empty_registry, "Ali Demir")
    assert p.country == "TR"


@pytest.mark.parametrize("text, lang, name", [
    ("Turkey's Defence Minister Yasar Guler met Azerbaijan's Defence Minister Zakir Hasanov in Baku. Colonel Ali Demir, "
     "who accompanied the President to the summit, said little.", "en", "Ali Demir"),
    ("Министр обороны Турции Яшар Гюлер встретился с министром обороны Азербайджана Закиром Гасановым в Баку. Полковник "
     "Али Демир, сопровождавший президента, ничего не сказал.", "ru", "Ali Demir"),
])
def test_a_companion_of_an_unnamed_president_gets_no_state(text, lang, name, empty_registry):
    assert _one(text, lang, empty_registry, name).country is None


@pytest.mark.parametrize("text, lang, name, state", [
    # the visitor is the subject of the sentence that names both: the first named there
    ("Azerbaijan's Defence Minister Zakir Hasanov held talks with Georgia's Defence Minister Juansher Burchuladze in "
     "Tbilisi. Major General Kerim Veliyev, who accompanied the minister, met Georgian officers.", "en", "Kerim Veliyev",
     "AZ"),
    # a state adjective in Russian decides, whoever was named last
    ("Министр обороны Грузии Джуаншер Бурчуладзе встретился с гостями в Тбилиси. Полковник Али Демир, сопровождавший "
     "турецкого министра, осмотрел базу.", "ru", "Ali Demir", "TR"),
])
def test_a_companion_of_the_sentences_subject_or_of_a_named_state(text, lang, name, state, empty_registry):
    assert _one(text, lang, empty_registry, name).country == state


@pytest.mark.xfail(strict=True, reason="a companion with a Malay style in Russian («Тан Шри X, сопровождавший "
                   "министра») has neither rank nor office, which people.companions requires, and styles_of_state has "
                   "no Cyrillic forms: he gets no state (the English sentence gives MY)")
def test_a_russian_companion_with_a_malay_style(empty_registry):
    p = _one("Министр обороны Малайзии Датук Сери Мохамед Халед Нордин встретился с министром обороны Индонезии Прабово "
             "Субианто. Тан Шри Аффенди Буанг, сопровождавший министра, также присутствовал.", "ru", empty_registry,
             "Affendi Buang")
    assert p.country == "MY"


def test_a_russian_companion_named_after_the_verb(empty_registry):
    p = _one("Переговоры прошли в Найроби. Делегацию Уганды возглавил министр обороны Джейкоб Обот. Его сопровождал "
             "генерал Мухузи Кайнеругаба.", "ru", empty_registry, "Mukhuzi Kainerugaba")
    assert p.country == "UG"


# =========================================================================== 7. offices the rules leave narrow

def test_a_name_after_a_multinational_office_and_a_comma_keeps_the_office(empty_registry):
    p = _one("The Commander of the Multinational Joint Task Force, Major General Ibrahim Sallau Ali, visited N'Djamena.",
             "en", empty_registry, "Ibrahim Sallau Ali")
    assert p.role == "Commander of the Multinational Joint Task Force" and p.rank == "Major General"


def test_a_russian_glavkom_is_an_office(empty_registry):
    p = _one("Главком ВКС России генерал-полковник Виктор Афзалов встретился с делегацией.", "ru", empty_registry,
             "Viktor Afzalov")
    assert p.role and p.role.startswith("Commander-in-Chief")


@pytest.mark.parametrize("text, name", [
    ("Командующий СВ ВС Беларуси генерал-майор Вадим Денисенко провел встречу.", "Vadim Denisenko"),
    ("Заместитель командующего ВДВ генерал-лейтенант Андрей Холзаков посетил Минск.", "Andrei Kholzakov"),
])
def test_a_russian_services_initials_stay_in_the_role(text, name, empty_registry):
    p = _one(text, "ru", empty_registry, name)
    assert p.role.split()[-1] not in ("Commander",), p.role


def test_the_ukrainian_forces_initials_give_the_state(empty_registry):
    # (round 20) a Ukrainian's name is spelt the Ukrainian way once the state is read: Andrii Hnatov
    got = _got("Начальник Генштаба ВСУ генерал-лейтенант Андрей Гнатов встретился с делегацией НАТО.", "ru",
               empty_registry)
    assert len(got) == 1 and next(iter(got)) in ("Andrei Gnatov", "Andrii Hnatov"), sorted(got)
    p = next(iter(got.values()))
    assert p.country == "UA" and p.role == "Chief of the General Staff"
