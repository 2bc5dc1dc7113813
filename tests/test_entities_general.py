"""Entity rules meant to carry over to pages never seen: the verb that governs a document decides
whether it was signed, the document's own name gives its parties, a bare "the memorandum" is the
one named in full, consensus and etiquette are no documents; people from full forms, sides and
appositions, lines of credits; countries in abbreviations and in company names. Every text here is
our own, in both languages, in several wordings per rule."""

import pytest

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate
from generator.reference.registry import Registry


def run(body, lang="en", date=PartialDate(2024, 5, 20)):
    a = Article("t", "t.txt", lang, "", True, date, None, None, body)
    return extract_one(a, analyse([a])[a.id], Registry())


def lang_of(body):
    return "ru" if any("а" <= c <= "я" for c in body.casefold()) else "en"


# --------------------------------------------------------------------------- signed or not

@pytest.mark.parametrize("body, signed", [
    # Another verb of the sentence ("discussed") does not undo the signing.
    ("The ministers of Chile and Peru discussed border security and signed a memorandum of understanding on military medicine.", True),
    ("Стороны обсудили вопросы безопасности Чили и Перу и подписали меморандум о сотрудничестве в области военной медицины.", True),
    # A "will" in a relative clause about someone else is not the document's future.
    ("The Chilean minister, who will also tour the naval academy tomorrow, signed a bilateral cooperation plan for 2024 with Peru.", True),
    ("The plan of bilateral military cooperation between Chile and Peru for 2024 was signed after talks that will continue in June.", True),
    # The signing is to come: modal, infinitive, future, a noun with a time ahead.
    ("Chile and Peru agreed to sign a roadmap on defence industry cooperation.", False),
    ("Чили и Перу договорились подписать дорожную карту сотрудничества в оборонной промышленности.", False),
    ("Министры Чили и Перу подпишут план двустороннего сотрудничества на 2025 год.", False),
    ("The memorandum on training of officers between Chile and Peru should be ready for signing by the end of the year.", False),
    ("The signing of a protocol on maritime security between Chile and Peru is scheduled for the autumn.", False),
    ("Подписание протокола о морской безопасности между Чили и Перу планируется осенью.", False),
    ("Состоялось подписание протокола о морской безопасности между Чили и Перу.", True),
    # Signed on an earlier occasion.
    ("In 2019 the ministers of Chile and Peru signed a memorandum on joint procurement of ammunition.", False),
    ("Министры Чили и Перу ранее подписали протокол о сотрудничестве в области военного образования.", False),
    ("The agreement on military education between Chile and Peru, signed in 2017, remains in force.", False),
])
def test_signed_from_the_governing_verb(body, signed):
    r = run(body, lang_of(body))
    assert len(r.agreements) == 1, [h.name for h in r.agreements]
    assert r.agreements[0].signed is signed, (r.agreements[0].status, body)
    assert set(r.agreements[0].parties) == {"CL", "PE"}


# --------------------------------------------------------------------------- parties and one document

def test_parties_from_the_documents_own_name_not_every_state_of_the_sentence():
    body = ("Chilean Defence Minister Ana Torres met Peruvian Defence Minister Luis Vargas in Lima. The ministers signed "
            "the Plan of Military Cooperation between the Ministries of Defence of Chile and Peru for 2025, noting "
            "the situation in Bolivia and the talks with Ecuador.")
    (h,) = run(body).agreements
    assert set(h.parties) == {"CL", "PE"} and h.year == "2025" and h.signed


def test_extra_states_of_the_sentence_are_left_out_when_the_people_say_who_signed():
    body = ("Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Vargas signed a memorandum of "
            "understanding on military education while Bolivia and Ecuador sent observers.")
    (h,) = run(body).agreements
    assert set(h.parties) == {"CL", "PE"}


def test_a_bare_mention_is_the_document_named_in_full():
    body = ("The ministers agreed to sign a three-way defence cooperation memorandum among Chile, "
            "Peru and Ecuador. Chilean Defence Minister Ana Torres said Peru and Chile will sign the memorandum in May.")
    (h,) = run(body).agreements
    assert set(h.parties) == {"CL", "PE", "EC"} and not h.signed


