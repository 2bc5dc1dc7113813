"""A synthetic corpus for the benchmark: N articles from a fixed random seed.

English and Russian (about 4:1), 300-500 words each, in the real header layouts the ingest
recognises: ' date 2021-05-20 By Name', ' date 2020-02-07 By Trend', the month-only
' date 2019-10 <first paragraph>', and the Russian scraped page (clock and weather lines, a
headline, a dateline '18 мая 2021 | 20:06', the headline repeated, body lines, then a footer).
People and countries come from fixed pools so that entities recur across articles, as they
do in a real archive. Every sentence template below was written for this benchmark.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

# --------------------------------------------------------------------------- pools


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    adj: str
    capital: str
    ru: str  # nominative
    ru_gen: str
    ru_ins: str
    ru_acc: str
    ru_official_gen: str | None  # for the ministry footer; None: never a Russian host


COUNTRIES = [
    Country("AZ", "Azerbaijan", "Azerbaijani", "Baku", "Азербайджан", "Азербайджана", "Азербайджаном", "Азербайджан", "Азербайджанской Республики"),
    Country("TR", "Turkey", "Turkish", "Ankara", "Турция", "Турции", "Турцией", "Турцию", None),
    Country("BY", "Belarus", "Belarusian", "Minsk", "Беларусь", "Беларуси", "Беларусью", "Беларусь", "Республики Беларусь"),
    Country("RU", "Russia", "Russian", "Moscow", "Россия", "России", "Россией", "Россию", "Российской Федерации"),
    Country("GE", "Georgia", "Georgian", "Tbilisi", "Грузия", "Грузии", "Грузией", "Грузию", None),
    Country("KZ", "Kazakhstan", "Kazakh", "Astana", "Казахстан", "Казахстана", "Казахстаном", "Казахстан", "Республики Казахстан"),
    Country("UZ", "Uzbekistan", "Uzbek", "Tashkent", "Узбекистан", "Узбекистана", "Узбекистаном", "Узбекистан", "Республики Узбекистан"),
    Country("PK", "Pakistan", "Pakistani", "Islamabad", "Пакистан", "Пакистана", "Пакистаном", "Пакистан", None),
    Country("IT", "Italy", "Italian", "Rome", "Италия", "Италии", "Италией", "Италию", None),
    Country("PL", "Poland", "Polish", "Warsaw", "Польша", "Польши", "Польшей", "Польшу", None),
    Country("RO", "Romania", "Romanian", "Bucharest", "Румыния", "Румынии", "Румынией", "Румынию", None),
    Country("IL", "Israel", "Israeli", "Jerusalem", "Израиль", "Израиля", "Израилем", "Израиль", None),
    Country("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Кыргызстан", "Кыргызстана", "Кыргызстаном", "Кыргызстан", "Кыргызской Республики"),
    Country("TM", "Turkmenistan", "Turkmen", "Ashgabat", "Туркменистан", "Туркменистана", "Туркменистаном", "Туркменистан", None),
    Country("CN", "China", "Chinese", "Beijing", "Китай", "Китая", "Китаем", "Китай", None),
    Country("IN", "India", "Indian", "New Delhi", "Индия", "Индии", "Индией", "Индию", None),
    Country("FR", "France", "French", "Paris", "Франция", "Франции", "Францией", "Францию", None),
    Country("DE", "Germany", "German", "Berlin", "Германия", "Германии", "Германией", "Германию", None),
]
BY_CODE = {c.code: c for c in COUNTRIES}

# role: (English, Russian nominative, Russian instrumental)
ROLES = [
    ("Defence Minister", "министр обороны", "министром обороны"),
    ("Deputy Defence Minister", "заместитель министра обороны", "заместителем министра обороны"),
    ("Chief of the General Staff", "начальник Генерального штаба", "начальником Генерального штаба"),
]
RANKS = [("Colonel General", "генерал-полковник", "генерал-полковником"),
         ("Lieutenant General", "генерал-лейтенант", "генерал-лейтенантом"),
         ("Major General", "генерал-майор", "генерал-майором")]


@dataclass(frozen=True)
class Person:
    en: str
    ru: str
    ru_ins: str
    country: str
    role: int
    rank: int | None  # index into RANKS, None for a civilian


PEOPLE = [
    Person("Zakir Hasanov", "Закир Гасанов", "Закиром Гасановым", "AZ", 0, 0),
    Person("Kerim Veliyev", "Керим Велиев", "Керимом Велиевым", "AZ", 1, 1),
    Person("Madat Guliyev", "Мадат Гулиев", "Мадатом Гулиевым", "AZ", 1, None),
    Person("Najmaddin Sadigov", "Наджмеддин Садыков", "Наджмеддином Садыковым", "AZ", 2, 0),
    Person("Farhad Nabiyev", "Фархад Набиев", "Фархадом Набиевым", "AZ", 1, 2),
    Person("Hulusi Akar", "Хулуси Акар", "Хулуси Акаром", "TR", 0, None),
    Person("Yasar Guler", "Яшар Гюлер", "Яшаром Гюлером", "TR", 2, None),
    Person("Murat Demir", "Мурат Демир", "Муратом Демиром", "TR", 1, None),
    Person("Viktor Khrenin", "Виктор Хренин", "Виктором Хрениным", "BY", 0, 1),
    Person("Andrei Ravkov", "Андрей Равков", "Андреем Равковым", "BY", 0, 1),
    Person("Pavel Muraveiko", "Павел Муравейко", "Павлом Муравейко", "BY", 2, 2),
    Person("Sergei Shoigu", "Сергей Шойгу", "Сергеем Шойгу", "RU", 0, None),
    Person("Valery Gerasimov", "Валерий Герасимов", "Валерием Герасимовым", "RU", 2, None),
    Person("Ruslan Tsalikov", "Руслан Цаликов", "Русланом Цаликовым", "RU", 1, None),
    Person("Alexander Fomin", "Александр Фомин", "Александром Фоминым", "RU", 1, None),
    Person("Juansher Burchuladze", "Джуаншер Бурчуладзе", "Джуаншером Бурчуладзе", "GE", 0, None),
    Person("Giorgi Matiashvili", "Георгий Матиашвили", "Георгием Матиашвили", "GE", 2, 2),
    Person("Ruslan Zhaksylykov", "Руслан Жаксылыков", "Русланом Жаксылыковым", "KZ", 0, 1),
    Person("Nurlan Yermekbayev", "Нурлан Ермекбаев", "Нурланом Ермекбаевым", "KZ", 0, None),
    Person("Bakhodir Kurbanov", "Баходир Курбанов", "Баходиром Курбановым", "UZ", 0, 2),
    Person("Shukhrat Khalmukhamedov", "Шухрат Халмухамедов", "Шухратом Халмухамедовым", "UZ", 2, 2),
    Person("Asim Munir", "Асим Мунир", "Асимом Муниром", "PK", 2, None),
    Person("Lorenzo Guerini", "Лоренцо Гуэрини", "Лоренцо Гуэрини", "IT", 0, None),
    Person("Mariusz Blaszczak", "Мариуш Блащак", "Мариушем Блащаком", "PL", 0, None),
    Person("Nicolae Ciuca", "Николае Чукэ", "Николае Чукэ", "RO", 0, None),
    Person("Benny Gantz", "Бенни Ганц", "Бенни Ганцем", "IL", 0, None),
    Person("Taalaibek Omuraliev", "Таалайбек Омуралиев", "Таалайбеком Омуралиевым", "KG", 0, 2),
    Person("Begench Gundogdyev", "Бегенч Гундогдыев", "Бегенчем Гундогдыевым", "TM", 0, None),
    Person("Wei Fenghe", "Вэй Фэнхэ", "Вэй Фэнхэ", "CN", 0, None),
    Person("Rajnath Singh", "Раджнат Сингх", "Раджнатом Сингхом", "IN", 0, None),
    Person("Florence Parly", "Флоранс Парли", "Флоранс Парли", "FR", 0, None),
    Person("Boris Pistorius", "Борис Писториус", "Борисом Писториусом", "DE", 0, None),
]
AUTHORS = ["Vafa Ismayilova", "Akbar Mammadov", "Leyla Aliyeva", "Rashad Suleymanov", "Nigar Abbasova",
           "Orkhan Jafarov", "Sabina Mammadli", "Elnur Huseynov"]
AGENCIES = ["Trend", "Report", "APA", "AzerTag", "News.az"]

# --------------------------------------------------------------------------- English text

EN_LEAD = [
    "{HA} {HR} {H} met with {GA} {GR} {G} in {city} on {day}, the ministry reported.",
    "{HA} {HR} {H} has held talks with the delegation led by {GA} {GR} {G}, the press service said on {day}.",
    "{GA} {GR} {G}, who is on an official visit to {HC}, was received by {HA} {HR} {H} on {day}.",
]
EN_BODY = [
    "{G} is visiting {HC} at the invitation of {h}.",
    "The sides discussed the current state and prospects of military cooperation between {HC} and {GC}.",
    "{h} noted that {HC} attaches great importance to the development of relations with {GC} in the defence sphere.",
    "{g} stressed that the two countries have gathered useful experience in military education and training.",
    "During the meeting, the parties exchanged views on regional security and the situation in the region.",
    "The delegations also discussed joint exercises, the exchange of experience and the training of personnel.",
    "{g} thanked {h} for the warm hospitality and invited his counterpart to visit {GC}.",
    "Later, {g} laid a wreath at a memorial in {city} and toured a military unit.",
    "The {GA} guest was informed about the combat readiness of the units and the conditions created for servicemen.",
    "According to {h}, cooperation between the armed forces of the two countries is developing successfully.",
    "{g} said that {GC} supports the territorial integrity and sovereignty of {HC}.",
    "The meeting was also attended by {XA} {XR} {X}.",
    "{h} briefed the guests on the reforms carried out in the {HA} army in recent years.",
    "{g} also visited a military academy, where he spoke with cadets and teachers.",
    "{G} described the talks as open and constructive.",
    "{h} added that the next meeting of the working group will take place in {gcity}.",
]
EN_AGREEMENT = [
    "At the end of the meeting, the {HA} and {GA} defence ministries signed a bilateral cooperation plan for {y1}.",
    "The parties noted that a memorandum of understanding on military education will be signed in {y1}.",
    "{HC} and {GC} signed an agreement on military-technical cooperation in {y0}.",
    "The ministers signed a protocol on the activities of the joint military commission.",
]
EN_FILLER = [
    "Experts from both ministries will continue consultations on logistics, medical support and cyber defence.",
    "Military attachés of both countries took part in the talks as well.",
    "The sides expressed confidence that the visit would give a new impetus to bilateral relations.",
    "Particular attention was paid to cooperation in the field of military medicine and engineering.",
    "Both sides underlined the importance of regular high-level visits and direct contacts between staffs.",
    "Officers of the two armies will take part in a joint command-staff exercise in the autumn.",
    "The parties also touched upon the prospects of cooperation within international organizations.",
    "It was noted that the number of officers studying at each other's academies has grown steadily.",
    "The talks continued in an extended format with the participation of the heads of several departments.",
    "A working group will prepare proposals on the maintenance and modernisation of equipment.",
    "The two sides agreed to step up the exchange of information on the threats facing the region.",
    "Questions of mine clearance, search and rescue and disaster response were also on the agenda.",
    "The meeting ended with a joint photo session and an exchange of memorable gifts.",
    "Representatives of the defence industry presented samples of modern military equipment.",
    "The parties stressed that peace and stability in the region serve the interests of all its peoples.",
    "The programme of the visit also includes meetings at the general staff and at a training centre.",
    "Further steps were outlined for cooperation in military topography, communications and air defence.",
    "Young officers will be able to attend language courses and seminars organised by both ministries.",
    "Naval cooperation, including port calls and joint search exercises at sea, was discussed separately.",
    "The guests were shown the barracks, the canteen, the medical point and the training grounds of the unit.",
]

# --------------------------------------------------------------------------- Russian text

RU_HEADLINES = [
    "Обсуждены перспективы развития военного сотрудничества между {HCi} и {GCi}",
    "Министры обороны {HCg} и {GCg} провели переговоры",
    "Состоялась встреча военных делегаций {HCg} и {GCg} (Фото)",
    "Расширяется военное сотрудничество между {HCi} и {GCi} (Фото-Видео)",
]
RU_LEAD = [
    "Сегодня {HR} {HCg} {Hrank}{H} встретился с находящейся с официальным визитом в нашей стране делегацией во главе с {GRi} {GCg} {Grank}{Gi}.",
    "{Day} {HR} {HCg} {Hrank}{H} провел встречу с {GRi} {GCg} {Grank}{Gi}.",
]
RU_BODY = [
    "Стороны обсудили текущее состояние и перспективы развития военного сотрудничества между {HCi} и {GCi}.",
    "{hi} отметил, что {HC} придает большое значение развитию отношений с {GCi} в военной сфере.",
    "Гость подчеркнул, что сотрудничество между вооруженными силами двух стран успешно развивается.",
    "{gi} поблагодарил за теплый прием и пригласил коллегу посетить {GCa} с ответным визитом.",
    "Затем {gi} возложил венок к мемориалу и посетил одну из воинских частей.",
    "{G} заявил, что {GC} поддерживает территориальную целостность и суверенитет {HCg}.",
    "Во встрече также принял участие {XR} {XCg} {X}.",
    "{hi} проинформировал гостей о реформах, проводимых в армии в последние годы.",
    "По словам {hgen}, отношения между нашими странами основаны на взаимном доверии.",
]
RU_AGREEMENT = [
    "В заключение министры подписали план двустороннего сотрудничества между министерствами обороны {HCg} и {GCg} на {y1} год.",
    "Отмечалось, что в {y1} году планируется подписать меморандум о сотрудничестве в области военного образования.",
    "Стороны подписали соглашение о военно-техническом сотрудничестве.",
]
RU_FILLER = [
    "В ходе встречи состоялся обмен мнениями по вопросам региональной безопасности.",
    "Стороны также обсудили вопросы военного образования, совместных учений и обмена опытом.",
    "Гостю была представлена информация о боевой готовности подразделений и условиях службы военнослужащих.",
    "Министры договорились провести следующий раунд переговоров в текущем году.",
    "Особое внимание было уделено сотрудничеству в области военной медицины и инженерного обеспечения.",
    "Была подчеркнута важность регулярных визитов на высоком уровне и прямых контактов между штабами.",
    "Офицеры двух армий примут участие в совместном командно-штабном учении осенью.",
    "Отмечено, что число офицеров, обучающихся в военных вузах обеих стран, постоянно растет.",
    "Переговоры продолжились в расширенном составе с участием руководителей ряда управлений.",
    "Рабочая группа подготовит предложения по обслуживанию и модернизации техники.",
    "На повестке дня были также вопросы разминирования, поиска и спасения, ликвидации последствий стихийных бедствий.",
    "Встреча завершилась совместным фотографированием и обменом памятными подарками.",
    "Представители оборонной промышленности продемонстрировали образцы современной военной техники.",
    "Было отмечено, что мир и стабильность в регионе отвечают интересам всех его народов.",
    "Программа визита также включает встречи в генеральном штабе и посещение учебного центра.",
    "Намечены дальнейшие шаги по сотрудничеству в области военной топографии, связи и противовоздушной обороны.",
    "Молодые офицеры смогут посещать языковые курсы и семинары, организуемые обоими министерствами.",
    "Отдельно обсуждалось военно-морское сотрудничество, в том числе заходы кораблей в порты и совместные учения.",
    "Гостям показали казармы, столовую, медицинский пункт и учебные полигоны воинской части.",
    "Стороны выразили уверенность, что визит придаст новый импульс двусторонним отношениям.",
]
RU_WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_CAP = [m.capitalize() for m in RU_MONTHS_GEN]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
RU_RELATED = [
    "Министр обороны провел служебное совещание",
    "Военнослужащие приняли участие в тактических учениях",
    "Состоялась церемония выпуска молодых офицеров",
    "Проведены сборы с командирами подразделений",
]


def _initial_ru(name: str) -> str:
    """'Закир Гасанов' -> 'З.Гасанов', as the ministry's releases write it."""
    parts = name.split()
    return f"{parts[0][0]}.{parts[-1]}" if len(parts) >= 2 else name


