"""The page text the credits tests (tests/test_credits_r6.py, tests/test_credits_r7.py) compose
their pages of: an invented headline and body in English and Russian, our own sentences."""

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
