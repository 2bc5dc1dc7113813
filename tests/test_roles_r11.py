"""Each person's country, office and rank (issue 12, round 11): the closed class of naval and air
ranks in both languages, an office's complement read to its end (a body's proper name, a portfolio
of states), the state of a service named without the state, a dateline's credit kept out of the
office. Sentences written for these tests, in our own words."""

import pytest

from generator.reference.offices import canonical_rank, canonical_role

from roles_parts import people


# (language, sentence, name, canonical rank)
RANKS = [
    ("en", "Captain (Navy) Marco Bellini led the Italian team at the talks.", "Marco Bellini", "Captain (Navy)"),
    ("en", "Captain (N) Owen Hartley of the frigate met the visiting crew.", "Owen Hartley", "Captain (Navy)"),
    ("en", "Captain 1st Rank Oleg Demchenko commanded the landing ship.", "Oleg Demchenko", "Captain First Rank"),
    ("en", "Group Captain Arif Qureshi briefed the guests at the air base.", "Arif Qureshi", "Group Captain"),
    ("en", "Wing Commander Sara Lindqvist flew the lead aircraft.", "Sara Lindqvist", "Wing Commander"),
    ("en", "Squadron Leader Tom Ashworth welcomed the cadets.", "Tom Ashworth", "Squadron Leader"),
    ("en", "Air Commodore Hamid Durrani of the Pakistan Air Force attended the parade.", "Hamid Durrani", "Air Commodore"),
    ("en", "Air Vice-Marshal Imran Siddiqui opened the seminar.", "Imran Siddiqui", "Air Vice Marshal"),
    ("en", "Field Marshal Tariq Mahmood received the foreign attachés.", "Tariq Mahmood", "Field Marshal"),
    ("en", "Rear Admiral (Lower Half) John Whitaker visited the naval base.", "John Whitaker", "Rear Admiral (Lower Half)"),
    ("en", "The Vietnamese Deputy Minister of Defence Senior Lieutenant General Tran Quoc Hung met him.",
     "Tran Quoc Hung", "Senior Lieutenant General"),
    ("ru", "Делегацию возглавил капитан 1 ранга Олег Демченко.", "Oleg Demchenko", "Captain First Rank"),
    ("ru", "Командир корабля капитан 2-го ранга Андрей Волынов встретил гостей.", "Andrei Volynov", "Captain Second Rank"),
    ("ru", "В учениях участвовал капитан 3 ранга Игорь Лапин.", "Igor Lapin", "Captain Third Rank"),
    ("ru", "Капитан-лейтенант Денис Рябов доложил командующему.", "Denis Ryabov", "Lieutenant Commander"),
    ("ru", "Младший лейтенант Павел Горин получил награду из рук министра.", "Pavel Gorin", "Junior Lieutenant"),
    ("ru", "Делегацию принял маршал авиации Захир Бабар.", "Zakhir Babar", "Air Marshal"),
    # Near-misses: an army captain stays a captain; "Commander" alone is an office, not a rank.
    ("en", "Captain Lena Fischer of the German army briefed the press.", "Lena Fischer", "Captain"),
    ("ru", "Капитан Игорь Лапин доложил министру.", "Igor Lapin", "Captain"),
]


@pytest.mark.parametrize("lang,body,name,rank", RANKS)
def test_a_naval_or_air_rank_is_read_whole(empty_registry, lang, body, name, rank):
    p = people(body, lang, empty_registry)[name]
    assert canonical_rank(p.rank) == rank, p.rank


@pytest.mark.parametrize("written,label", [
    ("Captain (Navy)", "Captain (Navy)"), ("Captain (N)", "Captain (Navy)"), ("Captain", "Captain"),
    ("captain 1 rank", "Captain First Rank"), ("Captain of the Second Rank", "Captain Second Rank"),
    ("Captain-Lieutenant", "Lieutenant Commander"), ("Air Vice-Marshal", "Air Vice Marshal"),
    ("Lieutenant-General", "Lieutenant General"),
])
def test_one_label_per_rank(written, label):
    assert canonical_rank(written) == label


