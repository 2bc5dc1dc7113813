"""Round 15 (issue 11): an agency's short and full names bound on one line; a publisher's 'From:' line; a channel's
name over its member count and a forwarded post; a company's release closing with its press contact; a tagline naming
the place an outlet covers; a publication's kind is no outlet; 'Communiqué by <office>'; a broadcaster a page under
its own masthead quotes; 'Name, <Outlet> journalist, City' under the headline; names in any Latin letters.

Every page here is written for this test (invented outlets and sentences)."""
from __future__ import annotations

import pytest

from conftest import join_page as page
from credit_parts import B1, B2, B3, B21, B22, H, H2, RB1, RB2, RB3, RH
from generator.ingest.bylines import person_name, read_byline
from generator.ingest.reader import parse_text
from generator.ingest.sources import bare_kind, page_outlets


# --------------------------------------------------------------------------- 1. an agency's two names, one outlet

@pytest.mark.parametrize("mast, lead, foot, want, author", [
    ("ACR | Agence Continentale de Reportage", "PARIS, March 12 (ACR) - ", "(Reporting by Claire Dubois; editing by Tom Haddad)",
     "Agence Continentale de Reportage (ACR)", "Claire Dubois"),
    ("NPW | Nordic Press Wire", "OSLO, May 3 (NPW) - ", "(Reporting by Ingrid Dahl in Oslo; Editing by Mark Evans)",
     "Nordic Press Wire (NPW)", "Ingrid Dahl"),
    ("SIA — Steppe Information Agency", "ASTANA, June 8 (SIA) — ", "", "Steppe Information Agency (SIA)", None),
    ("ABN | Agencia Boliviana de Noticias", "LA PAZ, April 2 (ABN) - ", "(Reporting by Lucía Mamani; editing by Pedro Ortiz)",
     "Agencia Boliviana de Noticias (ABN)", "Lucía Mamani"),
])
def test_an_agency_printing_both_its_names_is_one_outlet_and_no_author(mast, lead, foot, want, author):
    p = parse_text(page(mast, H, lead + B1, B2, B3, *([foot] if foot else [])))
    assert p.source == want, p.why.get("source")
    assert p.author == author, p.why.get("author")


@pytest.mark.parametrize("line, outlet", [("CRS | Continental Reportage Syndicate", "Continental Reportage Syndicate"),
                                          ("KRT — Kivu Radio Tele", "Kivu Radio Tele"),
                                          ("ЦАН | Центральное Агентство Новостей", "Центральное Агентство Новостей")])
def test_a_name_beside_its_initials_is_an_outlet_not_a_person(line, outlet):
    who, outs = read_byline(line)
    assert who == [] and outlet in outs


def test_a_by_line_with_the_authors_initials_stays_a_person():  # near-miss: 'By' credits a person
    assert read_byline("By Anna Maria Lopez | AML")[0] == ["Anna Maria Lopez"]


def test_a_russian_agency_printing_both_its_names():
    p = parse_text(page("ЦАН | Центральноазиатское агентство новостей", RH, "АСТАНА, 8 июня (ЦАН) — " + RB1, RB2, RB3))
    assert p.source.endswith("(TSAN)") and "agentstvo" in p.source, p.why.get("source")
    assert p.author is None


def test_a_masthead_with_the_full_name_only_still_spells_the_tag_out():  # near-miss: nothing binds the short form
    p = parse_text(page("Agence Continentale de Reportage", "Accueil | Monde | Défense", H, "PARIS, March 12 (ACR) - " + B1, B2))
    assert p.source == "Agence Continentale de Reportage", p.why.get("source")


@pytest.mark.parametrize("name", ["Agence Continentale de Reportage", "Agencia Boliviana de Noticias", "Agenzia Nuova Italia",
                                  "Baltic Nachrichten Agentur", "Anadolu Ajansı"])
def test_an_agency_in_any_language_is_no_person(name):
    assert not person_name(name)
    assert read_byline(name)[0] == []


# --------------------------------------------------------------------------- 2. 'From:' / 'Published by:' naming an office

