"""Round 17 robustness: inputs a real user has that broke reading or the build (found by fuzzing
mutations of the seeds and the corpus). Every input is made here, in our own words."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from generator.ingest import reader
from generator.ingest.draft import InputProblem
from generator.ingest.htmlpage import parse_html
from generator.model import PartialDate
from generator.text import textnorm

EN = ("Shoigu meets Dong Jun in Beijing\n\n14 May 2024\n\n"
      "Defence Minister Sergei Shoigu met his Chinese counterpart Dong Jun in Beijing on Tuesday. "
      "The two ministers discussed military cooperation and agreed on joint naval drills.\n\n"
      "Shoigu said relations between the two armies were at their best level in years.\n")
RU = ("Шойгу встретился с Дун Цзюнем в Пекине\n\n14 мая 2024 г.\n\n"
      "Министр обороны России Сергей Шойгу провёл переговоры с министром обороны Китая Дун Цзюнем. "
      "Стороны обсудили военное сотрудничество и договорились о совместных учениях флотов.\n\n"
      "Шойгу отметил, что отношения армий двух стран находятся на высоком уровне.\n")


def read(tmp_path: Path, name: str, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    return reader.read_article_file(f, 2_000_000)


# --------------------------------------------------------------------------- UTF-16 without a BOM

@pytest.mark.parametrize("text", [EN, RU], ids=["en", "ru"])
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_like_utf8(tmp_path, text, order):
    want = read(tmp_path, "a.txt", text.encode("utf-8"))
    got = read(tmp_path, "b.txt", text.encode(order))
    assert got.body == want.body and got.title == want.title and got.date == want.date
    assert got.encoding == order


def test_utf16_without_bom_cut_mid_character_is_still_read(tmp_path):
    data = EN.encode("utf-16-le")[:-1]  # an odd number of bytes: the last character cut in half
    got = read(tmp_path, "cut.txt", data)
    assert "Dong Jun" in got.body


@pytest.mark.parametrize("data", [
    random.Random(3).randbytes(5000),                             # noise: NULs on both sides of the pairs
    b"hello\x00\x01\x02world" * 50,                               # NULs everywhere
    b"\x00\x00\x00\x01" * 1000,                                   # a table of integers
], ids=["noise", "dense-nuls", "integers"])
def test_binary_with_nuls_is_still_binary(tmp_path, data):
    assert textnorm.looks_binary(data)
    with pytest.raises(InputProblem, match="binary"):
        read(tmp_path, "x.txt", data)


# --------------------------------------------------------------------------- a few stray NUL bytes

@pytest.mark.parametrize("text", [EN, RU], ids=["en", "ru"])
def test_stray_nul_bytes_are_removed_with_a_note(tmp_path, text):
    raw = text.encode("utf-8")
    damaged = raw[:40] + b"\x00" + raw[40:120] + b"\x00\x00" + raw[120:]
    want = read(tmp_path, "a.txt", raw)
    got = read(tmp_path, "b.txt", damaged)
    assert got.body == want.body and got.title == want.title
    assert any("3 NUL byte(s) removed" in n for n in got.notes)
    assert not any("NUL" in n for n in want.notes)


def test_saved_page_with_a_stray_nul_byte_is_read(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in EN.split("\n\n")[2:])
    page = (f"<html lang='en'><head><meta charset='utf-8'><title>Shoigu meets Dong Jun | News Example</title>"
            f"</head><body><article><h1>Shoigu meets Dong Jun</h1>{paras}</article></body></html>").encode()
    clean = parse_html(page, "a.html")
    got = parse_html(page.replace(b"<article>", b"<article>\x00", 1), "b.html")
    assert got.body == clean.body
    assert any("NUL byte(s) removed" in n for n in got.notes)


# --------------------------------------------------------------------------- a Western page in cp1252

LUSO = ("Defence ministers of São Tomé and Príncipe and Portugal meet in Lisbon\n\n14 May 2024\n\n"
        "Portugal’s Defence Minister João Gonçalves received his counterpart from São Tomé on Tuesday. "
        "“We agreed on training for officers,” Gonçalves said – the talks lasted two hours.\n\n"
        "The ministers also discussed maritime patrols in the Gulf of Guinea.\n")


def test_cp1252_english_with_accented_names_is_not_read_as_cp1251(tmp_path):
    # its accented letters (ã é í) are lower-case Cyrillic letters in cp1251: 'Sгo Tomй'
    want = read(tmp_path, "a.txt", LUSO.encode("utf-8"))
    got = read(tmp_path, "b.txt", LUSO.encode("cp1252"))
    assert got.encoding == "cp1252"
    assert got.body == want.body and got.title == want.title
    assert "João Gonçalves" in got.body


@pytest.mark.parametrize("codec, want", [("cp1251", "cp1251"), ("koi8-r", "koi8_r")])
def test_russian_in_a_cyrillic_code_page_is_still_read(tmp_path, codec, want):
    text = RU.replace("ё", "е")  # koi8-r has it, but keep one text for both
    got = read(tmp_path, "r.txt", text.encode(codec))
    assert got.encoding == want
    assert got.body == read(tmp_path, "u.txt", text.encode("utf-8")).body


def test_a_russian_page_naming_a_latin_word_stays_cp1251():
    text = "Министр обороны России встретился с делегацией NATO и представителями Rosoboronexport в Москве.\n"
    assert textnorm.decode(text.encode("cp1251"))[1] == "cp1251"


# --------------------------------------------------------------------------- mixed encodings, a cut last character

def test_a_utf8_file_with_one_pasted_cp1251_line_keeps_every_line(tmp_path):
    head, rest = RU.split("\n\n", 1)
    pasted = "Стороны также обсудили подготовку офицеров.\n"
    data = head.encode("utf-8") + b"\n\n" + pasted.encode("cp1251") + b"\n" + rest.encode("utf-8")
    got = read(tmp_path, "m.txt", data)
    assert "Стороны также обсудили подготовку офицеров." in got.body
    assert "Дун Цзюнем" in got.body
    assert any("1 line(s) are not UTF-8 and were read as cp1251" in n for n in got.notes)


def test_a_utf8_file_cut_inside_its_last_character_is_read(tmp_path):
    raw = RU.rstrip("\n.").encode("utf-8")
    got = read(tmp_path, "cut.txt", raw[:-1])  # half of the last letter
    assert "Дун Цзюнем" in got.body and got.encoding == "utf-8"
    assert any("cut short" in n for n in got.notes)


def test_many_stray_nuls_in_a_short_utf8_file_are_removed(tmp_path):
    raw = EN.encode("utf-8")
    damaged = b"".join(raw[i:i + 60] + b"\x00" for i in range(0, len(raw), 60))  # one NUL in 61 bytes
    got = read(tmp_path, "n.txt", damaged)
    assert got.body == read(tmp_path, "a.txt", raw).body


# --------------------------------------------------------------------------- a file of page chrome only

from generator.build import build  # noqa: E402


def test_a_file_of_only_page_chrome_is_skipped_not_made_a_page(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "menu_en.txt").write_text("Home | World | Defence | Contacts\n\nSubscribe to our newsletter\n\n"
                                       "Login  Register\n\n© 2024 Harbour Post. All rights reserved.\n", encoding="utf-8")
    (seeds / "menu_ru.txt").write_text("Главная | Новости | Оборона | Контакты\n\nПодписаться\n\nКурс USD 92,5\n",
                                       encoding="utf-8")
    (seeds / "brief_en.txt").write_text("Shoigu in Beijing\n\n14 May 2024\n\n"
                                        "Sergei Shoigu arrived in Beijing.\n", encoding="utf-8")
    (seeds / "brief_ru.txt").write_text("Шойгу в Пекине\n\n14 мая 2024 г.\n\n"
                                        "Сергей Шойгу прибыл в Пекин.\n", encoding="utf-8")
    report = build(seeds, tmp_path / "docs")
    skipped = dict(report.skipped)
    assert set(skipped) == {"seeds/menu_en.txt", "seeds/menu_ru.txt"}, report.skipped
    for name in ("menu_en.txt", "menu_ru.txt"):
        assert any(w.startswith(f"seeds/{name}: skipped: no article text") for w in report.warnings), report.warnings
    pages = sorted(p.stem for p in (tmp_path / "docs" / "articles").glob("*.md") if p.stem != "index")
    assert pages == ["brief-en", "brief-ru"]


# --------------------------------------------------------------------------- generator add: a host name IDNA refuses

@pytest.mark.parametrize("url", ["http://a..b/", "https://" + "a" * 70 + ".example/news/1"])
def test_add_with_a_host_name_idna_refuses_fails_with_a_message(tmp_path, url):
    from generator.ingest.fetch import add

    results = add([url, "ftp://other.example/x"], tmp_path)
    assert [r.outcome for r in results] == ["failed", "failed"]
    assert "is not a valid one" in results[0].message and "check the address" in results[0].message
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------- articles in a folder inside seeds/

def test_a_folder_of_articles_inside_seeds_is_named_not_lost(tmp_path):
    from generator.build import folders_with_articles

    seeds = tmp_path / "seeds"
    (seeds / "2024" / "may").mkdir(parents=True)
    (seeds / "2024" / "may" / "visit.txt").write_text(EN, encoding="utf-8")
    (seeds / "2024" / "talks.html").write_text("<html></html>", encoding="utf-8")
    (seeds / "pictures").mkdir()
    (seeds / "pictures" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (seeds / "page.html").write_text("<html></html>", encoding="utf-8")
    (seeds / "page_files").mkdir()  # what 'Save page as… complete' writes beside page.html
    (seeds / "page_files" / "frame.html").write_text("<html></html>", encoding="utf-8")
    (seeds / ".git").mkdir()
    (seeds / ".git" / "x.txt").write_text("x", encoding="utf-8")
    assert [(d.name, n) for d, n in folders_with_articles(seeds)] == [("2024", 2)]

    (seeds / "page.html").unlink()
    shutil.rmtree(seeds / "page_files")
    (seeds / "brief.txt").write_text(EN, encoding="utf-8")
    report = build(seeds, tmp_path / "docs")
    assert "seeds/2024/" in report.unknown
    assert any(w.startswith("seeds/2024/: not read: a folder holding 2 article file(s)") and "move them up" in w
               for w in report.warnings), report.warnings


# --------------------------------------------------------------------------- a saved page's month-only or impossible date tag

def _dated_page(value: str, lang: str = "en") -> bytes:
    body = RU if lang == "ru" else EN
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[2:])  # no dateline in the text
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Talks in Beijing | News Example</title>"
            f"<meta property='article:published_time' content='{value}'></head>"
            f"<body><article><h1>Talks in Beijing</h1>{paras}</article></body></html>").encode()


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("value, want", [
    ("2019-10", PartialDate(2019, 10)),            # htmldate gave today's day of October 2019
    ("2019", PartialDate(2019)),
    ("2019-10-05", PartialDate(2019, 10, 5)),      # a full date stays as it is
    ("2024-05-21T09:40:00.000Z", PartialDate(2024, 5, 21)),
])
def test_a_month_only_date_tag_keeps_its_precision(value, want, lang):
    assert parse_html(_dated_page(value, lang), "p.html").date == want


@pytest.mark.parametrize("value", ["31.02.2025", "2024-02-30", "2023-13-01"])
def test_an_impossible_date_tag_gives_no_date(value):
    # htmldate read '31.02.2025' as 1 February 2025
    got = parse_html(_dated_page(value), "p.html").date
    assert got is None, got


# --------------------------------------------------------------------------- a page's HTML saved as .txt

@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf", b"<!-- saved from url=(0030)https://news.example/a/b -->\n",
                                    b"  \n<?xml version='1.0'?>\n"])
def test_a_txt_file_holding_a_web_page_is_read_as_the_page(tmp_path, prefix):
    from generator.ingest.seed import read_file

    page = _dated_page("2024-05-14")
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "source.txt").write_bytes(prefix + page)
    want = read_file(tmp_path / "page.html", 2_000_000)
    got = read_file(tmp_path / "source.txt", 2_000_000)
    assert got.body == want.body and got.title == want.title and "Talks in Beijing" in got.title
    assert "<p>" not in got.body
    assert any("read as a saved page; rename it source.html" in n for n in got.notes)


@pytest.mark.parametrize("text", [
    "<p>Shoigu met Dong Jun.</p> The ministers talked for two hours in Beijing on Tuesday.\n",  # markup in the text
    "An article about the <html> element of web pages, written by the ministry's web team.\n",
    "Talks in Beijing\n\n<html> is where the scraped page began, a line later.\n",
])
def test_a_txt_article_mentioning_markup_is_still_text(tmp_path, text):
    from generator.ingest.seed import holds_html

    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    assert not holds_html(f)


# --------------------------------------------------------------------------- generator review: odd seed names

def test_review_yaml_stays_valid_with_a_line_break_in_a_seed_name(tmp_path, registry):
    import json

    import yaml

    from generator.quality.review import review

    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    arts = [{"id": "a1", "seed": "seeds/line\nbreak\u2028.txt"}]
    person = {"id": "ivan-zubrovsky", "name": "Ivan Zubrovsky", "country": "BY", "articles": ["a1"],
              "roles": [{"role": "Chief of the Harbour Guard", "article": "a1"}]}
    (docs / "data" / "articles.json").write_text(json.dumps(arts), encoding="utf-8")
    (docs / "data" / "entities.json").write_text(json.dumps({"people": [person]}), encoding="utf-8")
    out = review(docs, registry)
    assert "# in seeds/line break .txt" in out
    loaded = yaml.safe_load(out.split("\n# 2.")[0])
    assert [p["id"] for p in loaded["people"]] == ["ivan-zubrovsky"]
