"""Round 19 (lead): a bare 'this agreement' after another kind of document refers to the last document of its OWN kind
when one was named, not to the document named just before it (articles written for this test)."""

from generator.extract.entities import analyse, extract_one
from generator.model import Article, PartialDate


def _docs(text, registry, lang="en"):
    a = Article("t", "t.txt", lang, "", True, PartialDate(2024, 5, 14), None, None, text)
    return [(h.kind, h.signed) for h in extract_one(a, analyse([a])[a.id], registry).agreements]


def test_this_agreement_is_the_agreement_not_the_replaced_memorandum(registry):
    text = ("Ghana's Defence Minister Omane Boamah and his Nigerian counterpart Mohammed Badaru signed a defence "
            "cooperation agreement in Accra on Monday. The agreement replaces a memorandum of understanding on "
            "military training concluded by the two ministries in 2012. \"This agreement opens a new stage,\" "
            "Badaru said after the signing ceremony.")
    docs = _docs(text, registry)
    assert sorted(docs) == [("agreement", True), ("memorandum", False)]


def test_this_agreement_is_the_agreement_not_the_replaced_memorandum_ru(registry):
    text = ("Министры обороны Ганы и Нигерии подписали в Аккре в понедельник соглашение о военном сотрудничестве. "
            "Соглашение заменяет меморандум о взаимопонимании в области военного обучения, подписанный "
            "министерствами в 2012 году. «Это соглашение открывает новый этап», — сказал министр после церемонии "
            "подписания.")
    docs = _docs(text, registry, "ru")
    assert sorted(docs) == [("agreement", True), ("memorandum", False)]


def test_a_bare_head_of_another_kind_still_refers_back_when_its_kind_is_new_control(registry):
    # no plan named before: 'the plan' here is the programme just named (round 14's anaphor), one document
    text = ("The defence ministers of Chile and Peru signed a programme of bilateral military cooperation for 2026 in "
            "Lima on Tuesday. The plan includes joint naval exercises and officer exchanges.")
    docs = _docs(text, registry)
    assert len(docs) == 1 and docs[0][1] is True
