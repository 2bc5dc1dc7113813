"""Offices, ranks and people's countries (issue 12, round 9): long offices read whole with their
canonical label, rare ranks as ranks, countries by position in a list. Sentences written for
these tests, in our own words."""

import pytest

from generator.reference.offices import canonical_rank, canonical_role

from roles_parts import people


# (language, sentence, name, canonical office, country)
LONG_OFFICES = [
    ("en", "Kenya's Cabinet Secretary for Defence Amina Wanjiru hosted the visiting delegation in Nairobi.",
     "Amina Wanjiru", "Cabinet Secretary for Defence", "KE"),
    ("en", "Kenya's Defence Cabinet Secretary Amina Wanjiru hosted the visiting delegation in Nairobi.",
     "Amina Wanjiru", "Cabinet Secretary for Defence", "KE"),
    ("en", "Amina Wanjiru, Kenya's Defence Cabinet Secretary, hosted the visiting delegation in Nairobi.",
     "Amina Wanjiru", "Cabinet Secretary for Defence", "KE"),
    ("en", "Bahrain's Minister of State for Defence Affairs Khalid Al Nasser received the Omani guests.",
     "Khalid Al Nasser", "Minister of State for Defence Affairs", "BH"),
    ("en", "The Philippine Secretary of National Defense Ramon Cruz met Japanese officers in Manila.",
     "Ramon Cruz", "Secretary of National Defense", "PH"),
    ("en", "South Africa's Minister of Defence and Military Veterans Thandi Nkosi visited the base.",
     "Thandi Nkosi", "Minister of Defence and Military Veterans", "ZA"),
    ("en", "Zimbabwe's Minister of Defence and War Veterans Affairs Grace Moyo opened the conference in Harare.",
     "Grace Moyo", "Minister of Defence and War Veterans Affairs", "ZW"),
    ("en", "Nigeria's Chief of Defence Staff General Musa Bello met the Ghanaian delegation.",
     "Musa Bello", "Chief of Defence Staff", "NG"),
    ("en", "Australia's Chief of Defence Force General Mark Hill arrived in Jakarta.",
     "Mark Hill", "Chief of Defence Force", "AU"),
    ("en", "Poland's Deputy Prime Minister and Minister of National Defence Jan Nowak hosted the talks.",
     "Jan Nowak", "Deputy Prime Minister – Minister of National Defence", "PL"),
    ("en", "China's State Councilor and Defence Minister Li Wen hosted the talks in Beijing.",
     "Li Wen", "State Councilor – Minister of Defence", "CN"),
    ("en", "The treaty was signed by the Minister of Defence and Aerospace Industry of Kazakhstan, Arman Seitov.",
     "Arman Seitov", "Minister of Defence and Aerospace Industry", "KZ"),
    ("en", "Commander of the Joint Command of the Armed Forces of Peru, Admiral Jorge Salas, received the Chilean officers.",
     "Jorge Salas", "Commander of the Joint Command", "PE"),
    ("en", "The talks were also attended by Under Secretary of Defense Paul Greer.",
     "Paul Greer", "Under Secretary of Defense", None),
    ("ru", "Министр обороны и по делам ветеранов Казахстана Ержан Беков встретился с гостями.",
     "Yerzhan Bekov", "Minister of Defence and Veterans Affairs", "KZ"),
    ("ru", "Заместитель председателя правительства – министр обороны Беларуси Виктор Хренин провел переговоры.",
     "Viktor Khrenin", "Deputy Prime Minister – Minister of Defence", "BY"),
    # A country inside the office is passed over and still gives the state.
    ("ru", "Об этом сообщил помощник президента РФ по вопросам военно-технического сотрудничества Иван Сомов.",
     "Ivan Somov", "Assistant to the President for Military-Technical Cooperation", "RU"),
    ("ru", "В Москву прибыл заместитель начальника Объединенного штаба Центрального военного совета Китая Ли Мин.",
     "Li Ming", "Deputy Chief of the Joint Staff Department of the Central Military Commission", "CN"),
]


@pytest.mark.parametrize("lang,body,name,office,country", LONG_OFFICES)
def test_a_long_office_is_read_whole(empty_registry, lang, body, name, office, country):
    got = people(body, lang, empty_registry)
    p = got[name]
    assert (canonical_role(p.role), p.country) == (office, country), p.role


