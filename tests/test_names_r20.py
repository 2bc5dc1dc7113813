"""Round 20 names: an office before a hard line wrap and the name after it, a name in capitals on a letterhead
line, post-nominal letters, a known person's surname alone, the registry's Russian forms of Asian names,
initials glued to a surname, the longer Malay and Bruneian styles, «Главком» and the services' initials in
Russian offices. Every sentence is our own (real officials' names, invented meetings); nothing is taken from
../shared/corpus or a held-out set."""

import pytest

from names_parts import got, one


# --------------------------------------------------------------------------- 1. a hard line wrap between office and name

@pytest.mark.parametrize("text, lang, name, role", [
    ("On Tuesday the Japanese minister held a long meeting with the Defence Minister of India\n"
     "Rajnath Singh. The ministers discussed the joint exercises planned for next spring.", "en",
     "Rajnath Singh", "Defence Minister"),
    ("В Нью-Дели прибыла делегация во главе с заместителем министра обороны генерал-полковником\n"
     "Александром Фоминым. Стороны обсудили план совместных учений на следующий год.", "ru",
     "Alexander Fomin", "Deputy Minister of Defence"),
    # the initials glued to the surname, as official Russian texts write them
    ("В Нью-Дели прибыла делегация во главе с заместителем министра обороны генерал-полковником\n"
     "А.В.Фоминым. Стороны обсудили план совместных учений на следующий год и обменялись подарками.", "ru",
     "Alexander Fomin", "Deputy Minister of Defence"),
])
def test_an_office_before_a_hard_wrap_is_the_names(text, lang, name, role, registry):
    assert one(text, lang, registry, name).role == role


def test_a_short_heading_line_lends_no_office(empty_registry):
    # a heading of its own (short, no sentence wrapped) keeps its break: its words are no office of the name after
    p = one("Talks with the Defence Minister\nRavi Menon said the talks went well and the deal was close.", "en",
            empty_registry, "Ravi Menon")
    assert p.role is None


# --------------------------------------------------------------------------- 2. letterheads and post-nominals

@pytest.mark.parametrize("text, name", [
    ("MEDIA RELEASE\nTHE HON PAT CONROY MP\nMINISTER FOR DEFENCE INDUSTRY\nThe minister visited the shipyard in "
     "Adelaide on Monday.", "Pat Conroy"),
    ("SENATOR THE HON PENNY WONG\nMINISTER FOR FOREIGN AFFAIRS\nThe minister met her Japanese counterpart in Tokyo.",
     "Penny Wong"),
    ("PRIYA SHARMA MP\nThe member visited the base in Darwin.", "Priya Sharma"),
])
def test_a_name_in_capitals_on_a_letterhead_line(text, name, empty_registry):
    assert name in got(text, "en", empty_registry)


@pytest.mark.parametrize("text", [
    "MEDIA RELEASE\nMINISTER FOR DEFENCE INDUSTRY\nThe minister visited the shipyard in Adelaide.",
    "JOINT STATEMENT\nAUSTRALIA JAPAN DEFENCE TALKS\nThe ministers met in Tokyo.",
    "THE HON MINISTER FOR DEFENCE\nThe minister met his guests.",
    "TOKYO TALKS MP\nThe minister met his guests.",
    "DEFENCE NEWS AM\nThe minister met his guests.",
])
def test_capitals_that_are_no_name_make_no_person(text, empty_registry):
    assert got(text, "en", empty_registry) == {}


@pytest.mark.parametrize("text, name", [
    ("Brigadier Jane Roe AM CSC said the drill had ended.", "Jane Roe"),
    ("Dr Ravi Menon PhD, a researcher at the institute, said so.", "Ravi Menon"),
    ("Colonel John Smith (ret.) said the deal was close.", "John Smith"),
    ("The statement was signed by Ravi Menon MP on Monday.", "Ravi Menon"),
])
def test_post_nominal_letters_are_no_part_of_the_name(text, name, empty_registry):
    assert set(got(text, "en", empty_registry)) == {name}


# --------------------------------------------------------------------------- 3. a known person's surname alone

@pytest.mark.parametrize("text, lang, names", [
    ("Turkey and Azerbaijan held talks in Baku. Erdoğan sent greetings via Güler.", "en",
     {"Recep Tayyip Erdogan", "Yasar Guler"}),
    ("Turkey and Azerbaijan held talks in Baku. Erdogan sent his greetings.", "en", {"Recep Tayyip Erdogan"}),
    ("Турция и Азербайджан провели переговоры в Баку. Эрдогану передали приветствие.", "ru",
     {"Recep Tayyip Erdogan"}),
])
def test_a_known_persons_surname_alone_is_that_person(text, lang, names, registry):
    assert names <= set(got(text, lang, registry))


