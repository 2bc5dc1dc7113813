"""Agreements, round 11 (issue 11): shapes of text the rules had not met, in our own words, both
languages, pairs of states the corpus does not pair. A document inside a relative or participle
clause attached to another document is named in passing, not signed by the main verb; the time of
an earlier clause ("signed … in 2016, and on Monday their ministers signed …") is not the time of
the next clause's signing. Each case lists (kind, parties, year, signed) of every document, so
that two documents of one pair keep their own flags."""

import pytest

from test_agreements_general import run


def got(body):
    return sorted((h.kind, tuple(sorted(h.parties)), str(h.year), h.signed) for h in run(body).agreements)


def want(*docs):
    return sorted((k, tuple(sorted(p.split())), str(y), s) for k, p, y, s in docs)


HOST = "Georgian Defence Minister Irakli Chikovani hosted his Latvian counterpart Andris Spruds in Tbilisi on Monday.\n"
HOST_RU = "Министр обороны Грузии Ираклий Чиковани встретился в Тбилиси с министром обороны Латвии Андрисом Спрудсом.\n"
MEMO_SIGNED_AGREEMENT_NOT = [("memorandum", "GE LV", None, True), ("agreement", "GE LV", None, False)]

ATTACHED_CLAUSE = [
    (HOST + "They signed a memorandum on cyber defence, which complements the agreement on military cooperation.",
     MEMO_SIGNED_AGREEMENT_NOT),
    (HOST + "They signed a memorandum on cyber defence that builds on the agreement on military cooperation.",
     MEMO_SIGNED_AGREEMENT_NOT),
    (HOST + "They signed a memorandum on cyber defence complementing the agreement on military cooperation.",
     MEMO_SIGNED_AGREEMENT_NOT),
    (HOST + "The memorandum on cyber defence, which complements the agreement on military cooperation, was signed "
     "after the talks.", MEMO_SIGNED_AGREEMENT_NOT),
    (HOST_RU + "Стороны подписали меморандум о киберобороне, который дополняет соглашение о военном сотрудничестве.",
     MEMO_SIGNED_AGREEMENT_NOT),
    (HOST_RU + "Стороны подписали меморандум о киберобороне, дополняющий соглашение о военном сотрудничестве.",
     MEMO_SIGNED_AGREEMENT_NOT),
    (HOST_RU + "Меморандум о киберобороне, который дополняет соглашение о военном сотрудничестве, был подписан после "
     "переговоров.", MEMO_SIGNED_AGREEMENT_NOT),
    ("The defence ministers of Ghana and Togo signed a roadmap on coastal security, which sets out how the plan of "
     "naval exercises for 2026 will be carried out.",
     [("roadmap", "GH TG", None, True), ("plan", "GH TG", "2026", False)]),
    # near misses: a list goes on after the clause; the clause is about the talks, not a document
    (HOST + "They signed a memorandum on cyber defence, which complements their earlier work, and an agreement on "
     "military transport.", [("memorandum", "GE LV", None, True), ("agreement", "GE LV", None, True)]),
    (HOST + "The ministers praised the talks, which ended with the signing of an agreement on military cooperation.",
     [("agreement", "GE LV", None, True)]),
    (HOST + "They held talks, during which they signed an agreement on military cooperation.",
     [("agreement", "GE LV", None, True)]),
    (HOST_RU + "Стороны провели переговоры, по итогам которых подписали соглашение о военном сотрудничестве.",
     [("agreement", "GE LV", None, True)]),
    (HOST_RU + "Министры подписали соглашение о военных перевозках и протокол о военной связи.",
     [("agreement", "GE LV", None, True), ("protocol", "GE LV", None, True)]),
]


@pytest.mark.parametrize("body, docs", ATTACHED_CLAUSE)
def test_a_document_in_a_clause_about_another_is_not_signed(body, docs):
    assert got(body) == want(*docs)