# (role as written, canonical label): one label whatever the spelling, the order or a possessive country inside.
LABELS = [
    ("Chief of the Defence Force", "Chief of Defence Force"),
    ("CDF", "Chief of Defence Force"),
    ("Army Secretary", "Secretary of the Army"),
    ("Secretary of the Navy", "Secretary of the Navy"),
    ("Minister-Counselor", "Minister-Counsellor"),
    ("Service Chief", "Service Chief"),
    ("Defense Attache", "Military Attaché"),
    ("Head of Armenia’s Defense Ministry’s International Cooperation Department",
     "Head of the International Cooperation Department"),
    ("Head of the defense ministry's international cooperation department",
     "Head of the International Cooperation Department"),
    ("Aide to the President", "Assistant to the President"),
    ("State Councillor and Defense Minister", "State Councilor – Minister of Defence"),
    ("Minister of Defence and Military Veterans", "Minister of Defence and Military Veterans"),
]


@pytest.mark.parametrize("role,label", LABELS)
def test_one_label_per_office(role, label):
    assert canonical_role(role) == label


# (language, sentence, name, rank)
RANKS = [
    ("en", "General-in-Chief Pyotr Rumyantsev commanded the army in 1770.", "Pyotr Rumyantsev", "General-in-Chief"),
    ("en", "Air Chief Marshal Somsak Thongdee of Thailand met the visitors.", "Somsak Thongdee", "Air Chief Marshal"),
    ("en", "Vice Admiral Lee Jun-ho led the parade.", "Lee Jun-ho", "Vice Admiral"),
    ("en", "Brigadier General Carlos Mendes spoke at the forum.", "Carlos Mendes", "Brigadier General"),
    ("en", "Major General (Retd) Tariq Aziz spoke at the forum.", "Tariq Aziz", "Major General"),
    ("ru", "Генерал-аншеф Петр Румянцев командовал армией.", "Petr Rumyantsev", "General-in-Chief"),
    ("ru", "Адмирал флота Игорь Касатонов принял участие в церемонии.", "Igor Kasatonov", "Fleet Admiral"),
    ("ru", "В церемонии участвовал генерал армии Олег Салюков.", "Oleg Salyukov", "Army General"),
]


@pytest.mark.parametrize("lang,body,name,rank", RANKS)
def test_a_rare_rank_is_a_rank(empty_registry, lang, body, name, rank):
    got = people(body, lang, empty_registry)
    assert name in got, sorted(got)
    assert canonical_rank(got[name].rank) == rank
    assert not got[name].role


def test_canonical_rank_labels():
    assert canonical_rank("General in Chief") == "General-in-Chief"
    assert canonical_rank("Admiral of the Fleet") == "Fleet Admiral"


# (language, sentence, {name: (country, canonical office)})
LISTS = [
    ("en", "The ministers of Brunei and the Philippines, Hassan Osman and Maria Santos, signed the letter.",
     {"Hassan Osman": ("BN", "Minister"), "Maria Santos": ("PH", "Minister")}),
    ("en", "The defence ministers of Chile, Peru and Ecuador, Rosa Campos, Luis Soto and Diego Mora, met in Lima.",
     {"Rosa Campos": ("CL", "Minister of Defence"), "Luis Soto": ("PE", "Minister of Defence"),
      "Diego Mora": ("EC", "Minister of Defence")}),
    ("ru", "Министры обороны Армении и Ирана Сурен Папикян и Мохаммад Реза Аштиани подписали меморандум.",
     {"Suren Papikyan": ("AM", "Minister of Defence"), "Mohammad Reza Ashtiani": ("IR", "Minister of Defence")}),
    # The states after the names, in the same order.
    ("en", "Rosa Campos and Luis Soto, the defence ministers of Chile and Peru respectively, signed the plan.",
     {"Rosa Campos": ("CL", "Minister of Defence"), "Luis Soto": ("PE", "Minister of Defence")}),
    # Each state before its name: not the nearest country word for both.
    ("ru", "Министры обороны Бразилии Жозе Муньос и Аргентины Хорхе Таяна подписали план.",
     {"Jose Munhos": ("BR", "Minister of Defence"), "Jorge Tayana": ("AR", "Minister of Defence")}),
    ("en", "Defence ministers Rosa Campos of Chile and Luis Soto of Peru signed the plan.",
     {"Rosa Campos": ("CL", "Minister of Defence"), "Luis Soto": ("PE", "Minister of Defence")}),
]


@pytest.mark.parametrize("role,one", [("Defence Ministers", "Defence Minister"), ("Ministers of Defence", "Minister of Defence"),
                                      ("Chairman Joint Chiefs of Staff Committee", "Chairman Joint Chiefs of Staff Committee")])
