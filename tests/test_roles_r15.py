"""Each person's state and office (issue 12, round 15): the state given by the situation rather than next
to the name (the host a visitor calls on, is received by or meets; the home side of a visit abroad or of a
pair of counterparts; a company's officer in the company's city), a state's abbreviation, an office only
one state has, no host's state for an officer of a multinational mission, and one canonical label per
office ("Federal Minister of Defence", "Inspector of the German Navy", "Chief of General Staff of the ENDF",
"Ambassador to Mongolia"). Sentences written for these tests, in our own words."""

import pytest

from generator.reference.offices import canonical_role

from roles_parts import people

# (language, body, name, country) -- "" where the person must get no state.
STATES = [
    # The host: called on, received by, met by a visitor of another state in a city of the host's state.
    ("en", "Australian Defence Minister Richard Marles arrived in Suva on Monday. "
           "In Suva the Minister called on Prime Minister Sitiveni Rabuka.", "Sitiveni Rabuka", "FJ"),
    ("en", "Italian Defence Minister Guido Crosetto paid a visit to Djibouti. "
           "The delegation was also received by President Ismail Omar Guelleh.", "Ismail Omar Guelleh", "DJ"),
    ("en", "A Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov visited Niamey on Tuesday. "
           "Transition President General Abdourahamane Tiani later received the Russian guests at the palace.",
     "Abdourahamane Tiani", "NE"),
    ("en", "Japan's defence minister visited Manila on Friday. He called on President Bongbong Marcos "
           "and met Secretary Gilberto Teodoro.", "Gilberto Teodoro", "PH"),
    ("en", "In Windhoek, the Chinese delegation was received by President Nangolo Mbumba.", "Nangolo Mbumba", "NA"),
    ("en", "Major General Diagne Ba, the head of the UN peacekeeping mission, met President Hassan Sheikh "
           "Mohamud in Mogadishu.", "Hassan Sheikh Mohamud", "SO"),
    ("ru", "Российская делегация во главе с заместителем министра обороны Юнус-Беком Евкуровым прибыла в "
           "Уагадугу. Делегацию принял президент переходного периода капитан Ибрагим Траоре.", "Ibragim Traore", "BF"),
    # (near-misses: who meets is no host; two bare offices meeting say nothing of either side)
    ("en", "Prime Minister Sitiveni Rabuka met Minister Pat Conroy in Suva. Conroy is Australian.", "Pat Conroy", ""),
    ("en", "Minister Pat Conroy held talks with Colonel Jone Kalou in Suva. Conroy is Australian.",
     "Jone Kalou", ""),
    ("en", "General Ali Haidar, the visiting Jordanian chief, called on President Tom Kane in Dublin.", "Ali Haidar", "JO"),
    # A head of state or government left bare on the page of a visit to his state's city, with no verb.
    ("en", "Italian Defence Minister Guido Crosetto arrived in Djibouti on Monday. President Ismail Omar Guelleh "
           "attended the parade.", "Ismail Omar Guelleh", "DJ"),
    ("ru", "Министр обороны Италии Гвидо Крозетто прибыл в Джибути. На параде присутствовал президент Исмаил Омар Гелле.",
     "Esmaeil Omar Gelle", "DJ"),
    # (near-miss: beside the visitor, his own head of government)
    ("en", "Italian Defence Minister Guido Crosetto arrived in Djibouti on Monday. Crosetto thanked Prime Minister "
           "Giorgia Meloni in a call from Djibouti.", "Giorgia Meloni", ""),
    # The home side: the visitor the report leaves bare is of the state it is filed from, or of the pair's other state.
    ("en", "Quito. — The Minister of National Defence, Gian Carlo Loffredo, travelled to Bogota, where he met "
           "the Minister of National Defence of Colombia, Pedro Sanchez. Ecuador and Colombia share a border.",
     "Gian Carlo Loffredo", "EC"),
    ("en", "Vilnius, 3 May. Defence Minister Laurynas Kasciunas paid an official visit to Warsaw.", "Laurynas Kasciunas", "LT"),
    ("en", "Minister Ludivine Dedonder received her Dutch counterpart Kajsa Ollongren. Belgium and the "
           "Netherlands will buy frigates.", "Ludivine Dedonder", "BE"),
    ("ru", "Министр обороны Арвидас Анушаускас прибыл в Минск. Литва и Белоруссия обсудили границу.",
     "Arvidas Anushauskas", "LT"),
    # (near-miss: three states and no dateline: which one is the minister's is not said)
    ("en", "Minister Ludivine Dedonder received her Dutch counterpart Kajsa Ollongren. France, Belgium and the "
           "Netherlands will buy frigates.", "Ludivine Dedonder", ""),
    ("en", "Defence Minister Laurynas Kasciunas paid an official visit to Warsaw. He thanked Poland.", "Laurynas Kasciunas", ""),
    # A state's abbreviation.
    ("en", "PNG's Minister for Defence Billy Joseph met the Australian minister Richard Marles.", "Billy Joseph", "PG"),
    ("en", "Colonel Ray Moore, commander of the PNG Defence Force, met the guests.", "Ray Moore", "PG"),
    ("en", "KSA Deputy Defence Minister Talal Otaibi met the guests.", "Talal Otaibi", "SA"),
    # An office only one state has.
    ("en", "Tanaiste and Minister for Defence Micheal Martin met the troops.", "Micheal Martin", "IE"),
    ("en", "The Taoiseach, Simon Harris, met the troops.", "Simon Harris", "IE"),
    ("ru", "Генеральный инспектор бундесвера генерал Карстен Бройер посетил Литву.", "Carsten Breuer", "DE"),
    # A state inside the person's own office wins over the city of the page.
    ("en", "Ulaanbaatar, 4 May. Admiral John Aquilino, Commander of the United States Indo-Pacific Command, met "
           "Defence Minister Saikhanbayar Gursed. Mongolia hosted the talks.", "John Aquilino", "US"),
    ("en", "Admiral John Aquilino, Commander of the US Pacific Command, met him.", "John Aquilino", "US"),
    # A company's officer: the state of the company's city.
    ("en", "Henrik Larsen, chief executive of Nordic Arms, showed the plant in Kiel.", "Henrik Larsen", "DE"),
    ("en", "Kiel, 3 May. The minister toured the yard with Anna Berg, the CEO of Baltic Yards.", "Anna Berg", "DE"),
    ("ru", "Генеральный директор компании «Балтийские верфи» Анна Берг показала цех в Киле.", "Anna Berg", "DE"),
    ("en", "Henrik Larsen, chief executive of Nordic Arms, praised the deal.", "Henrik Larsen", ""),
    # An officer of a multinational mission takes no state from the mission's host.
    ("en", "In Mogadishu, Lieutenant General Sam Okiding, Force Commander of the African Union Transition Mission in "
           "Somalia, met Somali Army chief Ibrahim Sheikh Muhyadin.", "Sam Okiding", ""),
    ("en", "Mogadishu, 4 May. Lieutenant General Sam Okiding, the ATMIS Force Commander, toured the base. "
           "Somalia thanked Uganda.", "Sam Okiding", ""),
    ("en", "Major General Diagne Ba, the head of the UN peacekeeping mission, met President Hassan Sheikh "
           "Mohamud in Mogadishu.", "Diagne Ba", ""),
    ("ru", "В Могадишо командующий миссией Африканского союза генерал-лейтенант Сэм Окидинг встретился с "
           "начальником штаба армии Сомали.", "Sem Okiding", ""),
    # (near-miss: a national commander on the same page is the host's)
    ("en", "Mogadishu, 4 May. Colonel Ali Gure, commander of the 12th Brigade, toured the base. Somalia thanked Uganda.",
     "Ali Gure", "SO"),
]