@pytest.mark.parametrize("body", [
    "The ministers of Chile and Peru discussed regional security and expressed full agreement on the need to train together.",
    "By agreement of the parties, the next meeting of the Chilean and Peruvian ministers will take place in Lima.",
    "In accordance with protocol, the Peruvian guest signed the Book of Honour of the Chilean ministry.",
    "В соответствии с протоколом перуанский гость оставил запись в Книге почетных гостей министерства обороны Чили.",
])
def test_consensus_and_etiquette_are_no_documents(body):
    assert run(body, lang_of(body)).agreements == ()


def test_a_document_a_sentence_points_at_is_listed_and_keeps_its_own_year():
    body = ("Министр обороны Чили заявил, что все, что зафиксировано в протоколе и в плане на 2024 год, "
            "Чили и Перу выполнят в срок.")
    got = {(h.kind, h.year, h.signed) for h in run(body, "ru").agreements}
    assert got == {("protocol", None, False), ("plan", "2024", False)}


# --------------------------------------------------------------------------- people

def test_full_form_where_the_model_saw_no_name_gives_the_title():
    body = ("Chilean Defence Minister Ana Torres received UN Special Representative for the Andes Region Tomas Oyarzun "
            "on Monday. Oyarzun thanked the minister, and Oyarzun later met the press.")
    by = {p.name: p for p in run(body).people}
    assert "Tomas Oyarzun" in by
    assert by["Tomas Oyarzun"].role and "Special Representative" in by["Tomas Oyarzun"].role


@pytest.mark.parametrize("body, lang", [
    ("Colonel Diego Salas also took part in the talks on the Peruvian side.", "en"),
    ("С перуанской стороны в переговорах участвовал полковник Диего Салас.", "ru"),
])
def test_the_side_a_person_is_on_gives_the_country(body, lang):
    (p,) = run(body, lang).people
    assert p.country == "PE"


def test_russian_office_after_the_name_gives_role_and_country():
    body = "Генерал-лейтенант Диего Салас, начальник Генерального штаба Вооруженных сил Перу, также принял участие во встрече."
    (p,) = run(body, "ru").people
    assert p.role == "Chief of the General Staff" and p.country == "PE"


def test_a_line_of_names_is_a_credit_not_people():
    body = ("Chilean Defence Minister Ana Torres met Peruvian Defence Minister Luis Vargas in Lima.\n\n"
            "Marta Rios, Pablo Cortes")
    assert sorted(p.name for p in run(body).people) == ["Ana Torres", "Luis Vargas"]


def test_the_one_word_after_an_office_of_is_a_company():
    body = "Chilean Defence Minister Ana Torres also met Pedro Alvarez, the chief technology officer of Andesdrone."
    assert sorted(p.name for p in run(body).people) == ["Ana Torres", "Pedro Alvarez"]


@pytest.mark.parametrize("body, name", [
    ("Министр обороны Чили встретился с генералом Тамазом Гарибашвили.", "Tamaz Garibashvili"),
    ("Делегацию возглавил заместитель министра Давид Нариани.", "David Nariani"),
])
def test_foreign_russian_names_in_i_do_not_decline(body, name):
    assert [p.name for p in run(body, "ru").people] == [name]


# --------------------------------------------------------------------------- countries

@pytest.mark.parametrize("body, lang, codes", [
    ("Министр обороны РФ встретился с коллегой из ФРГ.", "ru", {"RU", "DE"}),
    ("The ROK and Japan held consultations.", "en", {"KR", "JP"}),
    ("Делегация Южной Кореи прибыла в Мьянму.", "ru", {"KR", "MM"}),
    ("Engineers of Chile Aerospace Industries and staff of Peru Airlines met in Lima.", "en", set()),
    ("The Chilean air force and Chile Airlines carried the Peruvian delegation.", "en", {"CL", "PE"}),
])
def test_countries_abbreviations_and_company_names(body, lang, codes):
    assert set(run(body, lang).countries) == codes


# --------------------------------------------------------------------------- layout of the text

def test_a_sub_heading_names_no_second_document():
    body = ("The defence ministers of Chile and Peru met in Lima on Friday and talked about the border.\n"
            "Pact on defence cooperation\n"
            "At the end of the talks the Chilean and Peruvian ministers signed a memorandum of understanding on defence cooperation.")
    got = [(h.kind, h.signed) for h in run(body).agreements]
    assert got == [("memorandum", True)]


