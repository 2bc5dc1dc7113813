"""Each person's country, office and rank (issue 12, round 13): the state bound to the name (in
brackets, "of X" after the name, a demonym through a plain noun, the service's name after the name)
before any state nearer in the sentence; monarchs, transitional heads and commanders-in-chief as
offices in both languages; an office in apposition after a later surname completing a bare
"Minister"; a company's name kept out of its head's office. Sentences written for these tests, in
our own words."""

import pytest

from generator.reference.offices import canonical_rank, canonical_role

from roles_parts import people

# (language, sentence, name, country) -- "" where the text gives the person no state.
STATES = [
    # A state in brackets right after the name.
    ("en", "Defence Minister Carla Mendes (Brazil) and Defence Minister Juan Ortiz (Argentina) signed the text.",
     "Carla Mendes", "BR"),
    ("en", "Defence Minister Carla Mendes (Brazil) and Defence Minister Juan Ortiz (Argentina) signed the text.",
     "Juan Ortiz", "AR"),
    ("en", "Minister Sara Holm (Denmark) hosted Minister Pia Lind [Sweden] in Aarhus.", "Pia Lind", "SE"),
    # "of X" after the name outranks a state the words before it give with no office.
    ("en", "The seminar brought together General Olu Adeyemi of Nigeria and General Kofi Mensah of Ghana.",
     "Kofi Mensah", "GH"),
    ("en", "General Lars Berg of the Swedish Army and General Olaf Dahl of Norway met in Oslo.", "Olaf Dahl", "NO"),
    # The state's adjective inside the name of the service after the name.
    ("en", "Brigadier General Anan Somchai of the Royal Thai Army attended the drill.", "Anan Somchai", "TH"),
    ("en", "The minister met General Lars Berg from the Norwegian Armed Forces.", "Lars Berg", "NO"),
    ("en", "Colonel Kwesi Boateng of the Ghanaian Air Force flew the guests to Tamale.", "Kwesi Boateng", "GH"),
    # A demonym bound to the name through one plain noun, before or after it.
    ("en", "The minister thanked his Ugandan host Joseph Okello for the welcome.", "Joseph Okello", "UG"),
    ("en", "The Qatari guest Hamad Jassim toured the port.", "Hamad Jassim", "QA"),
    ("en", "Hamad Jassim, a Qatari diplomat, toured the port.", "Hamad Jassim", "QA"),
    ("en", "Peter Banda, the Zambian envoy, arrived on Monday.", "Peter Banda", "ZM"),
    ("en", "Colonel Ana Lopes, a Brazilian officer, joined the briefing.", "Ana Lopes", "BR"),
    # Near-misses: a verb or a function word between the state and the name binds nothing.
    ("en", "The Kenyan government said Joseph Okello would visit.", "Joseph Okello", ""),
    ("en", "Kenyan troops welcomed Joseph Okello at the airport.", "Joseph Okello", ""),
    ("en", "Turkish officials told Joseph Okello about the plan.", "Joseph Okello", ""),
    ("en", "Joseph Okello, a Harvard graduate, spoke first.", "Joseph Okello", ""),
    ("en", "Sara Holm (Chair) opened the session.", "Sara Holm", ""),
]


@pytest.mark.parametrize("lang,body,name,country", STATES)
def test_the_state_bound_to_the_name(empty_registry, lang, body, name, country):
    assert (people(body, lang, empty_registry)[name].country or "") == country