# (language, sentence, name, canonical office, country)
OFFICES = [
    # A dateline's credit is no part of the office.
    ("en", "(KW) -- Georgian Defence Minister Levan Kiknadze received the delegation in Tbilisi.",
     "Levan Kiknadze", "Minister of Defence", "GE"),
    ("en", "Baku, March 3 (AZERTAC) -- Azerbaijani Defence Minister Ramil Guliyev met the guests.",
     "Ramil Guliyev", "Minister of Defence", "AZ"),
    ("en", "TBILISI (Reuters) - Georgian Defence Minister Levan Kiknadze opened the centre.",
     "Levan Kiknadze", "Minister of Defence", "GE"),
    # An office after the name, up to the end of the body's proper name.
    ("en", "The guests were welcomed by Rear Admiral David Rowe, Commander of the Royal New Zealand Navy.",
     "David Rowe", "Commander of the Navy", "NZ"),
    ("en", "Air Marshal Darren Pike, chief of the Royal Australian Air Force, met the visitors.",
     "Darren Pike", "Chief of the Air Staff", "AU"),
    ("en", "Colonel Ivo Saarsalu, commander of the Estonian Defence League, met Lithuanian officers.",
     "Ivo Saarsalu", None, "EE"),
    ("en", "General Tomas Kralik, Chief of the General Staff of the Czech Armed Forces, arrived in Warsaw.",
     "Tomas Kralik", "Chief of the General Staff", "CZ"),
    # A service's chief, however the text calls the post.
    ("en", "The Bangladesh Navy chief Admiral Karim Hossain visited the port.", "Karim Hossain", "Chief of the Naval Staff", "BD"),
    ("en", "Indonesian Navy Chief of Staff Admiral Budi Santoso opened the drills.", "Budi Santoso", "Chief of the Naval Staff", "ID"),
    ("en", "Air Chief Marshal Somchai Wong, the Thai air force chief, greeted the guests.",
     "Somchai Wong", "Chief of the Air Staff", "TH"),
    ("en", "The Chief of the Air Staff of the Royal Air Force, Air Chief Marshal Richard Knowles, visited the base.",
     "Richard Knowles", "Chief of the Air Staff", "GB"),
    ("ru", "Командующий ВМС Индии адмирал Картик Сингх прибыл в Москву.", "Kartik Singh", "Commander of the Navy", "IN"),
    ("ru", "Главнокомандующий ВМФ России адмирал Александр Мосин встретился с гостями.",
     "Aleksandr Mosin", "Commander-in-Chief of the Navy", "RU"),
    ("ru", "Начальник штаба ВВС Пакистана маршал авиации Захир Бабар принял делегацию.",
     "Zakhir Babar", "Chief of the Air Staff", "PK"),
]


@pytest.mark.parametrize("lang,body,name,office,country", OFFICES)
def test_an_office_is_read_to_its_end(empty_registry, lang, body, name, office, country):
    p = people(body, lang, empty_registry)[name]
    assert (canonical_role(p.role), p.country) == (office, country), p.role


@pytest.mark.parametrize("role,label", [
    ("Commander of the Royal New Zealand Navy", "Commander of the Navy"),
    ("Chief of the Royal Thai Navy", "Chief of the Naval Staff"),
    ("Head of the Myanmar Navy", "Chief of the Naval Staff"),
    ("Royal Navy chief", "Chief of the Naval Staff"),
    ("Chief of the Air Staff of the Royal Air Force", "Chief of the Air Staff"),
    ("Chief of the Naval Staff of the Indian Navy", "Chief of the Naval Staff"),
    ("Air Force Chief", "Chief of the Air Staff"),
    ("Chief of Defence", "Chief of Defence"),
    # Near-miss: a deputy is not the commander.
    ("Deputy Commander of the Navy", None),
])
def test_one_label_per_service_chief(role, label):
    assert canonical_role(role) == label


# (sentence, name, country): a service named without its state; a state in a portfolio is not the holder's.
STATES = [
    ("Captain Ann Lowry of the Royal Navy met the crew.", "Ann Lowry", "GB"),
    ("Major General Hans Weidner, head of the Bundeswehr's cyber command, spoke at the forum.", "Hans Weidner", "DE"),
    ("Air Vice Marshal Salim Al Harthy of the Royal Air Force of Oman met the British officers.", "Salim Al Harthy", "OM"),
    ("Генерал Ханс Вайднер из бундесвера прибыл в Минск.", "Hans Weidner", "DE"),
    ("The talks were attended by Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia Laura Coyle.",
     "Laura Coyle", None),
    ("Laura Coyle, Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia, spoke at the forum.",
     "Laura Coyle", None),
    ("Special Representative for Afghanistan and Pakistan Ian Barlow arrived in Kabul.", "Ian Barlow", None),
    # Near-misses: a service the person only meets; a state's own office before "for".
    ("Colonel John Marsh met Royal Navy officers in Portsmouth.", "John Marsh", None),
    ("Estonia's Minister for Defence Hanno Kivi met Lithuanian officers.", "Hanno Kivi", "EE"),
]


@pytest.mark.parametrize("body,name,country", STATES)
def test_the_state_a_person_serves(empty_registry, body, name, country):
    lang = "ru" if any("а" <= ch <= "я" for ch in body.casefold()) else "en"
    assert people(body, lang, empty_registry)[name].country == country


def test_a_portfolio_of_states_stays_in_the_office(empty_registry):
    p = people("Laura Coyle, Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia, spoke at the forum.",
               "en", empty_registry)["Laura Coyle"]
    assert p.role == "Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia"


