"""Pages for tests/test_titles_r15.py: the top of a page in the shapes of round 15's headline failures
(a government page's label lines, a masthead block of name / tagline / issue line, a regional portal's author
alone under the headline), in English and Russian, with near-misses. Every outlet, person and sentence here is
invented for the test."""
from __future__ import annotations


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------- bodies (our own sentences)

EB1 = ("The defence ministers of Ghana and Norway met in Oslo on Tuesday to discuss maritime security in the Gulf "
       "of Guinea, the training of naval officers and the supply of patrol boats.")
EB2 = "Both ministers said the talks would continue at the level of their navies later in the year."
EB3 = "A joint working group will meet in Accra in the autumn, the ministry said."

FB1 = ("Nordwerft handed over the second of four offshore patrol vessels ordered by the Ghanaian Navy at a ceremony "
       "in Kiel on Thursday attended by the deputy defence minister of Ghana.")
FB2 = "The vessel will sail to Tema next month with a crew trained at the yard over the winter."
FB3 = "The remaining two ships are due for delivery in 2026, the company said."

TB1 = ("Deputy Defence Minister Lin Cheng received a delegation of the Philippine Navy in Taipei on Tuesday for "
       "talks on coastal defence, search and rescue at sea and the training of officers.")
TB2 = "The two sides agreed to hold further consultations on maritime search and rescue next year."

KB1 = ("The chiefs of the general staffs of Kazakhstan and Uzbekistan signed a plan for joint border training "
       "in Tashkent on Monday, covering exercises of mountain units and the exchange of cadets.")
KB2 = "The plan runs until the end of 2026 and includes two command post exercises, officials said."

RB1 = ("Делегация Министерства обороны Казахстана посетила в среду Оренбургское высшее военное училище и "
       "обсудила с командованием подготовку курсантов и совместные учения.")
RB2 = "Гости осмотрели учебные классы и полигон училища, а также встретились с курсантами из Казахстана."
RB3 = "Следующий визит запланирован на осень."

SB1 = ("Министры обороны Армении и Греции подписали в Афинах во вторник план военного сотрудничества на 2026 год, "
       "который предусматривает обучение офицеров и совместные учения.")
SB2 = "Стороны также обсудили поставки медицинского оборудования для военных госпиталей."

PB1 = ("Soldiers of the regional garrison welcomed a delegation of Mongolian officers on Friday for a week of "
       "joint training in winter survival and mountain rescue.")
PB2 = "The visit is part of an exchange agreed by the defence ministries of both countries last year."


# --------------------------------------------------------------------------- kind 1: a government page's label lines

GH1 = "Defence Secretary hosts Ghanaian counterpart for talks on maritime security"
GS1 = "The two ministers discussed piracy in the Gulf of Guinea and the training of naval officers."
GH2 = "Norway and Ghana to train naval officers together"
GH3 = "Minister visits naval base in Bergen with Ghanaian delegation"
GRH1 = "Министры обороны Армении и Греции подписали план сотрудничества на 2026 год"
GRS1 = "План предусматривает обучение офицеров и совместные учения двух армий."
GRH2 = "Армения и Греция согласовали план военного сотрудничества"
GSF = "The two ministers discussed piracy in the Gulf of Guinea and the training of naval officers"
GRSF = "План предусматривает обучение офицеров и совместные учения двух армий"
GLH = "Ghana and Norway agree to step up naval cooperation in the Gulf of Guinea against piracy and smuggling"
GRLH = "Армения и Греция договорились о совместной подготовке офицеров и проведении учений в 2026 году"

