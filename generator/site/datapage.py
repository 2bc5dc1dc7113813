"""The Data page (``data/index.md``): every export the archive publishes, linked, with what each
field means, and the feeds. Written by the generator so the links and counts always match what
the build wrote."""

from __future__ import annotations

from generator.resolve.archive import Archive
from generator.site.helpers import Page, article_meta, count, title_front_matter

# file -> (what one record is, [(field, meaning)])
EXPORTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("articles.json", "one object per article", [
        ("id", "the article's id; its page is articles/<id>.html"),
        ("path", "the page's Markdown source under docs/"),
        ("title", "the headline, or one written from the lead sentence (then title_generated is true)"),
        ("date", "ISO date at the precision the article gives: 2021-05-20, 2019-10 or 2019; null when undated"),
        ("language", "en or ru"),
        ("author", "the byline's person, or null"),
        ("source", "the outlet or agency, or null"),
        ("url", "the page's original address when known, else null"),
        ("retrieved", "when the page was fetched (ISO date-time), when known"),
        ("people, countries, agreements, organizations", "ids of the entities the article names (countries as ISO 3166-1 codes)"),
        ("event", "the id of the event the article reports, or null"),
        ("event_date, where", "the day of the meeting the article reports (ISO, at the precision the text gives) and its city, or null"),
        ("event_kind", "what the article tells of: meeting (a meeting, visit, talks or signing), exercise, or sale (an arms deal)"),
        ("places", "places the article names"),
        ("people_detail", "per person: the role and rank the article gives, as written and in English"),
        ("agreements_detail", "per agreement: what the article says of it (signed, earlier, planned, drafted, mentioned) and the words it uses"),
        ("seed", "the input file the article came from"),
    ]),
    ("entities.json", "four lists: people, countries, agreements, organizations", [
        ("people[].id, name, names, aliases", "the person's id, English name, names by language, forms seen"),
        ("people[].country", "the country the person serves (ISO code), or null"),
        ("people[].roles", "each role and rank with its date and the article that states it"),
        ("countries[].id, name, names", "ISO code, English name, names by language"),
        ("agreements[].kind, parties, year, status", "document type, the countries party to it, the year it covers, its status"),
        ("agreements[].signed, signers, reports", "the reports of its signing, the people present, every report"),
        ("organizations[].full, short, aliases", "the registry's full name and abbreviation by script (en, ru), and its other forms"),
        ("*.articles", "ids of the articles that name the entity"),
    ]),
    ("events.json", "one object per event (reports of one meeting grouped)", [
        ("id, title", "the event's id (page events/<id>.html) and title"),
        ("start, end, when", "ISO dates and the span as shown on the site"),
        ("kind", "meeting (a meeting, visit, talks or signing: its people met), exercise, or sale (an arms deal reported "
                 "without a meeting): only meetings count as contacts in relations.csv and on the country pages"),
        ("where", "places as the reports name them"),
        ("people, countries", "the principals and the countries whose officials took part"),
        ("mentioned", "people the reports name who did not take part"),
        ("articles, signed", "the reports, and the agreements reported signed at it"),
    ]),
    ("articles.csv", "one row per article", [
        ("id, title, date, language", "as in articles.json"),
        ("source, author", "the outlet and the byline's person, when named"),
        ("url, retrieved", "the original address and when it was fetched, when known"),
        ("seed", "the input file the article came from"),
    ]),
    ("people.csv", "one row per person", [
        ("id, name, name_ru", "id, English name, Russian name"),
        ("country", "ISO code of the country served"),
        ("latest_role, latest_rank", "the latest role and rank any report gives"),
        ("articles", "number of reports naming the person"),
    ]),
    ("countries.csv", "one row per country", [
        ("id, name, name_ru", "ISO code, English and Russian names"),
        ("articles", "number of reports naming the country"),
    ]),
    ("agreements.csv", "one row per agreement", [
        ("id, name, kind", "id, name and document type"),
        ("parties", "ISO codes separated by spaces"),
        ("year, status", "the year covered and the status"),
        ("signed_dates", "dates of the reports of its signing"),
        ("reports", "number of reports"),
    ]),
    ("events.csv", "one row per event", [
        ("id, title, kind", "as in events.json: kind is meeting, exercise or sale"),
        ("start, end", "ISO dates of the event"),
        ("where", "the places, separated by ' / '"),
        ("countries, people, signed", "ids separated by spaces"),
        ("reports", "number of reports"),
    ]),
    ("ids.json", "one object: which entity holds which page address", [
        ("format", "the version of the file's layout (1)"),
        ("ids.article, ids.person, ids.agreement, ids.organization, ids.source, ids.event",
         "per kind of page, the entity's identity (a seed file, a person's folded name or registry id, an agreement's "
         "type, parties and year, a source or author name, the report an event was first made for) and its id: "
         "the page is `<folder>/<id>.html`. A published address keeps showing its entity for as long as the "
         "archive holds it"),
        ("ids.event-of", "each article and the id of the event it reports"),
    ]),
    ("relations.csv", "one row per pair of countries whose officials met", [
        ("country_a, country_b, name_a, name_b", "the two countries"),
        ("meetings", "meetings, visits, talks and signings both took part in (not exercises or arms deals: see events.csv)"),
        ("reports", "reports of those meetings naming officials of both"),
        ("agreements", "agreements both are party to that those articles name"),
        ("first, last", "the first and last contact (ISO dates)"),
    ]),
]


