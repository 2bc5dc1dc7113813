"""Agreements, round 13 (issue 11): sentences of our own, in both languages, for the kinds of
error seen on the newest held-out set, each with variants and near misses that must not change.
Each case expects what ``../shared/tools/score.py`` compares: the parties, the year the document
covers and the signed flag ("signed, approved or concluded during the reported meeting")."""

import pytest

from test_agreements_general import got, want

# --------------------------------------------------------------------------- "A signed … with B"

# "A signed a document … with B" names its sides only when A is one state and "with B" belongs to
# the signing: a list as the subject names both sides itself, and a noun between the document and
# "with" takes the "with" ("amid tensions with C", «на фоне напряженности с C»).
SIGNER_WITH = [
    ("Japan and the Philippines signed an agreement on mutual access amid tensions with China.",
     [("JP PH", None, True)]),
    ("Kenya and Uganda signed a memorandum on border security amid friction with South Sudan.",
     [("KE UG", None, True)]),
    ("Министры обороны Кении и Уганды подписали меморандум о безопасности границы на фоне конфликта с Южным Суданом.",
     [("KE UG", None, True)]),
    ("Министры обороны Японии и Филиппин подписали соглашение о взаимном доступе на фоне противостояния с Китаем.",
     [("JP PH", None, True)]),
    # near misses: one state signs with another after talks with others, the "with" right after the document
    ("After talks with Estonia, Latvia and Lithuania, Poland signed a memorandum on Tuesday in Warsaw with Ukraine.",
     [("PL UA", None, True)]),
    ("После переговоров с Эстонией, Латвией и Литвой Польша подписала меморандум с Украиной.",
     [("PL UA", None, True)]),
]


@pytest.mark.parametrize("body, docs", SIGNER_WITH)
def test_a_signed_with_b_only_when_with_belongs_to_the_signing(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- a state as the topic

# A state named inside the document's complement after a preposition of topic or place, or after
# the document as a place or another noun's object, is what the document is about, not a side;
# the article's own states are the sides.
TOPIC = [
    ("Commanders of the Kenya Defence Forces and the Uganda People's Defence Force met in Kampala. They signed a "
     "memorandum on joint patrols along the South Sudan border.", [("KE UG", None, True)]),
    ("Kenya and Uganda signed a memorandum on Tuesday to coordinate their patrols along the South Sudan border.",
     [("KE UG", None, True)]),
    ("The chiefs of staff of Niger and Chad met in Niamey. They signed an agreement on peace efforts in Libya.",
     [("NE TD", None, True)]),
    ("Командующие вооружёнными силами Кении и Уганды встретились в Кампале. Они подписали меморандум о содействии "
     "урегулированию в Южном Судане.", [("KE UG", None, True)]),
    # near misses: a state after "with", "to" or "between" in the complement is a side
    ("Kenya signed an agreement on defence cooperation with Uganda.", [("KE UG", None, True)]),
    ("Russia signed a contract for the supply of helicopters to Egypt.", [("EG RU", None, True)]),
    ("The Turkish defence minister visited Kazakhstan. In Kazakhstan he signed a plan of cooperation.",
     [("KZ TR", None, True)]),
]


@pytest.mark.parametrize("body, docs", TOPIC)
def test_a_state_the_document_is_about_is_no_side(body, docs):
    assert got(body) == want(*docs)


# --------------------------------------------------------------------------- Russian compound adjectives

# The first half of a Russian compound adjective of two states is formed regularly from the
# adjective ("-ский" -> "-ско"): «чилийско-перуанский», «кенийско-угандийский».
@pytest.mark.parametrize("text, codes", [
    ("чилийско-перуанской комиссии", ["CL", "PE"]),
    ("кенийско-угандийского меморандума", ["KE", "UG"]),
    ("немецко-французской бригады", ["DE", "FR"]),
    ("польско-литовской бригады", ["PL", "LT"]),
    ("российско-белорусской комиссии", ["RU", "BY"]),
    ("военно-морской базы", []),
    ("северо-западной границы", []),
])
def test_russian_compound_adjectives(text, codes):
    from generator.reference.countries import index

    assert [h.code for h in index().find(text, "ru")] == codes


COMPOUND = [
    ("Сопредседатели чилийско-перуанской комиссии подписали письмо о намерениях в области военной медицины.",
     [("CL PE", None, True)]),
    ("Кенийско-угандийский меморандум о совместном патрулировании подписан в Кампале.", [("KE UG", None, True)]),
]


@pytest.mark.parametrize("body, docs", COMPOUND)
def test_documents_of_a_compound_adjective(body, docs):
    assert got(body) == want(*docs)