def test_a_surname_alone_needs_the_registry_and_the_state():
    from generator.extract.name_spans import registry_surnames
    from generator.reference.registry import Registry

    reg = Registry()
    text = "The talks went well. Erdoğan sent greetings."
    assert [m.normal for m in registry_surnames(text, "en", [], {"TR"}, reg)] == ["Erdoğan"]
    assert registry_surnames(text, "en", [], {"KE", "UG"}, reg) == []  # the article names no Turkey
    # a surname the registry does not know, a dictionary word, a word of a longer capitalised run: none
    assert registry_surnames("The talks went well. Kiprono sent greetings.", "en", [], {"KE"}, reg) == []
    assert registry_surnames("The talks went well. Tax officials were present.", "en", [], {"TZ"}, reg) == []
    assert registry_surnames("The talks went well at the Erdoğan Centre.", "en", [], {"TR"}, reg) == []


def test_a_surname_alone_the_registry_does_not_know_stays_no_person(registry):
    assert got("Kenya and Uganda held talks in Kampala. Kiprono said little.", "en", registry) == {}


# --------------------------------------------------------------------------- 4. the registry's Russian forms

@pytest.mark.parametrize("text, name", [
    ("Министр обороны России встретился с заместителем главнокомандующего Мьянмы Со Вином в Москве.", "Soe Win"),
    ("Премьер-министр Вьетнама Фам Минь Тинь принял российскую делегацию в Ханое.", "Pham Minh Chinh"),
    ("Министр обороны Киргизии Б.Б.Бекболотов встретился с российским послом.", "Baktybek Bekbolotov"),
    ("Делегацию Уганды возглавил генерал Мухузи Кайнеругаба.", "Muhoozi Kainerugaba"),
])
def test_a_russian_form_of_a_known_name(text, name, registry):
    assert name in got(text, "ru", registry)


@pytest.mark.parametrize("text", [
    "Министр осмотрел новый госпиталь на проспекте Гейдара Алиева в Баку.",
    "Делегация посетила Дворец имени Гейдара Алиева в Баку.",
])
def test_a_known_name_in_a_place_name_is_no_person(text, registry):
    assert got(text, "ru", registry) == {}


def test_an_unknown_russian_name_is_transliterated_as_before(registry):
    assert "So Lin" in got("Министр обороны Мьянмы Со Лин встретился с российской делегацией.", "ru", registry)


# --------------------------------------------------------------------------- 5. styles and offices

@pytest.mark.parametrize("text, lang", [
    ("Brunei's Defence Minister Dato Paduka Seri Halbi Yussof met the Thai delegation.", "en"),
    ("Pehin Dato Paduka Seri Halbi Yussof met the Thai delegation.", "en"),
    ("Министр обороны Брунея Дато Падука Сери Халби Юссоф встретился с послом.", "ru"),
    ("Министр обороны Малайзии Дато Сери Утама Мохамад Хасан встретился с послом.", "ru"),
])
def test_a_long_style_is_no_part_of_the_name(text, lang, empty_registry):
    people = got(text, lang, empty_registry)
    assert len(people) == 1 and not next(iter(people)).startswith(("Dato", "Paduka", "Seri", "Utama", "Pehin")), \
        sorted(people)


def test_a_given_name_that_looks_like_a_style_is_kept(empty_registry):
    # "Sri" and "Utama" are links of a style only after a style word
    assert any(n.startswith("Sri") for n in got("Sri Mulyani met the Malaysian delegation in Jakarta.", "en",
                                                 empty_registry))


@pytest.mark.parametrize("text, name, role, country", [
    ("Главком ВМФ адмирал Иван Петров принял делегацию.", "Ivan Petrov", "Commander-in-Chief of the Navy", None),
    ("Командующий ВДВ генерал-полковник Иван Петров посетил Минск.", "Ivan Petrov",
     "Commander of the Airborne Forces", None),
    ("Главнокомандующий ВСУ генерал Иван Петренко встретился с делегацией.", None, "Commander-in-Chief", "UA"),
])
def test_russian_short_offices_and_services(text, name, role, country, empty_registry):
    people = got(text, "ru", empty_registry)
    assert len(people) == 1, sorted(people)
    p = next(iter(people.values()))
    assert (name is None or p.name == name) and p.role.startswith(role) and p.country == country


def test_the_ukrainian_forces_outside_the_office_give_no_state(empty_registry):
    p = one("Генерал Иван Петров рассказал о потерях ВСУ под Курском.", "ru", empty_registry, "Ivan Petrov")
    assert p.country is None


# --------------------------------------------------------------------------- 6. long Iberian names

