"""Round 8: people, offices, ranks and countries on pages never seen. Every article here is
written for these tests in our own words with invented officials; nothing is taken from
../shared/corpus.

Kinds covered: an envoy written "Ambassador of X to the Kingdom <Name>" (no comma, a dotted
capital İ); states named in a "was represented by" list; a force named for its state ("of the
PLA"); Senator as an office, not part of the name; Russian offices of a company and of a joint
chiefs committee kept whole; «бригадный генерал» read as Brigadier General."""

from conftest import extract_text as run
from conftest import people_by_name as people


# --------------------------------------------------------------------------- names

def test_an_envoy_named_after_of_state_to_state_without_a_comma(empty_registry):
    body = ("The reception was attended by the Ambassador of Türkiye to the Kingdom Emrullah İşler and Colonel "
            "Ivo Marant of the host army.")
    got = people(run(body, "en", empty_registry))
    assert "Emrullah Isler" in got
    assert got["Emrullah Isler"].role == "Ambassador" and got["Emrullah Isler"].country == "TR"
    assert got["Ivo Marant"].role is None  # the envoy's office is not his neighbour's


def test_an_envoy_of_a_state_before_the_name(empty_registry):
    body = "Also present was the Ambassador of Japan Takeshi Moriya, who praised the drills."
    got = people(run(body, "en", empty_registry))
    assert got["Takeshi Moriya"].role == "Ambassador" and got["Takeshi Moriya"].country == "JP"


def test_senator_is_an_office_not_a_name(empty_registry):
    body = "US Senator Ramona Velde met the Estonian defence minister in Tallinn on Monday."
    got = people(run(body, "en", empty_registry))
    assert "Ramona Velde" in got and not any(n.startswith("Senator") for n in got)
    assert got["Ramona Velde"].role == "Senator" and got["Ramona Velde"].country == "US"


# --------------------------------------------------------------------------- countries

def test_states_in_a_represented_by_list(empty_registry):
    body = ("At the naval forum in Singapore, China was represented by Defence Minister Li Wenqing, and Vietnam by "
            "General Phan Van Tuong; Oman by Colonel Hamed Al Saidi.")
    got = people(run(body, "en", empty_registry))
    assert got["Li Wenqing"].country == "CN"
    assert got["Phan Van Tuong"].country == "VN"
    assert got["Hamed Al Saidi"].country == "OM"


def test_a_clause_that_is_not_a_representation_gives_no_state(empty_registry):
    body = ("The talks were opened by General Rafe Dunmore of Canada, and the guests were welcomed by Colonel "
            "Ivo Marant.")
    got = people(run(body, "en", empty_registry))
    assert got["Rafe Dunmore"].country == "CA"
    assert got["Ivo Marant"].country is None


def test_an_officer_of_the_pla_is_chinese(empty_registry):
    body = "Senior Colonel Wu Tianbo of the PLA met the Thai delegation in Kunming on Tuesday."
    got = people(run(body, "en", empty_registry))
    assert got["Wu Tianbo"].country == "CN" and got["Wu Tianbo"].rank == "Senior Colonel"


# --------------------------------------------------------------------------- Russian offices

def test_a_company_office_in_russian_is_director_general(empty_registry):
    body = ("На выставке с участием генерального директора АО «Северный завод» Петра Ильина и заместителя "
            "генерального директора Олега Семёнова прошли переговоры.")
    got = people(run(body, "ru", empty_registry))
    assert got["Petr Ilyin"].role == "Director General"
    assert got["Oleg Semyonov"].role == "Deputy Director General"
    assert not any(p.role == "Minister" for p in got.values())


def test_chairman_of_the_joint_chiefs_committee_in_russian(empty_registry):
    body = ("Председатель Объединенного комитета начальников штабов Пакистана генерал Самир Акбар встретился в "
            "Москве с заместителем начальника Генерального штаба генерал-полковником Иваном Сомовым.")
    got = people(run(body, "ru", empty_registry))
    assert got["Samir Akbar"].role == "Chairman of the Joint Chiefs of Staff Committee"
    assert got["Samir Akbar"].country == "PK" and got["Samir Akbar"].rank == "General"
    assert got["Ivan Somov"].role == "Deputy Chief of the General Staff"


def test_brigadier_general_in_russian(empty_registry):
    body = "Делегацию Иордании возглавлял бригадный генерал Омар Халиди, его встретили в Минске."
    got = people(run(body, "ru", empty_registry))
    assert got["Omar Khalidi"].rank == "Brigadier General"