TWO_CLAUSES_TWO_TIMES = [
    ("Kenya and Ghana signed a defence cooperation agreement in 2016, and on Monday their ministers signed a "
     "memorandum on naval training.", [("agreement", "KE GH", None, False), ("memorandum", "KE GH", None, True)]),
    ("Chile and Peru concluded a treaty on border security in 2009, and today the two ministers signed a protocol on "
     "river patrols.", [("treaty", "CL PE", None, False), ("protocol", "CL PE", None, True)]),
    ("Кения и Гана подписали соглашение о военном сотрудничестве в 2016 году, а в понедельник министры подписали "
     "меморандум о военно-морской подготовке.", [("agreement", "KE GH", None, False), ("memorandum", "KE GH", None, True)]),
    # near misses: the later clause opens on the earlier year itself
    ("The ministers of Kenya and Ghana met on Monday, and in 2016 the two states signed a defence cooperation "
     "agreement.", [("agreement", "KE GH", None, False)]),
    ("On Monday the ministers of Kenya and Ghana signed a memorandum on naval training, and in 2016 they signed a "
     "defence cooperation agreement.", [("memorandum", "KE GH", None, True), ("agreement", "KE GH", None, False)]),
]


@pytest.mark.parametrize("body, docs", TWO_CLAUSES_TWO_TIMES)
def test_the_time_of_one_clause_is_not_the_next_ones(body, docs):
    assert got(body) == want(*docs)


SPANS = [
    ("Serbia and Hungary signed a plan of cooperation covering 2025 to 2027.", [("plan", "RS HU", "2025-2027", True)]),
    ("Serbia and Hungary signed a military cooperation programme for the 2025-2027 period.",
     [("programme", "RS HU", "2025-2027", True)]),
    ("Mongolia and Kazakhstan signed a programme of military cooperation for 2025-26.",
     [("programme", "MN KZ", "2025-2026", True)]),
    ("Mongolia and Kazakhstan signed a programme of military cooperation for 2025/26.",
     [("programme", "MN KZ", "2025-2026", True)]),
    ("Chile and Peru signed the programme of naval cooperation 2026–2028 in Lima.",
     [("programme", "CL PE", "2026-2028", True)]),
    ("Chile and Peru signed a three-year programme of naval cooperation (2026–2028).",
     [("programme", "CL PE", "2026-2028", True)]),
    ("Ghana and Togo signed the plan of joint patrols, which runs from 2025 to 2027.", [("plan", "GH TG", "2025-2027", True)]),
    ("Ghana and Togo signed a 2025-2027 roadmap on coastal security.", [("roadmap", "GH TG", "2025-2027", True)]),
    ("Министры обороны Сербии и Венгрии подписали программу сотрудничества на период 2025–2027 годов.",
     [("programme", "RS HU", "2025-2027", True)]),
    ("Министры обороны Монголии и Казахстана подписали план сотрудничества, рассчитанный на 2025–2026 годы.",
     [("plan", "MN KZ", "2025-2026", True)]),
    # near misses: a date is no span; a single year before an agreement is the year it was signed
    ("Ghana and Togo signed a plan of joint patrols on 2025-03-12.", [("plan", "GH TG", None, True)]),
    ("Ghana and Togo reviewed the 2019 agreement on coastal security.", [("agreement", "GH TG", None, False)]),
    ("Mongolia and Kazakhstan signed a programme of military cooperation for 2025-24 drills.",
     [("programme", "MN KZ", None, True)]),
]


@pytest.mark.parametrize("body, docs", SPANS)
def test_a_span_of_years_is_the_years_covered(body, docs):
    assert got(body) == want(*docs)