@pytest.mark.parametrize("text, name", [
    ("Vice Admiral Jose Augusto Vieira da Cunha de Menezes met the Angolan delegation.",
     "Jose Augusto Vieira da Cunha de Menezes"),
    ("General Pedro Gárate, Chief of the Joint Chiefs of Staff of Chile, and his Peruvian counterpart, General David "
     "Ojeda, signed the plan.", "David Ojeda"),
    ("The Chilean delegation was led by General Pedro Gárate Núñez de Arco.", "Pedro Garate Nunez de Arco"),
])
def test_a_long_iberian_name_is_one_person(text, name, empty_registry):
    people = got(text, "en", empty_registry)
    assert name in people and not any(n != name and set(n.split()) < set(name.split()) for n in people), sorted(people)


def test_a_state_after_a_particle_ends_the_name(empty_registry):
    assert "Rui da Silva" in got("General Rui da Silva de Portugal met the guests.", "en", empty_registry)


# --------------------------------------------------------------------------- 7. an office's last word before a comma

@pytest.mark.parametrize("text, name, role", [
    ("The Secretary of Defence Production, Shri Ravi Menon, said the exports had grown.", "Ravi Menon",
     "Secretary of Defence Production"),
    ("The Commander of the Multinational Joint Task Force, Major General Ravi Menon, visited Abuja.", "Ravi Menon",
     "Commander of the Multinational Joint Task Force"),
])
def test_an_office_ending_in_a_noun_before_a_comma_and_a_name(text, name, role, empty_registry):
    people = got(text, "en", empty_registry)
    assert set(people) == {name} and people[name].role == role, sorted(people)


def test_a_surname_that_is_a_noun_after_a_rank_and_a_comma_is_kept(empty_registry):
    # no "of"/"for" office before it: "General Wood" is a person before a list
    assert "Wood" in got("The Chief General Wood, Colonel John Smith and others met.", "en", empty_registry)


def test_a_known_name_less_a_middle_word_is_not_one_of_another_state(tmp_path):
    from generator.reference.registry import Registry

    path = tmp_path / "registry.yaml"
    path.write_text("people:\n  - {id: mohamad-hasan, name: Mohamad Hasan, ru: Мохамад Хасан, country: MY}\n"
                    "organizations: []\n", encoding="utf-8")
    reg = Registry(path)
    people = got("Bangladesh's Chief of Naval Staff Admiral Mohamad Nazmul Hasan met the Russian envoy in Dhaka.", "en",
                 reg)
    assert "Mohamad Hasan" not in people and any(p.country == "BD" for p in people.values()), sorted(people)
    # with no state read, the registry's person as before
    assert "Mohamad Hasan" in got("Mohamad Nazmul Hasan met the envoy.", "en", reg)


# --------------------------------------------------------------------------- 8. a companion after a pronoun

@pytest.mark.parametrize("text, lang, name, state", [
    ("The talks were held in Nairobi. Uganda's Defence Minister Jacob Oboth led the delegation. He was accompanied "
     "by General Ravi Okello.", "en", "Ravi Okello", "UG"),
    ("Переговоры прошли в Найроби. Делегацию Уганды возглавил министр обороны Джейкоб Обот. Его сопровождали "
     "генерал Иван Окелло и полковник Пётр Мусоке.", "ru", "Ivan Okello", "UG"),
    # a companion with his own state keeps it
    ("Переговоры прошли в Найроби. Делегацию Уганды возглавил министр обороны Джейкоб Обот. Его сопровождал "
     "посол России в Кении Иван Петров.", "ru", "Ivan Petrov", "RU"),
    # no one with a state in the sentence before: no state
    ("The talks were held in Nairobi on Monday. He was accompanied by General Ravi Okello.", "en", "Ravi Okello", None),
])
def test_a_companion_after_a_pronoun_is_of_the_person_before(text, lang, name, state, empty_registry):
    assert one(text, lang, empty_registry, name).country == state


@pytest.mark.parametrize("text, want", [
    ("Kenya and Uganda met in Kampala. The Ugandan delegation was headed by General Ravi Okello, while the Kenyan "
     "delegation by General Ivan Kiprono.", {"Ravi Okello": "UG", "Ivan Kiprono": "KE"}),
    # "led by" in the sentence before does not reach into this one
    ("Kenya and Uganda met in Kampala. The Ugandan delegation was led by General Ravi Okello. The talks with "
     "the Kenyan delegation by Colonel Ivan Kiprono's account were long.", {"Ravi Okello": "UG", "Ivan Kiprono": None}),
])
def test_an_elided_delegation_clause(text, want, empty_registry):
    people = got(text, "en", empty_registry)
    assert {n: people[n].country for n in want if n in people} == want, sorted(people)