def test_one_person_holds_the_office_in_the_singular(role, one):
    from generator.extract.person_roles import _singular_head

    assert _singular_head(role) == one


@pytest.mark.parametrize("lang,body,want", LISTS)
def test_a_list_of_states_gives_each_name_its_state(empty_registry, lang, body, want):
    got = people(body, lang, empty_registry)
    assert {n: (got[n].country, canonical_role(got[n].role)) for n in want} == want


# (sentence, the person met, the office that person holds)
COUNTERPARTS = [
    ("Poland's Deputy Prime Minister and Minister of National Defence Jan Nowak hosted his Lithuanian "
     "counterpart Tomas Kalnas.", "Tomas Kalnas", "Minister of National Defence", "LT"),
    ("China's State Councilor and Defence Minister Li Wen hosted his Thai counterpart, Somchai Dee, in Beijing.",
     "Somchai Dee", "Minister of Defence", "TH"),
]


@pytest.mark.parametrize("body,name,office,country", COUNTERPARTS)
def test_a_counterpart_of_two_offices_takes_the_defence_one(empty_registry, body, name, office, country):
    got = people(body, "en", empty_registry)
    assert (got[name].role, got[name].country) == (office, country)


# (language, sentence, {name: country}): officials a visitor met in a city, left bare by the text, are the city's.
MET_ABROAD = [
    ("en", "In Tokyo, Vietnamese Defence Minister Nguyen Van Long met Chief of Staff Kenji Watanabe and Deputy "
           "Minister Hiro Tanaka.", {"Nguyen Van Long": "VN", "Kenji Watanabe": "JP", "Hiro Tanaka": "JP"}),
    ("en", "In Washington Armenia's Defence Minister Aram Petrosyan also met Director of the National Guard Bureau "
           "Mark Doyle.", {"Aram Petrosyan": "AM", "Mark Doyle": "US"}),
    ("en", "Chief of Staff Kenji Watanabe met Vietnamese Defence Minister Nguyen Van Long in Tokyo.",
     {"Kenji Watanabe": "JP", "Nguyen Van Long": "VN"}),
    # A bare office on the visitor's side of the verb is the visitor's delegation: no guess.
    ("en", "Vietnamese Defence Minister Nguyen Van Long and Chief of Staff Tran Quoc Bao met Japanese Defence "
           "Minister Kenji Ito in Tokyo.", {"Tran Quoc Bao": None, "Kenji Ito": "JP"}),
    # An international body's official serves no state.
    ("en", "In Brussels, Georgian Defence Minister Levan Beridze met NATO Deputy Secretary General Anna Berg.",
     {"Anna Berg": None}),
    ("ru", "В Ташкенте министр обороны Казахстана Руслан Жаксылыков встретился с начальником Генерального штаба "
           "Бахромом Юсуповым.", {"Ruslan Zhaksylykov": "KZ", "Bakhrom Yusupov": "UZ"}),
    # The speaker after a quotation is no one the visitor met.
    ("ru", "«Министр обороны Армении Сурен Папикян встретится с коллегами в Париже», – добавил посол Марк Лоран.",
     {"Suren Papikyan": "AM", "Mark Loran": None}),
]


@pytest.mark.parametrize("lang,body,want", MET_ABROAD)
def test_officials_met_in_a_city_are_its_hosts(empty_registry, lang, body, want):
    got = people(body, lang, empty_registry)
    assert {n: got[n].country for n in want} == want


# (sentence, name, role, country)
WHO_HOLDS = [
    ("The talks were attended by Omar Haddad, who heads the Jordanian army, and by the Saudi envoy.",
     "Omar Haddad", "Head of the Army", "JO"),
    ("Sergei Volkov, who commands the Northern Fleet, showed the guests a frigate.",
     "Sergei Volkov", "Commander of the Northern Fleet", None),
    ("Ayse Demir, who chairs the parliamentary defence committee, welcomed the plan.",
     "Ayse Demir", "Chairman of the Parliamentary Defence Committee", None),
    ("Ali Khan, who heads to Paris next week, said nothing.", "Ali Khan", None, None),
]


@pytest.mark.parametrize("body,name,role,country", WHO_HOLDS)
def test_an_office_said_in_a_relative_clause(empty_registry, body, name, role, country):
    got = people(body, "en", empty_registry)
    assert (got[name].role, got[name].country) == (role, country)