@pytest.mark.parametrize("line, want", [
    ("From: Ministry of Defence and The Rt Hon John Smith MP", "Ministry of Defence"),
    ("From: Ministry of Defence of Estonia", "Ministry of Defence of Estonia"),
    ("Published by: Department of Defence", "Department of Defence"),
    ("From: The Rt Hon Jane Doe MP and Defence Equipment and Support", "Defence Equipment and Support"),
    ("Опубликовано: Министерство обороны Республики Казахстан", "Ministry of Defence of Kazakhstan"),
    ("Published by the Ministry of Defence of Estonia", "Ministry of Defence of Estonia"),
    ("Issued by Defence Equipment and Support", "Defence Equipment and Support"),
])
def test_a_publishers_line_naming_an_office_gives_the_source(line, want):
    ru = "Опубликовано" in line
    p = parse_text(page(RH if ru else H, line, "14 марта 2024" if ru else "14 March 2024", *(RB1, RB2, RB3) if ru else (B1, B2, B3)))
    assert p.source == want, p.why.get("source")
    assert p.author is None


@pytest.mark.parametrize("line", ["From: our correspondent in Riga", "From: Anna Berzina", "From: The Rt Hon Jane Doe MP",
                                  "Published by Anna Berzina"])
def test_a_from_line_naming_no_office_gives_no_source(line):  # near-miss
    p = parse_text(page(H, line, "14 March 2024", B1, B2, B3))
    assert p.source is None, p.why.get("source")


# --------------------------------------------------------------------------- 3. a channel and a forwarded post

@pytest.mark.parametrize("top, want", [
    (["Steppe Watch", "48.2K subscribers", "Forwarded from Frontline Digest"], "Frontline Digest"),
    (["Balkan Signal", "9,870 subscribers", "Forwarded from Danube Monitor"], "Danube Monitor"),
    (["Aidan Brennan Reports", "1.2M subscribers", "Forwarded from Viktor Orlov Channel"], "Viktor Orlov Channel"),
    (["Telegram", "Steppe Watch", "48.2K subscribers"], "Steppe Watch"),
    (["Military Review Channel", "3 104 members"], "Military Review Channel"),
])
def test_a_forwarded_post_credits_the_original_channel_and_the_page_knows_both(top, want):
    p = parse_text(page(*top, H, B1, B2, B3))
    assert p.source == want, p.why.get("source")
    names = page_outlets(p)
    assert want in names
    assert all(x in names for x in top if x[:1].isupper() and x not in ("Telegram",) and not x.startswith("Forwarded"))


def test_a_russian_channel_over_its_member_count():
    p = parse_text(page("Военный обозреватель", "12 345 подписчиков", RH, RB1, RB2, RB3))
    assert p.source == "Voenny obozrevatel", p.why.get("source")
    assert "Военный обозреватель" in page_outlets(p)


# --------------------------------------------------------------------------- 4. a company's release and its press contact

@pytest.mark.parametrize("mast, contact, want", [
    ("Northwind Aerospace", ["Press contact", "Laura Meyer", "Head of Communications", "+44 20 7946 0000",
                             "press@northwind-aero.com"], "Northwind Aerospace"),
    ("Helix Defence Systems", ["Media contact:", "James O'Connor, Communications Manager", "Tel: +1 555 0100",
                               "media@helixdefence.com"], "Helix Defence Systems"),
    ("Carpathia Dynamics", ["Media enquiries", "Petra Novakova", "Spokesperson", "petra.novakova@carpathia-dyn.eu"],
     "Carpathia Dynamics"),
    ("АО «Степные системы»", ["Контакты для прессы", "Анна Белова", "руководитель пресс-службы", "+7 727 000 00 00",
                              "press@steppesys.kz"], "Stepnye sistemy"),
])
def test_a_company_release_is_the_companys_and_its_press_contact_no_author(mast, contact, want):
    ru = mast.startswith("АО")
    p = parse_text(page(mast, RH if ru else H, "14 марта 2024" if ru else "14 March 2024",
                        *(RB1, RB2, RB3) if ru else (B1, B2, B3), *contact))
    assert p.source == want, p.why.get("source")
    assert p.author is None, p.why.get("author")


@pytest.mark.parametrize("heading", ["For further information, please contact:", "Contact:", "For media inquiries:",
                                     "Media Relations", "Для справок:", "Контактное лицо для СМИ:"])
def test_every_heading_of_a_contact_block_opens_it(heading):
    p = parse_text(page("Northwind Aerospace", H, "14 March 2024", B1, B2, B3, heading, "Laura Meyer",
                        "Head of Communications", "+44 20 7946 0000", "press@northwind-aero.com"))
    assert (p.source, p.author) == ("Northwind Aerospace", None), (p.why.get("source"), p.why.get("author"))