def render_data_page(ar: Archive) -> Page:
    here = "data/index.md"
    lines = [title_front_matter("Data"), "# Data\n",
             f"Everything on this site is also published as data, rebuilt with every update: "
             f"{count(len(ar.articles), 'article')}, {count(len(ar.people), 'person', 'people')}, "
             f"{count(len(ar.countries), 'country', 'countries')}, {count(len(ar.agreements), 'agreement')} and "
             f"{count(len(ar.events), 'event')}. JSON and CSV files are UTF-8. In CSV, a cell that would start with "
             "= + - or @ is prefixed with an apostrophe so that a spreadsheet reads it as text.\n",
             "## Files\n", "| File | Format | One record is |", "|---|---|---|"]
    for name, what, _ in EXPORTS:
        fmt = "JSON" if name.endswith(".json") else "CSV"
        lines.append(f"| [{name}]({name}) | {fmt} | {what} |")
    lines.append("")
    # Fields of articles.json: only those this build writes (for example `url` once articles record it).
    have = set(article_meta(ar, ar.articles[0])) if ar.articles else None
    always = {"id", "path", "places", "people_detail", "agreements_detail", "url", "retrieved", "event_date", "where", "event_kind"}
    for name, what, fields in EXPORTS:
        if name == "articles.json" and have is not None:
            fields = [(f, m) for f, m in fields if any(x.strip() in have | always for x in f.split(","))]
        lines += [f"### {name}\n", f"[Download {name}]({name}) · {what}.\n", "| Field | Meaning |", "|---|---|"]
        lines += [f"| `{f}` | {m} |" for f, m in fields]
        lines.append("")
    lines += ["## Feeds\n",
              "Atom feeds, for a feed reader: the newest dated articles first (an undated article has no place in a feed).\n",
              "- [Latest articles](../feed.xml) (`feed.xml`): the whole archive; every page of the published site names it in its head, "
              "so a browser or feed reader finds it.",
              f"- One feed per person ({len(ar.people)}), country ({len(ar.countries)}), agreement "
              f"({len(ar.agreements)}), source and author: each page links its own under **Follow** (copy that "
              "link into a feed reader). They live in `feeds/people/`, `feeds/countries/`, "
              "`feeds/agreements/` and `feeds/sources/`.",
              "", "Each entry gives the article's title, date, author or source, its first lines and a link to its page.\n",
              "## Re-use\n",
              "The data describes news reports: who they say met whom, and what they say was signed. Check a fact "
              "against the article that states it (every record names it) before you rely on it, and cite the archive "
              "as the About page describes.\n"]
    return Page(here, "\n".join(lines))