# (language, sentence, name, canonical office, country)
OFFICES = [
    # Monarchs, transitional heads and commanders-in-chief, both languages.
    ("en", "He was received by the Emir of Qatar, Sheikh Tamim Al Khalifa, at the palace.", "Tamim Al Khalifa", "Emir", "QA"),
    ("en", "Kuwait's Emir Nawaf Al Sabah received the minister.", "Nawaf Al Sabah", "Emir", "KW"),
    ("ru", "Его принял эмир Катара шейх Тамим Аль Тани.", "Tamim Al Tani", "Emir", "QA"),
    ("ru", "Министра принял эмир Кувейта шейх Наваф Аль Сабах.", "Nawaf Al Sabah", "Emir", "KW"),
    ("en", "The Commander-in-Chief of the Army, General Hugo Paz, met the Bolivian guests.", "Hugo Paz",
     "Commander-in-Chief of the Army", None),
    ("ru", "Главнокомандующий Сухопутными войсками России генерал Олег Салюков встретил гостей.", "Oleg Salyukov",
     "Commander-in-Chief of the Army", "RU"),
    ("en", "The Head of the Transition of Guinea, Colonel Mamadou Keita, received the envoy.", "Mamadou Keita",
     "Head of the Transition", "GN"),
    # A counterpart named with "from X" after the word.
    ("en", "Estonian Defence Minister Hanno Pevkur met his counterpart from Latvia, Andris Spruds.",
     "Andris Spruds", "Minister of Defence", "LV"),
    ("en", "Israeli Defence Minister Yoav Adler met his counterpart of Greece, Nikos Pappas.",
     "Nikos Pappas", "Minister of Defence", "GR"),
    # A bare "Minister" takes its complement from an apposition after a later surname.
    ("en", "Minister Pablo Rojas met the visitors. Rojas, the defence minister, said the talks went well.",
     "Pablo Rojas", "Minister of Defence", None),
    ("en", "Minister Pablo Rojas of Chile met the visitors. \"We agree,\" Rojas, Chile's defence minister, said.",
     "Pablo Rojas", "Minister of Defence", "CL"),
    ("ru", "Министр Павел Рогов встретил гостей. Рогов, министр обороны Беларуси, отметил важность визита.",
     "Pavel Rogov", "Minister of Defence", "BY"),
    # (near-miss: a later surname with no apposition leaves the office as written)
    ("en", "Minister Pablo Rojas met the visitors. Rojas said the talks went well.", "Pablo Rojas", "Minister", None),
    # A company's name before its head's office word is no part of the office.
    ("en", "Hanwha Aerospace chief Son Jae-il signed the deal.", "Son Jae-il", "Chief", None),
    ("en", "Pakistan Army chief General Asim Malik visited the front.", "Asim Malik", "Chief of Army Staff", "PK"),
    ("en", "NATO Secretary General Mark Rutte opened the summit.", "Mark Rutte", "Secretary General", None),
]


@pytest.mark.parametrize("lang,body,name,office,country", OFFICES)
def test_the_office_and_its_state(empty_registry, lang, body, name, office, country):
    p = people(body, lang, empty_registry)[name]
    assert canonical_role(p.role) == office, p.role
    assert p.country == country


@pytest.mark.parametrize("written,label", [
    ("Emir", "Emir"), ("Amir", "Emir"), ("King", "King"), ("Sultan", "Sultan"), ("Crown Prince", "Crown Prince"),
    ("President of the Transition", "Head of the Transition"), ("Transitional President", "Head of the Transition"),
    ("interim President", "Head of the Transition"), ("Army Commander-in-Chief", "Commander-in-Chief of the Army"),
    ("Commander-in-Chief of the Ground Forces", "Commander-in-Chief of the Army"),
    ("Commander in Chief of the Armed Forces", "Commander-in-Chief of the Armed Forces"),
    ("Commander-in-Chief", "Commander-in-Chief"),
])
def test_one_label_per_head_of_state_and_commander(written, label):
    assert canonical_role(written) == label


def test_a_rank_before_a_company_head_stays_a_rank(empty_registry):
    p = people("Accompanied by Rear Admiral Tom Kerr, the minister toured the Hanwha Aerospace yard.", "en",
               empty_registry)["Tom Kerr"]
    assert canonical_rank(p.rank) == "Rear Admiral"


def test_an_agency_in_capitals_before_the_office_is_no_company(empty_registry):
    p = people("ASTANA. QAZPRESS Defense Minister of Kazakhstan Arman Seitov met the guests.", "en",
               empty_registry)["Arman Seitov"]
    assert canonical_role(p.role) == "Minister of Defence", p.role