@pytest.mark.parametrize("lang,body,name,country", STATES)
def test_the_state_given_by_the_situation(empty_registry, lang, body, name, country):
    assert (people(body, lang, empty_registry)[name].country or "") == country


# (language, body, name, canonical office)
OFFICES = [
    ("en", "Tanaiste and Minister for Defence Micheal Martin met the troops.", "Micheal Martin",
     "Tánaiste – Minister of Defence"),
    ("en", "The Taoiseach, Simon Harris, met the troops.", "Simon Harris", "Taoiseach"),
    ("en", "Federal Minister of Defence Boris Pistorius met the troops.", "Boris Pistorius", "Minister of Defence"),
    ("en", "Kiel, 3 May. The minister toured the yard with Anna Berg, the CEO of Baltic Yards.", "Anna Berg", None),
    ("ru", "Генеральный инспектор бундесвера генерал Карстен Бройер посетил Литву.", "Carsten Breuer",
     "Inspector General of the Bundeswehr"),
    ("ru", "Канцлер Олаф Шольц посетил Литву.", "Olaf Sholts", "Chancellor"),
    ("ru", "Делегацию возглавил замминистра обороны Юнус-Бек Евкуров.", "Yunus-Bek Yevkurov", "Deputy Minister of Defence"),
    ("en", "Admiral John Aquilino, Commander of the Indo-Pacific Command, met him.", "John Aquilino", None),
]