def _surname(name: str) -> str:
    return name.split()[-1]


def _genitive_ru(name: str) -> str:
    """The genitive of a surname for 'По словам ...': only the regular endings are declined."""
    s = _surname(name)
    if s.endswith(("ов", "ев", "ин")):
        return s + "а"
    return s


def _words(parts: list[str]) -> int:
    return sum(len(p.split()) for p in parts)


def _pick_pair(rng: random.Random, host_codes: list[str] | None = None) -> tuple[Person, Person, Person]:
    hosts = [p for p in PEOPLE if (host_codes is None or p.country in host_codes)]
    if rng.random() < 0.5:
        hosts = [p for p in hosts if p.country == "AZ"] or hosts
    host = rng.choice(hosts)
    guest = rng.choice([p for p in PEOPLE if p.country != host.country])
    third = rng.choice([p for p in PEOPLE if p.country not in (host.country, guest.country)])
    return host, guest, third


def _en_article(rng: random.Random) -> str:
    host, guest, third = _pick_pair(rng)
    hc, gc, xc = BY_CODE[host.country], BY_CODE[guest.country], BY_CODE[third.country]
    year, month, day = rng.randint(2018, 2023), rng.randint(1, 12), rng.randint(1, 28)

    def role(p: Person) -> str:
        r = ROLES[p.role][0]
        return f"{r}, {RANKS[p.rank][0]}" if p.rank is not None and rng.random() < 0.3 else r

    v = {"H": host.en, "h": _surname(host.en), "HR": role(host), "HC": hc.en, "HA": hc.adj, "city": hc.capital,
         "G": guest.en, "g": _surname(guest.en), "GR": role(guest), "GC": gc.en, "GA": gc.adj, "gcity": gc.capital,
         "X": third.en, "XR": ROLES[third.role][0], "XA": xc.adj,
         "day": f"{EN_MONTHS[month - 1]} {day}", "y0": str(year - 1), "y1": str(year + 1)}
    target = rng.randint(300, 500)
    sentences = [rng.choice(EN_LEAD).format(**v)]
    body = rng.sample(EN_BODY, rng.randint(5, 8)) + rng.sample(EN_AGREEMENT, rng.randint(1, 2))
    filler = rng.sample(EN_FILLER, len(EN_FILLER))
    pool = [s.format(**v) for s in body]
    rng.shuffle(pool)
    while _words(sentences) < target:
        if not pool and not filler:
            filler = rng.sample(EN_FILLER, len(EN_FILLER))
        if pool and (not filler or rng.random() < 0.6):
            sentences.append(pool.pop())
        else:
            sentences.append(filler.pop())
    # Paragraphs of one to three sentences.
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3) if i else 1
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    layout = rng.random()
    if layout < 0.6:
        header = f" date {year:04d}-{month:02d}-{day:02d} By {rng.choice(AUTHORS)}"
        return header + "\n\n" + "\n\n".join(paras) + "\n"
    if layout < 0.85:
        header = f" date {year:04d}-{month:02d}-{day:02d} By {rng.choice(AGENCIES)}"
        tail = "\n\n---\n\nFollow us on Twitter @AzerNewsAz\n" if rng.random() < 0.3 else "\n"
        return header + "\n\n" + "\n\n".join(paras) + tail
    # Month-only date; the first paragraph follows on the header line.
    return f" date {year:04d}-{month:02d} " + paras[0] + "\n\n" + "\n\n".join(paras[1:]) + "\n"


