"""The page text the credits tests (tests/test_credits_r6.py … tests/test_credits_r9.py) compose
their pages of: invented headlines and bodies in English and Russian, our own sentences, and ``page``,
which joins parts into a page."""

from __future__ import annotations

H = "Mongolia and Vietnam agree to train peacekeepers together from next year"
B1 = ("The defence ministers of Mongolia and Vietnam agreed in Hanoi on Thursday to train their peacekeeping "
      "units together from next year and to exchange instructors between their training centres.")
B2 = "The two ministers also discussed engineering support for field hospitals and the training of medics, officials said."
B3 = "The next round of consultations is planned in Ulaanbaatar in the autumn."
RH = "Министры обороны Туркменистана и Азербайджана обсудили подготовку военных моряков"
RB1 = ("Министры обороны Туркменистана и Азербайджана в среду в Ашхабаде обсудили подготовку военных моряков "
       "и обмен курсантами между военно-морскими институтами двух стран.")
RB2 = "Стороны также договорились провести совместные учения на Каспии в будущем году."
RB3 = "Следующая встреча запланирована в Баку осенью."


def page(*parts: str) -> str:
    """Parts of a page, one paragraph each."""
    return "\n\n".join(parts) + "\n"


# The second set (tests/test_credits_r8.py, tests/test_credits_r9.py).
H2 = "Defence chiefs of Serbia and Hungary discuss an officer exchange"
B21 = ("The defence ministers of Serbia and Hungary met in Belgrade on Monday to discuss an exchange of young "
       "officers between their military academies and joint training of engineers.")
B22 = "The two ministers also discussed the repair of transport aircraft, officials said after the talks."
RH2 = "Министры обороны Армении и Ирана обсудили совместные учения"
RB21 = ("Министр обороны Армении встретился в Ереване с министром обороны Ирана, стороны обсудили совместные "
        "учения и подготовку военных врачей.")
RB22 = "Следующая встреча запланирована в Тегеране осенью."