@pytest.mark.parametrize("lang,body,name,label", OFFICES)
def test_the_office_read_in_full(empty_registry, lang, body, name, label):
    p = people(body, lang, empty_registry)[name]
    assert p.role
    if label is not None:
        assert canonical_role(p.role) == label


def test_a_company_office_is_read_whole(empty_registry):
    p = people("Kiel, 3 May. The minister toured the yard with Anna Berg, the CEO of Baltic Yards.", "en", empty_registry)
    assert p["Anna Berg"].role == "CEO of Baltic Yards"


# (as one text writes the office, as another does): one canonical label for both.
SAME_OFFICE = [
    ("Federal Minister of Defence", "Minister of Defence"),
    ("Federal Defence Minister", "Defence Minister"),
    ("Union Defence Minister", "Minister of Defence"),
    ("Federal Chancellor", "Chancellor"),
    ("Inspector of the German Navy", "Inspector of the Navy"),
    ("Inspector of the Italian Army", "Inspector of the Army"),
    ("Chief of General Staff of the ENDF", "Chief of General Staff"),
    ("Chief of Staff of the IDF", "Chief of Staff"),
    ("President of Niger's Transitional Authority", "President of the transitional authority"),
    ("Ambassador to Mongolia", "Ambassador"),
    ("US Ambassador to Mongolia", "Ambassador"),
    ("Ambassador of Japan to Uzbekistan", "Ambassador"),
    ("Minister for the Armed Forces", "Minister of the Armed Forces"),
    ("Tánaiste and Minister for Defence", "Tanaiste and Defence Minister"),
]


@pytest.mark.parametrize("a,b", SAME_OFFICE)
def test_one_label_for_one_office(a, b):
    assert canonical_role(a) is not None and canonical_role(a) == canonical_role(b)


# Near-misses: a bare head is no office once its state or body is taken out; a style word is no office.
@pytest.mark.parametrize("role", ["Chief of the Azerbaijani Armed Forces", "Federal Chief", "Chairman of the CMC"])
def test_no_label_for_a_bare_head(role):
    assert canonical_role(role) is None