GOV = {
    "gov_uk_shape": (page(
        "Cookies on the Defence portal", "We use some essential cookies to make this website work.",
        "Accept additional cookies", "Reject additional cookies", "View cookies",
        "Home > Defence and armed forces > International defence cooperation", "Press release", GH1, GS1,
        "From:", "Ministry of Defence", "Published", "12 May 2025", EB1, EB2, EB3), GH1, None),
    "news_story_inline_labels": (page(
        "Skip to main content", "Home / Government / Defence", "News story", GH2,
        "Officers of both navies will share courses at the naval academies in Bergen and Accra.",
        "From: Ministry of Defence", "Published 3 February 2025", "Last updated 4 February 2025", EB1, EB2), GH2, None),
    "published_label_first": (page(
        "Government of Norway", "Press release", "Published:", "12.05.2025", GH3,
        "The minister toured the base and met officers of the coastal fleet.", EB1, EB2), GH3, None),
    "posted_updated_one_line": (page(
        "This site uses cookies. By continuing to browse you agree to our use of cookies.", "OK",
        "Statement", GH2, "Posted: 12 May 2025 | Updated: 13 May 2025", EB1, EB2, EB3), GH2, None),
    "date_label": (page(
        "Home > Newsroom", "Media release", GH1, GS1, "Date:", "12 May 2025", EB1, EB2), GH1, None),
    "ru_published_updated": (page(
        "Мы используем файлы cookie, чтобы сайт работал лучше.", "Принять",
        "Главная / Пресс-центр / Новости", "Пресс-релиз", GRH1, GRS1,
        "Опубликовано: 12 мая 2025", "Обновлено: 13 мая 2025", SB1, SB2), GRH1, None),
    "ru_published_alone": (page(
        "Главная > Пресс-служба > Новости", "Новость", GRH2, GRS1, "Опубликовано", "12.05.2025", "Обновлено",
        "13.05.2025", SB1, SB2), GRH2, None),
    "ru_label_before_date_only": (page(
        "Сообщение", GRH2, "Дата публикации:", "12 мая 2025", SB1, SB2), GRH2, None),
    # the shapes that came out as 'Published', 'Updated', a cookie banner's heading, 'From: …' or no title at all
    "published_alone_no_standfirst": (page(
        "Press release", GH2, "From:", "Ministry of Defence", "Published", "12 May 2025", EB1, EB2, EB3), GH2, None),
    "updated_alone": (page("News story", GH3, "Updated", "12 May 2025", EB1, EB2, EB3), GH3, None),
    "cookie_heading": (page(
        "Cookies on the Defence portal", "We use some essential cookies to make this website work.",
        "Accept additional cookies", "Reject additional cookies", "Press release", GH1, "Updated", "12 May 2025",
        EB1, EB2, EB3), GH1, None),
    "from_line_with_value": (page("Press release", GLH, "From: Ministry of Defence and Jane Smith MP",
                                  "Published 12 May 2025", EB1, EB2, EB3), GLH, None),
    "long_headline_read_as_text": (page("Speech", GLH, GS1, "From:", "Ministry of Defence", "Published",
                                        "12 May 2025", EB1, EB2, EB3), GLH, None),
    "kind_label_over_long_headline": (page("Media release", GLH, GS1, "From: Ministry of Defence",
                                           "Published 12 May 2025", EB1, EB2, EB3), GLH, None),
    "ru_published_no_standfirst": (page("Пресс-релиз", GRLH, "Опубликовано", "12 мая 2025", SB1, SB2), GRLH, None),
    "ru_updated_with_time": (page("Пресс-релиз", GRLH, "Обновлено", "13.05.2025 10:15", SB1, SB2), GRLH, None),
    "ru_date_label_colon": (page("Главная", "Пресс-центр", "Пресс-релиз", GRLH, "Дата публикации:", "12.05.2025",
                                 SB1, SB2), GRLH, None),
    "ru_source_label_value": (page("Главная > Пресс-служба > Новости", "Сообщение", GRLH, GRS1, "Источник:",
                                   "Пресс-служба министерства", SB1, SB2), GRLH, None),
    "standfirst_without_stop": (page("Press release", GLH, GSF, "Published 12 May 2025", EB1, EB2, EB3), GLH, None),
    "ru_standfirst_without_stop": (page("Главная / Новости", "Заявление", GRLH, GRSF, "12.05.2025", SB1, SB2), GRLH, None),
    # near-misses: a headline that starts with a label word; a page with no label lines at all
    "near_updated_headline": (page(
        "Home > Defence", "Press release", "Updated naval training plan agreed with Ghana", GS1,
        "Published 12 May 2025", EB1, EB2), "Updated naval training plan agreed with Ghana", None),
    "near_plain_page": (page(GH2, "12 May 2025", EB1, EB2), GH2, None),
}