def test_a_title_that_is_also_a_given_name_stays_in_the_name(empty_registry):
    # "Эмир" capitalised before one name word is a given name, as "Emir" is in English.
    got = people("Режиссёр Эмир Кустурица посетил Москву.", "ru", empty_registry)
    assert "Emir Kusturitsa" in got and got["Emir Kusturitsa"].role is None
    got = people("Yang di-Pertuan Agong Sultan Ibrahim received the minister at the palace.", "en", empty_registry)
    assert "Sultan Ibrahim" in got


# (language, sentence, name, country) -- the state of the group named with the person.
GROUPS = [
    # The head of a delegation the Russian text names before the verb of heading it.
    ("ru", "Делегацию Перу возглавил генерал Луис Киспе.", "Luis Quispe", "PE"),
    ("ru", "Перуанскую делегацию возглавил генерал Луис Киспе.", "Luis Quispe", "PE"),
    ("ru", "Чилийскую военную делегацию возглавлял заместитель министра обороны Хуан Диас.", "Juan Diaz", "CL"),
    ("ru", "Делегацию возглавил адмирал Хуан Диас, его встретили в Перу.", "Juan Diaz", ""),
    # A companion named at the opening of the sentence takes the state of the one he accompanies.
    ("en", "Accompanied by Rear Admiral Tom Kerr, the New Zealand Defence Minister Jane Holt arrived in Suva.", "Tom Kerr", "NZ"),
    ("en", "Accompanied by Colonel Ana Reis, Brazil's army chief General Paulo Souza toured the academy.", "Ana Reis", "BR"),
    ("ru", "В сопровождении контр-адмирала Тома Керра министр обороны Новой Зеландии Джейн Холт прибыла в Суву.",
     "Tom Kerr", "NZ"),
    # (near-misses: a second companion of another state; no "accompanied" at all)
    ("en", "Accompanied by Rear Admiral Tom Kerr and Colonel Ana Lopes of Brazil, the guests toured the port.", "Tom Kerr", ""),
    ("en", "Colonel Ana Reis said that Brazil's army chief General Paulo Souza toured the academy.", "Ana Reis", ""),
]


@pytest.mark.parametrize("lang,body,name,country", GROUPS)
def test_the_state_of_the_group_named_with_the_person(empty_registry, lang, body, name, country):
    assert (people(body, lang, empty_registry)[name].country or "") == country


# An office said as a verb with the state in the possessive: ", who heads Kenya's navy".
WHO_HOLDS = [
    ("Talks were held with Ibrahim Kone, who heads Côte d'Ivoire's armed forces.", "Ibrahim Kone", "Head of the Armed Forces", "CI"),
    ("He met Ali Haddad, who commands Jordan's army, in Amman.", "Ali Haddad", "Commander of the Army", "JO"),
    ("He met Ali Haddad, who leads Operation Harmony in the army.", "Ali Haddad", None, None),
]


@pytest.mark.parametrize("body,name,role,country", WHO_HOLDS)
def test_an_office_said_as_a_verb_with_a_possessive_state(empty_registry, body, name, role, country):
    p = people(body, "en", empty_registry)[name]
    assert p.role == role and p.country == country


@pytest.fixture(scope="module")
def gen_registry(tmp_path_factory):
    from generator.reference.registry import Registry

    path = tmp_path_factory.mktemp("reg") / "registry.yaml"
    path.write_text("people:\n  - {id: gen-tanabe, name: Gen Tanabe, country: JP}\norganizations: []\n", encoding="utf-8")
    return Registry(path)


@pytest.mark.parametrize("body,name,rank", [
    # A rank word that is the given name of the person the registry names in full.
    ("Defence Minister Gen Tanabe met the Australian minister in Tokyo.", "Gen Tanabe", None),
    ("Minister Gen Tanabe thanked the guests.", "Gen Tanabe", None),
    # (near-miss: a general whose given name is another word keeps the rank)
    ("Army chief Gen Hiro Sato met the guests.", "Hiro Sato", "General"),
])
def test_a_rank_word_that_is_the_given_name(gen_registry, body, name, rank):
    p = people(body, "en", gen_registry)[name]
    assert canonical_rank(p.rank) == rank and (p.rank_text is None) == (rank is None)