SEVERAL_STATES = [
    # the clause lists three or more states as the signers: all of them, not a guest named elsewhere
    ("The defence ministers of Estonia, Latvia and Lithuania signed a declaration on a joint air defence zone in "
     "Riga, where Ukraine's minister Rustem Umerov was a guest.", [("declaration", "EE LV LT", None, True)]),
    ("Norway, Sweden, Finland and Denmark signed a memorandum on joint air operations.",
     [("memorandum", "NO SE FI DK", None, True)]),
    ("Министры обороны Бразилии, Аргентины и Уругвая подписали протокол о речном патрулировании.",
     [("protocol", "BR AR UY", None, True)]),
    # the clause counts them ("the three Baltic states") after a sentence that lists them
    ("Ukrainian Defence Minister Rustem Umerov met the defence ministers of Estonia, Latvia and Lithuania in Riga. "
     "The three Baltic states signed a memorandum on joint procurement of ammunition.",
     [("memorandum", "EE LV LT", None, True)]),
    ("Министры обороны Эстонии, Латвии и Литвы встретились в Риге с украинским коллегой. Три балтийские страны "
     "подписали меморандум о совместных закупках боеприпасов.", [("memorandum", "EE LV LT", None, True)]),
    ("The four Nordic states Norway, Sweden, Finland and Denmark signed a declaration on a joint air force in "
     "Ramstein.", [("declaration", "NO SE FI DK", None, True)]),
    # near misses: a list in another clause; a bilateral document beside a list of states
    ("After talks with Estonia, Latvia and Lithuania, Poland signed a memorandum on air policing with Ukraine.",
     [("memorandum", "PL UA", None, True)]),
    ("После переговоров с Эстонией, Латвией и Литвой Польша подписала меморандум о воздушном патрулировании с "
     "Украиной.", [("memorandum", "PL UA", None, True)]),
    ("At the summit with Benin, Niger and Nigeria, Ghana signed a memorandum on border security with Togo.",
     [("memorandum", "GH TG", None, True)]),
    ("The defence ministers of Chile and Peru signed a memorandum on naval training; Brazil, Argentina and Uruguay "
     "sent observers.", [("memorandum", "CL PE", None, True)]),
]


@pytest.mark.parametrize("body, docs", SEVERAL_STATES)
def test_a_document_of_several_states_is_all_theirs(body, docs):
    assert got(body) == want(*docs)


DECLARATIONS = [
    ("Chile and Peru signed a declaration after the talks in Lima.", [("declaration", "CL PE", None, True)]),
    ("Chile and Peru will sign a declaration on naval cooperation next month.", [("declaration", "CL PE", None, False)]),
    # near misses: a declaration of an earlier day, a statement to the press, another kind of declaration
    ("Chile and Peru signed a declaration in 2019, the ministers recalled during the talks in Lima.", []),
    ("The ministers of Chile and Peru met in Lima. Peru's minister made a declaration to the press.", []),
    ("The ministers of Chile and Peru met in Lima. The declaration of independence was read at the ceremony.", []),
]


@pytest.mark.parametrize("body, docs", DECLARATIONS)
def test_a_declaration_signed_at_the_meeting_is_a_document(body, docs):
    assert got(body) == want(*docs)


KOREA = [
    # "Korea" and "Korean" alone are South Korea's; the peninsula, the war and the North are not
    ("Japanese Defence Minister Gen Nakatani met his Korean counterpart in Tokyo. Korea and Japan signed a memorandum "
     "on search and rescue. The United States welcomed the step.", [("memorandum", "KR JP", None, True)]),
    ("The Polish Ministry of National Defence signed a contract with the Korean company Hanwha Aerospace for 100 "
     "howitzers.", [("contract", "PL KR", None, True)]),
    ("Корея и Япония подписали меморандум о поиске и спасении на море.", [("memorandum", "KR JP", None, True)]),
]


@pytest.mark.parametrize("body, docs", KOREA)
def test_korea_alone_is_south_korea(body, docs):
    assert got(body) == want(*docs)


@pytest.mark.parametrize("text, codes", [
    ("Korea and Japan signed", ["KR", "JP"]),
    ("North Korea fired a missile", ["KP"]),
    ("North Korean troops", ["KP"]),
    ("tension on the Korean Peninsula", []),
    ("veterans of the Korean War", []),
    ("the Korean People's Army", []),
])
def test_korea_in_the_country_index(text, codes):
    from generator.reference.countries import index

    assert [h.code for h in index().find(text, "en")] == codes