# --------------------------------------------------------------------------- kind 2: a masthead block over the headline

FH = "Nordwerft hands over second offshore patrol vessel to the Ghanaian Navy at a ceremony in Kiel"
TH = "Deputy minister receives Philippine naval delegation for talks on coastal defence"
KH = "Kazakh and Uzbek general staffs sign plan for joint border training"
RKH = "Казахстан и Узбекистан подписали план совместной подготовки пограничных подразделений"
RKB1 = ("Начальники генеральных штабов Казахстана и Узбекистана подписали в понедельник в Ташкенте план совместной "
        "подготовки пограничных подразделений, который предусматривает учения горных частей и обмен курсантами.")
RKB2 = "План рассчитан до конца 2026 года, сообщили в министерстве."
CAPS = "NORDWERFT DELIVERS SECOND PATROL VESSEL TO GHANAIAN NAVY"
FSUB = "Nordwerft's second patrol ship for Ghana sails next month with a crew trained at the yard"

MASTHEAD = {
    "company_caps_menu_dateline": (page(
        "NORDWERFT", "Products  Services  Careers  Investors  Press", "Press Releases", "Kiel, 5 June 2025", FH,
        FB1, FB2, FB3), FH, None),
    "company_name_date_only": (page("NORDWERFT", "5 June 2025", FH, FB1, FB2, FB3), FH, None),
    "company_bar_menu": (page(
        "NORDWERFT GROUP", "Home | About us | Products | Press", "Press Releases", "05.06.2025", FH, FB1, FB2), FH, None),
    "bulletin_masthead_volume": (page(
        "MND Ministry of National Defense", "Weekly Bulletin | Vol. 12 No. 29",
        "Wednesday, 14 May 2025 | 16 Dhu al-Qadah 1446 AH", TH, TB1, TB2), TH, None),
    "bulletin_ministry_volume": (page(
        "Ministry of National Defense", "Weekly Bulletin | Vol. 12 No. 29", TH, TB1, TB2), TH, None),
    "newsletter_tagline_issue": (page(
        "THE STEPPE BRIEF", "A weekly briefing on security across Central Asia", "Issue 214 | 3 March 2025", KH,
        KB1, KB2), KH, None),
    "newsletter_tagline_first": (page(
        "A weekly briefing on security across Central Asia", "THE STEPPE BRIEF", "Issue 214", KH, KB1, KB2), KH, None),
    "ru_company_menu_dateline": (page(
        "УРАЛСУДОСТРОЙ", "О компании | Продукция | Пресс-центр | Контакты", "Пресс-релизы", "Ташкент, 5 июня 2025",
        RKH, RKB1, RKB2), RKH, None),
    "ru_bulletin_issue": (page(
        "Министерство обороны Республики Казахстан", "Информационный бюллетень | Выпуск № 29", "14.05.2025",
        RKH, RKB1, RKB2), RKH, None),
    "ru_newsletter_tagline": (page(
        "СТЕПНОЙ ДАЙДЖЕСТ", "Еженедельный обзор безопасности Центральной Азии", "Выпуск 214 | 3 марта 2025",
        RKH, RKB1, RKB2), RKH, None),
    "company_gap_menu_date": (page("NORDWERFT", "Products  Services  Careers  Investors  Press", "5 June 2025", FH,
                                   FB1, FB2, FB3), FH, None),
    "company_two_calendars": (page("NORDWERFT", "Products  Services  Careers  Investors  Press",
                                   "14.05.2025 (Year 114 of the Republic)", FH, FB1, FB2, FB3), FH, None),
    "company_back_to_overview": (page("NORDWERFT", "Home | Company | Products | Careers | Press", "Back to overview",
                                      "Kiel, 5 June 2025", FH, FB1, FB2, FB3), FH, None),
    "newsletter_in_this_issue": (page("THE STEPPE BRIEF", "In this issue", "June 5, 2025 | 10:00 CET", KH, KB1, KB2),
                                 KH, None),
    "bulletin_issue_line_over_headline": (page("Menu", "Search", "Weekly Bulletin | Vol. 12 No. 29", TH, TB1, TB2),
                                          TH, None),
    "company_legal_form": (page("Nordwerft AG", "05.06.2025", FH, FB1, FB2, FB3), FH, None),
    "company_slogan": (page("Nordwerft Shipyards", "Engineering excellence since 1921", "Kiel, 5 June 2025", FH,
                            FB1, FB2, FB3), FH, None),
    "standfirst_under_byline": (page("NORDWERFT", "Home | Company | Products | Careers | Press", "Press Releases", FH,
                                     "By Jane Doe", FSUB, FB1, FB2, FB3), FH, None),
    "issue_line_under_name": (page("NORDWERFT", "Weekly Bulletin | Vol. 12 No. 29", FH, FB1, FB2, FB3), FH, None),
    "ru_back_to_list": (page("УРАЛСУДОСТРОЙ", "Назад к списку", "5 июня 2025", RKH, RKB1, RKB2), RKH, None),
    "ru_company_legal_form": (page("АО «Уралсудострой»", "05.06.2025", RKH, RKB1, RKB2), RKH, None),
    # near-misses: the headline itself in capitals; a page with no masthead block
    "near_caps_headline": (page("NORDWERFT", "Press Releases", "Kiel, 5 June 2025", CAPS, FB1, FB2, FB3), CAPS, None),
    "near_caps_headline_alone": (page(CAPS, "5 June 2025", FB1, FB2, FB3), CAPS, None),
    "near_no_masthead": (page("Kiel, 5 June 2025", FH, FB1, FB2, FB3), FH, None),
}