def _ru_article(rng: random.Random) -> str:
    host, guest, third = _pick_pair(rng, [c.code for c in COUNTRIES if c.ru_official_gen])
    hc, gc, xc = BY_CODE[host.country], BY_CODE[guest.country], BY_CODE[third.country]
    year, month, day = rng.randint(2018, 2023), rng.randint(1, 12), rng.randint(1, 28)

    def rank(p: Person, ins: bool) -> str:
        return (RANKS[p.rank][2 if ins else 1] + " ") if p.rank is not None else ""

    v = {"H": host.ru, "hi": _initial_ru(host.ru), "hgen": _genitive_ru(host.ru), "HR": ROLES[host.role][1],
         "Hrank": rank(host, False), "HC": hc.ru, "HCg": hc.ru_gen, "HCi": hc.ru_ins,
         "G": guest.ru, "Gi": guest.ru_ins, "gi": _initial_ru(guest.ru), "GRi": ROLES[guest.role][2],
         "Grank": rank(guest, True), "GC": gc.ru, "GCg": gc.ru_gen, "GCi": gc.ru_ins, "GCa": gc.ru_acc,
         "X": third.ru, "XR": ROLES[third.role][1], "XCg": xc.ru_gen,
         "Day": f"{day} {RU_MONTHS_GEN[month - 1]}", "y1": str(year + 1)}
    target = rng.randint(300, 500)
    headline = rng.choice(RU_HEADLINES).format(**v)
    sentences = [rng.choice(RU_LEAD).format(**v)]
    pool = [s.format(**v) for s in rng.sample(RU_BODY, rng.randint(4, 7)) + rng.sample(RU_AGREEMENT, rng.randint(1, 2))]
    rng.shuffle(pool)
    filler = rng.sample(RU_FILLER, len(RU_FILLER))
    while _words(sentences) < target:
        if not pool and not filler:
            filler = rng.sample(RU_FILLER, len(RU_FILLER))
        if pool and (not filler or rng.random() < 0.6):
            sentences.append(pool.pop())
        else:
            sentences.append(filler.pop())
    lines, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        lines.append(" ".join(sentences[i:i + k]))
        i += k
    wd = RU_WEEKDAYS[rng.randrange(7)]
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    clock = f"• {wd}, {rng.randint(1, 28)} {RU_MONTHS_CAP[rng.randrange(12)]}, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    weather = f"  • Baku Баку {rng.randint(-5, 35)}°C"
    dateline = f"{day} {RU_MONTHS_GEN[month - 1]} {year} | {hh:02d}:{mm:02d}"
    footer = [f"Официальный сайт Министерства обороны {hc.ru_official_gen}", "banner", "", "Советуем почитать",
              *rng.sample(RU_RELATED, 2)]
    return "\n".join([clock, weather, "", headline, "", dateline, headline, *lines, "", *footer]) + "\n"


def article(index: int, seed: int = 20240601) -> tuple[str, str]:
    """(file name, text) of article ``index``: the same for a given seed whatever N is."""
    rng = random.Random(f"{seed}:{index}")
    text = _ru_article(rng) if rng.random() < 0.2 else _en_article(rng)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"{index:05d}_{digest}.txt", text


def corpus(n: int, seed: int = 20240601, start: int = 0) -> list[tuple[str, str]]:
    return [article(i, seed) for i in range(start, start + n)]