# (language, body, {name: (country, canonical office or None for no office)})
LISTS = [
    # A plural office over a list of names, each with its state in brackets, in both languages.
    ("en", "Defence ministers Pal Jonson (Sweden), Antti Hakkanen (Finland) and Troels Poulsen (Denmark) met in Oslo.",
     {"Pal Jonson": ("SE", "Minister of Defence"), "Antti Hakkanen": ("FI", "Minister of Defence"),
      "Troels Poulsen": ("DK", "Minister of Defence")}),
    ("en", "Foreign ministers Pal Jonson (Sweden), Antti Hakkanen (Finland), Ann Toft (Norway) and Troels Poulsen "
           "(Denmark) met in Oslo.", {"Ann Toft": ("NO", "Minister of Foreign Affairs"),
                                      "Troels Poulsen": ("DK", "Minister of Foreign Affairs")}),
    ("ru", "Министры обороны Пол Йонсон (Швеция), Антти Хяккянен (Финляндия) и Трульс Поульсен (Дания) встретились в Осло.",
     {"Pol Yonson": ("SE", "Minister of Defence"), "Antti Khyakkyanen": ("FI", "Minister of Defence"),
      "Truls Poulsen": ("DK", "Minister of Defence")}),
    # (near-misses: one minister in the singular; a state far from a plural office and no list between)
    ("ru", "Министр обороны Пол Йонсон (Швеция) встретился с генералом Антти Хяккяненом.",
     {"Pol Yonson": ("SE", "Minister of Defence"), "Antti Khyakkyanen": ("", None)}),
    ("en", "Defence ministers met in Oslo on Monday, and later Colonel Troels Poulsen of Denmark spoke.",
     {"Troels Poulsen": ("DK", None)}),
    ("en", "General Anna Berg (Norway) met the guests.", {"Anna Berg": ("NO", None)}),
    # An office as the subject of one sentence, its holder's name opening the next.
    ("en", "The French Minister for the Armed Forces arrived in Canberra on Monday. Pierre Dupont toured the base.",
     {"Pierre Dupont": ("FR", "Minister of the Armed Forces")}),
    ("en", "The Dutch Chief of Defence visited Oslo on Monday. Onno Eichelsheim met the troops.",
     {"Onno Eichelsheim": ("NL", "Chief of Defence")}),
    # (near-misses: a bare head, someone named in the first sentence, no office at all)
    ("en", "The minister arrived in Canberra on Monday. Pierre Dupont toured the base.", {"Pierre Dupont": ("", None)}),
    ("en", "The French Minister for the Armed Forces arrived with General Paul Roux on Monday. Pierre Dupont toured "
           "the base.", {"Pierre Dupont": ("", None)}),
    ("en", "The weather turned in Canberra on Monday. Pierre Dupont toured the base.", {"Pierre Dupont": ("", None)}),
]


@pytest.mark.parametrize("lang,body,expected", LISTS)
def test_offices_of_lists_and_of_a_subject(empty_registry, lang, body, expected):
    got = people(body, lang, empty_registry)
    for name, (country, label) in expected.items():
        assert (got[name].country or "") == country, name
        if label is None:
            assert got[name].role is None, name
        else:
            assert canonical_role(got[name].role) == label, name


# (body, name, (country, canonical office)): the one person named under a bare head takes the fuller office
# the article writes with that head and no name.
FULLER = [
    ("The Norwegian Defence Minister arrived in Riga on Monday. Minister Tore Sandvik met the troops.",
     "Tore Sandvik", ("NO", "Minister of Defence")),
    ("Minister Tore Sandvik met the troops in Riga. The Norwegian Defence Minister praised the Latvian army.",
     "Tore Sandvik", ("NO", "Minister of Defence")),
    ("Minister Tore Sandvik met the troops in Riga. The Minister of Defence of Norway praised the army.",
     "Tore Sandvik", ("NO", "Minister of Defence")),
    # (near-misses: two people under the bare head; a bare head again; the fuller office is another's)
    ("Minister Tore Sandvik met Minister Ann Berg in Riga. The Norwegian Defence Minister praised the Latvian army.",
     "Tore Sandvik", ("", "Minister")),
    ("Minister Tore Sandvik met the troops in Riga. The minister praised the army.", "Tore Sandvik", ("", "Minister")),
    ("Minister Tore Sandvik met the troops in Riga. The Latvian Defence Minister Ivars Kalns praised the army.",
     "Tore Sandvik", ("", "Minister")),
]


@pytest.mark.parametrize("body,name,expected", FULLER)
def test_the_fullest_office_the_article_gives(empty_registry, body, name, expected):
    p = people(body, "en", empty_registry)[name]
    assert ((p.country or ""), canonical_role(p.role)) == expected