# (sentence, {name: country}): a place before a comma is no office; of two sides, the nearer one before the name.
SIDES = [
    ("In Vilnius, Lithuania, Colonel Peeter Kaljula of the Estonian Defence Forces met the press.", {"Peeter Kaljula": "EE"}),
    ("At Riga, Latvia, General Ants Laaneots of the Estonian army opened the drill.", {"Ants Laaneots": "EE"}),
    ("The Lithuanian side was represented by Colonel Tomas Vaitkunas.", {"Tomas Vaitkunas": "LT"}),
    ("On the Lithuanian side the talks were led by Colonel Tomas Vaitkunas, and the Estonian side by Colonel Peeter Kaljula.",
     {"Tomas Vaitkunas": "LT", "Peeter Kaljula": "EE"}),
    ("С литовской стороны переговоры вел полковник Томас Вайткунас, а с эстонской стороны их вел полковник Петр Каллас.",
     {"Tomas Vaitkunas": "LT", "Petr Kallas": "EE"}),
    # Near-miss: an office before the comma still gives its state.
    ("Estonia's Chief of Defence, General Martin Heinsalu, met the press in Vilnius.", {"Martin Heinsalu": "EE"}),
]


@pytest.mark.parametrize("body,want", SIDES)
def test_the_state_of_a_side_or_a_place(empty_registry, body, want):
    lang = "ru" if any("а" <= ch <= "я" for ch in body.casefold()) else "en"
    got = people(body, lang, empty_registry)
    assert {n: got[n].country for n in want} == want


# (sentence, name, canonical office, rank, country)
OFFICE_AND_RANK = [
    ("Ambassador of Korea to Poland Lee Min-jun attended the exhibition in Warsaw.", "Lee Min-jun", "Ambassador", None, "KR"),
    ("Korea's defence minister Shin Won-ho met the Polish delegation.", "Shin Won-ho", "Minister of Defence", None, "KR"),
    ("Sri Lankan Defence Secretary General Kamal Wijeratne visited the Maldives.",
     "Kamal Wijeratne", "Secretary of Defense", "General", "LK"),
    # Near-misses: an international body's Secretary General holds no rank and serves no state.
    ("UN Secretary General Antonio Gomes spoke in New York.", "Antonio Gomes", "Secretary General", None, None),
    ("NATO Secretary General Mark Rutten met the Estonian minister.", "Mark Rutten", "Secretary General", None, None),
]


@pytest.mark.parametrize("body,name,office,rank,country", OFFICE_AND_RANK)
def test_office_rank_and_state(empty_registry, body, name, office, rank, country):
    p = people(body, "en", empty_registry)[name]
    assert (canonical_role(p.role), canonical_rank(p.rank), p.country) == (office, rank, country), (p.role, p.rank)


# (sentence, name, canonical office, country): an office said after the name in other shapes.
AFTER_NAME = [
    ("The talks were held by Karim Valiyev, who is the chief of the general staff of the Azerbaijani army.",
     "Karim Valiyev", "Chief of the General Staff", "AZ"),
    ("Karim Valiyev, who serves as chief of the general staff of the Azerbaijani army, met the guests.",
     "Karim Valiyev", "Chief of the General Staff", "AZ"),
    ("Nadir Huseynli (Chief of the General Staff) met the visitors.", "Nadir Huseynli", "Chief of the General Staff", None),
    ("Ahmed Shahzad, Pakistan's ambassador to Azerbaijan, attended the ceremony.", "Ahmed Shahzad", "Ambassador", "PK"),
    ("The Royal New Zealand Navy's chief, Rear Admiral Garin Holt, spoke.", "Garin Holt", "Chief of the Naval Staff", "NZ"),
    ("The Mongolian defence minister was accompanied by Lieutenant General Dashdorj Ganbaatar.", "Dashdorj Ganbaatar", None, "MN"),
    ("The head of the Mongolian delegation, Brigadier General Ganbold Tserendorj, thanked the hosts.",
     "Ganbold Tserendorj", None, "MN"),
]


@pytest.mark.parametrize("body,name,office,country", AFTER_NAME)
def test_an_office_after_the_name(empty_registry, body, name, office, country):
    p = people(body, "en", empty_registry)[name]
    assert (canonical_role(p.role), p.country) == (office, country), p.role


def test_a_states_army_then_the_rank_general(empty_registry):
    p = people("Chief of Staff of the Pakistan Army General Asif Rehman met the guests.", "en", empty_registry)["Asif Rehman"]
    assert (p.rank, p.country) == ("General", "PK")


@pytest.mark.parametrize("role,label", [
    ("Chief of the General Staff of the Armenian Armed Forces and First Deputy Defence Minister",
     "Chief of the General Staff – First Deputy Minister of Defence"),
    ("Head of the International Military Cooperation Department of the Belarusian Defence Ministry",
     "Head of the International Military Cooperation Department"),
    ("Secretary of State for Defence", "Secretary of Defense"),
])
def test_labels_of_long_offices(role, label):
    assert canonical_role(role) == label
