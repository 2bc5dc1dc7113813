"""Scan a built site for markup an article could have smuggled in.

Findings: a ``<script>`` element the theme did not put there (inline scripts other than the
theme's known configuration blocks, or a ``src`` outside the site's own assets), any ``on*=``
event attribute, an ``href``/``src``/``action`` with a dangerous scheme (``javascript:``,
``vbscript:``, ``data:`` other than images), ``<iframe>``, ``<object>``, ``<embed>``,
``<base>`` or ``<form>`` elements other than the theme's search form.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

_DANGEROUS = ("javascript:", "vbscript:", "livescript:", "data:")
_BAD_TAGS = {"iframe", "object", "embed", "base", "applet", "frame", "frameset", "meta-refresh"}
# Inline scripts Material writes: its configuration block and the palette/consent snippets.
_THEME_INLINE = ("__md_scope", "__md_get", "__md_set", "__md_hash", "document$", "var palette", "__md_",
                 "var target=document.getElementById(location.hash.slice(1))")


class _Scanner(HTMLParser):
    def __init__(self, rel: str) -> None:
        super().__init__(convert_charrefs=True)
        self.rel = rel
        self.findings: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag == "script":
            self._script = dict(attrs)
            self._script["__body"] = ""

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_data(self, data):
        if self._script is not None:
            self._script["__body"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            s = self._script
            self._script = None
            src = s.get("src")
            if src:
                if "://" in src or src.startswith("//"):
                    self.findings.append(f"{self.rel}: <script src={src!r}> loads from outside the site")
                elif "assets/javascripts/" not in src and "search/" not in src and not src.startswith(("assets/", "../assets/")):
                    self.findings.append(f"{self.rel}: <script src={src!r}> is not one of the theme's scripts")
            else:
                body = s["__body"].strip()
                typ = s.get("type", "")
                if typ == "application/ld+json":
                    if "</" in body:
                        self.findings.append(f"{self.rel}: JSON-LD block contains '</'")
                elif s.get("id") == "__config" and typ == "application/json":
                    pass  # the theme's configuration block
                elif body and not any(k in body for k in _THEME_INLINE):
                    self.findings.append(f"{self.rel}: inline <script> not written by the theme: {body[:60]!r}")

    def _check(self, tag, attrs):
        if tag in _BAD_TAGS:
            self.findings.append(f"{self.rel}: <{tag}> element")
        if tag == "form" and (dict(attrs).get("class") or "") not in ("md-search__form", "md-header__option"):
            self.findings.append(f"{self.rel}: <form> element that is not the theme's search")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.findings.append(f"{self.rel}: <{tag}> has event attribute {name}=")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href", "poster", "srcset") and value:
                v = "".join(value.split()).lower()
                if v.startswith(_DANGEROUS) and not (v.startswith("data:image/") and tag in ("img", "link")):
                    self.findings.append(f"{self.rel}: <{tag} {name}={value[:40]!r}> uses a dangerous scheme")


def scan_html(text: str, rel: str = "<html>") -> list[str]:
    s = _Scanner(rel)
    s.feed(text)
    s.close()
    return s.findings


def scan_site(site: Path) -> list[str]:
    findings: list[str] = []
    for f in sorted(site.rglob("*.html")):
        findings += scan_html(f.read_text(encoding="utf-8", errors="replace"), f.relative_to(site).as_posix())
    return findings
