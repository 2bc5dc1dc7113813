"""Property tests: any text renders as that same text and adds no markup."""

import html
import re

import frontmatter
import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.helpers import front_matter
from generator.text.escape import attr, md_paragraphs, md_text
from generator.text.slugs import slugify_id
from generator.text.textnorm import clean_inline
from workbound import step_growth

EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc", "admonition", "def_list", "footnotes", "abbr",
              "pymdownx.arithmatex", "pymdownx.snippets", "pymdownx.tilde", "pymdownx.superfences", "pymdownx.blocks.html"]
ALLOWED = re.compile(r"^<p>|</p>$")

text_st = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200)


def render(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS, extension_configs={"pymdownx.snippets": {"base_path": ["."], "check_paths": False}})


@settings(max_examples=300, deadline=None)
@given(text_st)
def test_any_text_renders_as_itself(s):
    s = clean_inline(s)
    out = render(md_text(s))
    tags = re.findall(r"<[^>]+>", out)
    assert all(t in ("<p>", "</p>") for t in tags), (s, out)
    visible = html.unescape(re.sub(r"</?p>", "", out)).strip()
    assert visible == s.strip()


def test_attack_strings():
    attacks = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "# heading",
               "1) item", "* item", "    code", "Title\n---", "[1]: http://x", "| a | b |\n|---|---|", "{: onclick=\"x\" }",
               '--8<-- "mkdocs.yml"', "!!! note", "\\(x\\)", "$x$", "{{ config }}", "{% include x %}", "&copy; &lt;b&gt;"]
    for a in attacks:
        out = render(md_paragraphs(a))
        assert not re.search(r"<(script|img|a|h\d|ol|ul|li|pre|code|hr|table|div|blockquote|details)\b", out), (a, out)
        assert "onclick=" not in out and "onerror=" not in out, (a, out)  # '=' stays a reference


def test_scraped_entities_shown_as_written():
    out = render(md_text("&copy; and &lt;b&gt;"))
    assert html.unescape(out.replace("<p>", "").replace("</p>", "")) == "&copy; and &lt;b&gt;"


def test_pathological_input_grows_linearly():
    # A work bound, not a timing: escaped, long runs of backticks or brackets cost Markdown work in
    # proportion to their length (unescaped, '[' * n costs n squared: minutes at 20,000).
    for ch in ("`", "["):
        assert step_growth(lambda n, ch=ch: lambda: render(md_text(ch * n)), 1000) < 2.6, ch
    out = render(md_text("[" * 20000))
    assert out.startswith("<p>") and "<a" not in out


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "author", "source", "date"]), st.one_of(st.none(), text_st), max_size=4))
def test_front_matter_round_trips(meta):
    meta = {k: (clean_inline(v) if isinstance(v, str) else v) for k, v in meta.items()}
    fm = front_matter(meta)
    assert fm.startswith("---\n") and fm.endswith("---\n\n")
    loaded = frontmatter.loads(fm).metadata
    assert loaded.pop("render_macros") is False
    assert loaded == meta


def test_yaml_11_traps_round_trip():
    for v in ["NO", "yes", "on", "null", "~", "2019-10-01", "10:00", "012", "0x1F", "---", "a: b", "#x", "- x"]:
        fm = front_matter({"title": v})
        assert frontmatter.loads(fm)["title"] == v


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_slugs_safe_bounded_nonempty(s):
    slug = slugify_id(s, "item")
    assert slug and len(slug.encode()) <= 80
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    assert slug.split("-")[0] not in ("con", "nul", "aux", "prn") or "-" in slug


def test_attr_escapes_for_raw_theme_printing():
    assert attr('</title><script>x</script> "q"') == "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &quot;q&quot;"


@settings(max_examples=200, deadline=None)
@given(st.lists(text_st, min_size=1, max_size=4), st.data())
def test_article_body_with_links_renders_as_itself(paras, data):
    """The path every article body takes (body_with_links: escaped pieces around entity links)
    shows exactly the text, with only the generator's own links as markup."""
    from types import SimpleNamespace

    from generator.site.render import body_with_links

    paras = [clean_inline(p) for p in paras if clean_inline(p)]
    if not paras:
        return
    body = "\n\n".join(paras)
    bullet = re.compile(r"^[ \t]*[-•*▪◦‣●][ \t]+")
    spans = []
    pos = 0
    for p in paras:
        lo = bullet.match(p).end() if bullet.match(p) else 0  # a name never spans a list bullet
        if len(p) - lo >= 2 and data.draw(st.booleans()):
            a = data.draw(st.integers(lo, len(p) - 2))
            b = data.draw(st.integers(a + 1, len(p)))
            if p[a:b].strip():
                spans.append((pos + a, pos + b, "person", f"p{len(spans)}"))
        pos += len(p) + 2
    ar = SimpleNamespace(facts={"x": SimpleNamespace(links=spans)},
                         people={s[3]: None for s in spans}, countries={}, agreements={}, organizations={})
    art = SimpleNamespace(id="x", body=body)
    out = render(body_with_links(ar, art, "articles/x.md"))
    # Only paragraphs, the generator's links, and the mark on a bullet that opens a paragraph.
    assert re.findall(r'<(?!/?p>|/?a[ >]|span class="archive-bullet">|/span>)[^>]+>', out) == [], out
    text = html.unescape(re.sub(r"<[^>]+>", "", out))
    assert [" ".join(x.split()) for x in text.split("\n") if x.strip()] == [" ".join(p.split()) for p in paras]