# --------------------------------------------------------------------------- kind 3: a name alone next to the headline

OH = "Оренбургские курсанты приняли делегацию военных из Казахстана"
PH = "Regional garrison hosts Mongolian officers for winter training"
PORTAL = {
    "ru_portal_full_top": (page(
        "ВЕСТИ ПРИУРАЛЬЯ", "Новости Оренбурга и области", "+3 °C  USD 92,15  EUR 99,30", "Общество / Армия", OH,
        "Ирина Соколова", RB1, RB2, RB3), OH, "Irina Sokolova"),
    "ru_portal_date_then_name": (page(
        "ВЕСТИ ПРИУРАЛЬЯ", "Новости Оренбурга и области", "Общество / Армия", OH, "14 мая 2025, 10:38",
        "Пётр Васильев", RB1, RB2, RB3), OH, "Pyotr Vasilyev"),
    "ru_three_word_name": (page(OH, "Мария Ивановна Кузнецова", RB1, RB2, RB3), OH, "Mariya Ivanovna Kuznetsova"),
    "ru_text_and_photo_cues": (page(
        "ОРЕНБУРГ-ИНФО", "Армия", OH, "Текст: Анна Белова. Фото: Олег Ким", RB1, RB2), OH, "Anna Belova"),
    "ru_name_over_headline": (page(
        "Оренбургский курьер", "Общество", "Ирина Соколова", OH, RB1, RB2), OH, "Irina Sokolova"),
    "en_portal_full_top": (page(
        "THE PRAIRIE LEDGER", "News from across the region", "12°C Sunny | USD/CAD 1.36", "Local / Military", PH,
        "Jane Doe", PB1, PB2), PH, "Jane Doe"),
    "en_name_under_date": (page("Prairie Ledger", "Local", PH, "May 14, 2025 10:38", "Tomasz Nowak", PB1, PB2),
                           PH, "Tomasz Nowak"),
    "en_words_photos": (page(PH, "Words: Jane Doe, Photos: Tom Reed", PB1, PB2), PH, "Jane Doe"),
    "ru_tagline_over_widget": (page(
        "ВЕСТИ ПРИУРАЛЬЯ", "Новости Оренбурга и области", "+3 °C  USD 92,15  EUR 99,30", OH, "Пётр Васильев",
        "14 мая 2025, 10:38", RB1, RB2, RB3), OH, "Pyotr Vasilyev"),
    "ru_name_over_dateline": (page(
        "ВЕСТИ ПРИУРАЛЬЯ", "Новости Оренбурга и области", "+3 °C  USD 92,15  EUR 99,30", "Общество / Армия", OH,
        "Мария Ивановна Кузнецова", "14 мая 2025, 10:38", RB1, RB2, RB3), OH, "Mariya Ivanovna Kuznetsova"),
    "ru_credits_over_dateline": (page(
        "ВЕСТИ ПРИУРАЛЬЯ", "Новости Оренбурга и области", "+3 °C  USD 92,15  EUR 99,30", "Общество / Армия", OH,
        "Текст: Анна Белова. Фото: Олег Ким", "14 мая 2025, 10:38", RB1, RB2, RB3), OH, "Anna Belova"),
    "en_tagline_over_widget": (page(
        "THE PRAIRIE LEDGER", "News from across the region", "12°C Sunny | USD/CAD 1.36", PH, "Tomasz Nowak",
        PB1, PB2), PH, "Tomasz Nowak"),
    "en_name_over_headline_mid_page": (page(
        "THE PRAIRIE LEDGER", "News from across the region", "12°C Sunny | USD/CAD 1.36", "Local / Military",
        "Mary Ann Collins", PH, "May 14, 2025 10:38", PB1, PB2), PH, "Mary Ann Collins"),
    # near-misses: a photographer alone is no author; a title-case headline of capitalised words stays the headline
    "near_photo_only": (page("ВЕСТИ ПРИУРАЛЬЯ", "Общество / Армия", OH, "Фото: Олег Ким", RB1, RB2), OH, None),
    "near_title_case_headline": (page("Local", "Garrison Hosts Mongolian Officers", "May 14, 2025", PB1, PB2),
                                 "Garrison Hosts Mongolian Officers", None),
}