@pytest.mark.parametrize("intro, signed", [
    ("The following documents were signed:", True),
    ("Следующие документы планируется подписать осенью:", False),
])
def test_items_under_a_list_intro_take_its_status(intro, signed):
    lang = lang_of(intro)
    items = (["Agreement on cooperation in military education", "Protocol on naval search and rescue"] if lang == "en"
             else ["Соглашение о сотрудничестве в области военного образования", "Протокол о морском поиске и спасании"])
    lead = ("Chilean Defence Minister Maya Fernandez and Peruvian Defence Minister Walter Astudillo held talks in Lima."
            if lang == "en" else "Министры обороны Чили и Перу провели переговоры в Лиме.")
    body = "\n".join([lead, intro, *items, "", "The talks will continue next year." if lang == "en" else "Переговоры продолжатся."])
    hits = run(body, lang).agreements
    assert sorted(h.kind for h in hits) == ["agreement", "protocol"]
    assert all(h.signed is signed and set(h.parties) == {"CL", "PE"} for h in hits), [(h.name, h.status) for h in hits]


@pytest.mark.parametrize("body, year", [
    ("Чили и Перу подписали план военного сотрудничества на период 2025–2027 годов.", "2025-2027"),
    ("Чили и Перу подписали программу сотрудничества на период с 2025 по 2027 год.", "2025-2027"),
    ("Чили и Перу подписали план сотрудничества на 2026 г.", "2026"),
    ("Chile and Peru inked a defence pact for 2026.", "2026"),
])
def test_years_and_kinds(body, year):
    (h,) = run(body, lang_of(body)).agreements
    assert h.year == year and h.signed


@pytest.mark.parametrize("body, name, rank", [
    ("The guests were met by Air Chief Marshal Tariq Hamid Anwar Qureshi at the air base.", "Tariq Hamid Anwar Qureshi", "Air Chief Marshal"),
    ("Lt Gen Omar Farooq Siddiqui briefed the visitors on the exercise.", "Omar Farooq Siddiqui", "Lieutenant General"),
    ("Peru's army chief Gen. Mateo Quispe welcomed the delegation.", "Mateo Quispe", "General"),
    ("Commodore Rafael Ibarra commanded the flotilla.", "Rafael Ibarra", "Commodore"),
])
def test_ranks_in_full_or_abbreviated_before_long_names(body, name, rank):
    (p,) = run(body).people
    assert p.name == name and p.rank == rank


@pytest.mark.parametrize("body", [
    "Chile and Peru did not sign the protocol on maritime security during the visit.",
    "The protocol on maritime security between Chile and Peru has not yet been signed.",
    "Чили и Перу так и не подписали протокол о морской безопасности.",
    "Протокол о морской безопасности между Чили и Перу не был подписан.",
])
def test_a_signing_denied_is_no_signing(body):
    (h,) = run(body, lang_of(body)).agreements
    assert not h.signed


@pytest.mark.parametrize("tail", [
    "Share on Facebook | Bolivia | Ecuador | Colombia",
    "Tags: Bolivia, Ecuador, Colombia",
    "Читайте также: В Боливии прошли учения • В Эквадоре открыли академию • Колумбия закупила вертолеты",
])
def test_countries_on_a_tag_or_share_bar_left_in_the_body_do_not_count(tail):
    lead = ("Chilean Defence Minister Maya Fernandez met Peruvian Defence Minister Walter Astudillo in Lima."
            if lang_of(tail) == "en" else "Министр обороны Чили встретился с министром обороны Перу в Лиме.")
    assert set(run(lead + "\n\n" + tail, lang_of(tail)).countries) == {"CL", "PE"}


@pytest.mark.parametrize("body", [
    "Earlier, at a long meeting in Santiago attended by commanders of the army, navy and air force of both countries and by the two defence ministers, Chile and Peru signed a protocol on maritime security.",
    "Ранее, в ходе продолжительной встречи в Сантьяго с участием командующих сухопутными войсками, флотом и авиацией обеих стран, Чили и Перу подписали протокол о морской безопасности.",
])
def test_a_sentence_that_opens_with_earlier_is_an_earlier_occasion(body):
    (h,) = run(body, lang_of(body)).agreements
    assert h.status == "earlier"
