"""The generator never raises on any input, and what it keeps is the text it was given."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ingest.draft import InputProblem
from generator.ingest.reader import parse_text, read_article_file
from generator.text.textnorm import clean_text

lines = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from([" date 2021-05-20 By Some Body", " date 2019-10", "• четверг, 28 Марта, 15:06", "Baku Баку 16°C",
                     "18 мая 2021 | 20:06", "Follow us on Twitter @X", "Советуем почитать", "banner", "---",
                     "Официальный сайт Министерства обороны Азербайджанской Республики", "© 2020 Outlet",
                     "Report informs citing the ministry that", "date 2021-02-30 By X", "date 99999"]),
), max_size=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_parse_text_never_raises(ls):
    p = parse_text("\n".join(ls))
    assert p.lang in ("en", "ru")
    for line in p.body_lines:
        assert line == line.strip() and "\n" not in line
        assert clean_text(line) == line, "body lines are already normalised"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_read_or_rejected_cleanly(tmp_path, data):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    try:
        p = read_article_file(f, 10_000)
    except InputProblem as exc:
        assert str(exc)
        return
    assert "\ufffd" not in p.body and "\x00" not in p.body


@pytest.mark.slow  # the whole pipeline on 25 generated inputs
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=3))
def test_pipeline_never_raises(tmp_path_factory, texts):
    from generator.build import build

    root = tmp_path_factory.mktemp("prop")
    (root / "seeds").mkdir()
    for i, t in enumerate(texts):
        (root / "seeds" / f"a{i}.txt").write_text(" date 2021-05-20 By Some Body\n\n" + t, encoding="utf-8", errors="surrogatepass")
    report = build(root / "seeds", root / "docs")
    assert report.articles + len(report.skipped) + len(report.duplicates) == len(texts)
    for a in (root / "docs" / "articles").glob("*.md"):
        assert Path(a).read_text(encoding="utf-8").startswith("---\n")