# --------------------------------------------------------------------------- near-misses: a short headline at the top

SUB = "Ghana and Norway discuss piracy and the training of naval officers in the Gulf of Guinea"
RSUB = "Армения и Греция обсудили обучение офицеров и совместные учения двух армий"
#: (want, parts): a headline on the first line, a divider (date, menu, widget, byline) under it, then a standfirst
#: without a closing stop that the lead restates fully: the headline stays, it is no masthead.
TOP_HEADLINE = {
    "short_headline_date_standfirst": ("Ghana and Norway talk piracy", ["Ghana and Norway talk piracy", "12 May 2025", SUB]),
    "section_byline_date": ("Ghana and Norway talk piracy",
                            ["Defence", "Ghana and Norway talk piracy", "By Jane Doe", "12 May 2025", SUB]),
    "menu_under_headline": ("Ghana and Norway talk piracy",
                            ["Ghana and Norway talk piracy", "Home | News | Defence | World", SUB]),
    "widget_under_headline": ("Ghana, Norway eye naval ties", ["Ghana, Norway eye naval ties", "12°C Oslo | USD 10.52 NOK", SUB]),
    "caps_headline": ("NORWAY AND GHANA SIGN NAVAL PACT", ["NORWAY AND GHANA SIGN NAVAL PACT", "12 May 2025", SUB]),
    "two_word_headline": ("Oslo talks", ["Oslo talks", "12 May 2025", SUB]),
    "back_to_headline": ("Back to the table: Ghana and Norway resume naval talks",
                         ["Back to the table: Ghana and Norway resume naval talks", "12 May 2025", SUB]),
    "since_headline": ("Largest naval drills since 1998 end off Ghana",
                       ["Largest naval drills since 1998 end off Ghana", "12 May 2025", SUB]),
    "ru_headline_colon": ("Армения и Греция: план на 2026 год", ["Армения и Греция: план на 2026 год", "12.05.2025", RSUB]),
    "ru_short_headline": ("Министры встретились в Афинах", ["Министры встретились в Афинах", "12 мая 2025, 10:15", RSUB]),
}