def test_a_name_under_the_text_without_a_contact_heading_is_still_the_author():  # near-miss
    p = parse_text(page("Steppe Courier", H, "14 March 2024", B1, B2, B3, "Laura Meyer"))
    assert p.author == "Laura Meyer", p.why.get("author")


# --------------------------------------------------------------------------- 5. a tagline naming a place; accented bylines

@pytest.mark.parametrize("mast, tagline, by, want, author", [
    ("LeeSide Live", "Cork's news, every day", "By Siobhán Ó Briain", "LeeSide Live", "Siobhán Ó Briain"),
    ("Fjord Today", "Bergen's news, every day", "By Bjørn Åsmundsen", "Fjord Today", "Bjørn Åsmundsen"),
    ("Loire Matin", "Nantes's daily paper", "By Hélène Lefèvre", "Loire Matin", "Hélène Lefèvre"),
    ("Vistula Voice", "Poland's news in English", "By Łukasz Żółkiewski", "Vistula Voice", "Łukasz Żółkiewski"),
])
def test_a_tagline_naming_a_place_leaves_the_masthead_the_source(mast, tagline, by, want, author):
    p = parse_text(page(mast, tagline, H, by, "14 March 2024", B1, B2, B3))
    assert p.source == want, p.why.get("source")
    assert p.author == author, p.why.get("author")


@pytest.mark.parametrize("line, want", [
    ("By Siobhán Ó Briain", "Siobhán Ó Briain"), ("By Søren Kierkegård", "Søren Kierkegård"),
    ("By Seán Mac Aodha", "Seán Mac Aodha"), ("By Ana María de la Peña", "Ana María de la Peña"),
    ("By Þóra Guðmundsdóttir", "Þóra Guðmundsdóttir"), ("Автор: Алёна Ёлкина", "Алёна Ёлкина"),
    ("By Le Hoai Trung", "Le Hoai Trung"), ("By La Thanh Tung", "La Thanh Tung"),  # a capitalised 'Le', 'La' is a name word
])
def test_a_by_line_with_letters_beyond_ascii(line, want):
    assert read_byline(line)[0] == [want]


def test_a_city_alone_is_still_no_byline():  # near-miss
    assert read_byline("By Tromsø")[0] == []


# --------------------------------------------------------------------------- 6. a publication's kind; an office is no author

@pytest.mark.parametrize("name", ["Weekly Bulletin", "WEEKLY BULLETIN", "Monthly Newsletter", "Вестник",
                                  "Информационный бюллетень", "Quarterly Review", "Daily Digest"])
def test_a_publications_kind_alone_is_no_outlet(name):
    assert bare_kind(name)


@pytest.mark.parametrize("name", ["Вестник Степи", "Defence Digest", "Caspian Review", "Steppe News"])
def test_a_kind_with_a_name_of_its_own_is_an_outlet(name):  # near-miss
    assert not bare_kind(name)


@pytest.mark.parametrize("top, foot, want", [
    (["UAE Ministry of Defence", "Weekly Bulletin | Vol. 12, No. 7"], ["UAE MoD Public Relations Directorate"],
     "Ministry of Defence of United Arab Emirates"),
    (["KSA Ministry of Defense", "Weekly Bulletin"], ["KSA MoD Public Relations Directorate"], "Ministry of Defence of Saudi Arabia"),
    (["ROK Ministry of National Defense", "Monthly Newsletter | Issue 42"], [], "Ministry of National Defense of South Korea"),
    (["Weekly Bulletin | Vol. 12, No. 7"], [], None),
])
def test_a_ministrys_bulletin_is_the_ministrys(top, foot, want):
    p = parse_text(page(*top, H, "14 March 2024", B1, B2, B3, *foot))
    assert p.source == want, p.why.get("source")
    assert p.author is None


@pytest.mark.parametrize("foot", [["Strategic Communications Directorate", "Ministry of National Defence"],
                                  ["Public Relations Directorate", "Ministry of National Defence"],
                                  ["Media Operations Directorate"], ["Defence Communications Bureau"]])
def test_an_office_closing_a_ministrys_release_is_no_author_and_the_header_names_the_state(foot):
    p = parse_text(page("Ministry of National Defence of Lithuania", H2, "3 May 2024", B21, B22, *foot))
    assert p.author is None, p.why.get("author")
    assert p.source == "Ministry of National Defence of Lithuania", p.why.get("source")


# --------------------------------------------------------------------------- 7. 'Communiqué by <office>' under a portal's release

@pytest.mark.parametrize("portal, line, want", [
    ("The Luxembourg Government", "Communiqué by the Directorate of Defence", "Directorate of Defence"),
    ("The Government of Malta", "Press release by the Ministry for Home Affairs", "Ministry for Home Affairs"),
    ("Gouvernement du Luxembourg", "Communiqué de la Direction de la Défense", "Direction de la Défense"),
    ("The Government of Estonia", "Statement from the Defence Forces Headquarters", "Defence Forces Headquarters"),
])
def test_the_office_a_communique_names_is_the_source_not_the_portal(portal, line, want):
    p = parse_text(page(portal, H, "14 March 2024", B1, B2, B3, line))
    assert p.source == want, p.why.get("source")


def test_a_communique_by_a_person_leaves_the_portal():  # near-miss: a minister is no issuing office
    p = parse_text(page("The Luxembourg Government", H, "14 March 2024", B1, B2, B3, "Communiqué by Marc Weber"))
    assert p.source != "Marc Weber", p.why.get("source")


# --------------------------------------------------------------------------- 8. a broadcaster quoted under the page's own masthead

@pytest.mark.parametrize("mast, said, want", [
    ("SahelInfo — English", "The minister told RTN that the talks had gone well.", "SahelInfo"),
    ("Andes Wire — English edition", "The general told TVN on Monday that training would start soon.", "Andes Wire"),
    ("Lagoon Daily | Independent news since 1999", "A spokesman told GBC that the exercise would be repeated.", "Lagoon Daily"),
])
def test_a_broadcaster_told_inside_the_text_gives_way_to_the_sites_masthead(mast, said, want):
    p = parse_text(page(mast, H, "14 March 2024", B1, said, B3))
    assert p.source == want, p.why.get("source")


@pytest.mark.parametrize("said", ["The minister said in an interview with RTN that the talks had gone well.",
                                  "The minister told Radio Nationale that the talks had gone well.",
                                  "The minister told state broadcaster RTN that the talks had gone well."])
def test_other_ways_of_saying_what_a_broadcaster_was_told_under_the_sites_masthead(said):
    p = parse_text(page("SahelInfo — English", H, "14 March 2024", B1, said, B3))
    assert p.source == "SahelInfo", p.why.get("source")


def test_without_a_masthead_the_broadcaster_told_is_the_source():  # near-miss: a repost of the broadcaster
    p = parse_text(page(H, "14 March 2024", B1, "The minister told RTN that the talks had gone well.", B3))
    assert p.source == "RTN", p.why.get("source")


# --------------------------------------------------------------------------- 9. 'Name, <Outlet> journalist, City' under the headline

@pytest.mark.parametrize("mast, credit, want", [
    ("Radio Sahel", "Amadou Diallo, Radio Sahel journalist, Bamako", "Amadou Diallo"),
    ("Coastal FM", "Peter Novak, reporter, Split", "Peter Novak"),
    ("Radio Orient", "Nadia Haddad, Radio Orient correspondent, Beirut", "Nadia Haddad"),
    ("Lake Radio", "Grace Achieng, presenter, Kisumu", "Grace Achieng"),
])
def test_a_name_with_a_press_job_under_the_headline_is_the_author(mast, credit, want):
    p = parse_text(page(mast, H, "14 March 2024 10:32", credit, B1, B2, B3))
    assert p.author == want, p.why.get("author")
    assert p.source == mast, p.why.get("source")


def test_a_russian_name_with_a_press_job_under_the_headline():
    p = parse_text(page("Радио Степь", RH, "14 марта 2024, 10:32", "Ирина Соколова, журналист Радио Степь, Астана", RB1, RB2, RB3))
    assert p.author == "Irina Sokolova", p.why.get("author")


def test_a_place_and_a_job_without_a_name_is_no_author():  # near-miss
    p = parse_text(page("Radio Sahel", H, "14 March 2024 10:32", "Radio Sahel newsroom, Bamako", B1, B2, B3))
    assert p.author is None, p.why.get("author")
