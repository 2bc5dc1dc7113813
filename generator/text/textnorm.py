"""Decoding and normalising untrusted text.

Policy (documented in the README):
- bytes are decoded as UTF-8 (a BOM is dropped) or UTF-16 (with or without a BOM); text that is not
  UTF-8 is decoded as cp1251 when it reads as Russian (Cyrillic letters in words of their own), as
  cp1252 when it is mostly ASCII (an English page), otherwise with charset-normalizer's best guess;
  a UTF-8 file with some lines in a legacy code page has those lines read so, and one cut inside
  its last character loses that character (each noted); a few stray NUL bytes are removed (noted);
- UTF-8 read as cp1251 or cp1252 (mojibake such as ``РџСЂРёРІРµС‚``) is repaired and reported;
- line endings become LF; text is NFC; control characters (C0 except tab and newline, C1,
  U+2028/U+2029), bidi overrides, zero-width characters and lone surrogates are removed;
  no-break and other spaces become a plain space.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from generator.errors import GeneratorError

_LINE_SEPS = re.compile(r"\r\n|\r|\u0085|\u2028|\u2029")
# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates,
# zero-width characters, BOM, and lone surrogates.
_DROP = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CYR = re.compile("[\u0400-\u04ff]")
_LAT = re.compile("[A-Za-z]")
# Typical UTF-8-read-as-cp1251 pairs: "Р" or "С" followed by another cp1251 letter/sign.
_MOJIBAKE_1251 = re.compile("[РС][\u0400-\u045f\u0490\u0491ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕї]")
_MOJIBAKE_1252 = re.compile("[ÃÂÐÑ][\u0080-\u00ff]")


class InputProblem(GeneratorError):
    """A file that cannot become an article. The message says why and what to do."""


def read_seed_bytes(path: Path, max_bytes: int, too_big_advice: str) -> bytes:
    """The bytes of one seed file, for ``.txt`` and saved pages alike: a symbolic link, an
    unreadable file and a file over ``max_bytes`` raise ``InputProblem``; a binary file too
    (``looks_binary``)."""
    try:
        if path.is_symlink():
            raise InputProblem("is a symbolic link; copy the file into the seeds folder instead")
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputProblem(f"cannot be read ({exc.strerror or exc}); check its permissions") from exc
    if len(data) > max_bytes:
        raise InputProblem(
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit (setting max_article_bytes); {too_big_advice}"
        )
    why = looks_binary(data)
    if why:
        raise InputProblem(f"is {why}, not article text; remove it from the seeds folder")
    return data


class DecodeProblem(Exception):
    """Raised when bytes cannot be turned into article text."""


def looks_binary(data: bytes) -> str | None:
    """Return why ``data`` looks like a binary file, or None."""
    head = data[:8192]
    for magic, name in (
        (b"%PDF", "a PDF document"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x7fELF", "an executable"),
    ):
        if head.startswith(magic):
            return name
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_order(data):
        return None  # UTF-16, with or without a BOM: text, decoded below
    if b"\x00" in head and not stray_nuls(data):
        return "binary data (NUL bytes)"
    return None


def utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark (Windows
    editors' "Unicode" without BOM, a page saved so), else None. Such text has its NUL bytes
    (the high byte of every ASCII character: spaces, digits, punctuation, Latin letters) on one
    side of each byte pair only, and decodes in that order to printable text."""
    head = data[:8192]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if min(even, odd) * 20 > max(even, odd) or max(even, odd) * 10 < len(head) // 2:
        return None  # NULs on both sides, or too few of them (under 10% of the characters)
    order = "utf-16-le" if odd > even else "utf-16-be"
    text = data[: len(data) // 2 * 2].decode(order, errors="replace")
    if text.count("\ufffd") > 2:  # more than a character cut at either end
        return None
    printable = sum(c.isprintable() or c in "\t\n\r\f" for c in text[:4096])
    return order if printable >= 0.95 * min(len(text), 4096) else None


_BINARY_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def stray_nuls(data: bytes) -> int:
    """How many NUL bytes a text file holds by accident (a damaged copy, an editor's slip): the
    count when NULs are at most one byte in twenty, other control bytes hardly any (one in a
    thousand) and the rest is UTF-8 text; else 0 (binary)."""
    n = data.count(b"\x00")
    if not n or n * 20 > len(data) or len(_BINARY_CONTROLS.findall(data)) * 1000 > len(data):
        return 0
    try:
        data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return 0
    return n


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes to text. Returns (text, encoding, notes)."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", notes
    order = utf16_order(data)
    if order:
        return data[: len(data) // 2 * 2].decode(order, errors="replace"), order, notes
    data, notes = drop_stray_nuls(data)
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # a UTF-8 file cut short in the middle of its last character
            try:
                return data[: exc.start].decode("utf-8"), "utf-8", [
                    *notes, "the file ends in the middle of a character (cut short?); check its end"]
            except UnicodeDecodeError:
                pass
    mixed = _mixed_utf8(data)
    if mixed:
        return mixed[0], "utf-8", [*notes, *mixed[1]]
    text, enc, more = _legacy(data)
    return text, enc, [*notes, *more]


def _mixed_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """A UTF-8 file with some lines in a legacy code page (text pasted from another editor):
    (text, notes) with each line that is not UTF-8 read by the policy for legacy files; None when
    no line with non-ASCII characters is UTF-8 (a legacy file throughout)."""
    lines = data.split(b"\n")
    utf8 = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            bad += 1
    if not utf8 or not bad:
        return None
    try:
        _, enc, _ = _legacy(b"\n".join(line for line in lines if not _is_utf8(line)))
    except DecodeProblem:
        return None
    text = "\n".join(line.decode("utf-8") if _is_utf8(line) else line.decode(enc, errors="replace")
                     for line in lines)
    return text, [f"mixed encodings: {bad} line(s) are not UTF-8 and were read as {enc}; save the file as UTF-8"]


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _legacy(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes that are not UTF-8: (text, encoding, notes)."""
    notes: list[str] = []
    # Not UTF-8. Russian sites that are not UTF-8 are cp1251 in practice; take it when the
    # result reads as Russian (mostly lower-case Cyrillic), else ask charset-normalizer.
    text = data.decode("cp1251", errors="replace")
    cyr = _CYR.findall(text)
    if cyr and sum(c.islower() for c in cyr) / len(cyr) > 0.6 and not _mixed_script(text):
        return text, "cp1251", notes
    # The archive's other language is English: a Western page that is not UTF-8 is cp1252 in
    # practice (curly quotes, dashes, accented names such as São Tomé), which charset-normalizer
    # often calls cp1250 or latin-1, turning 'ã' into 'ă' or the quotes into controls.
    if sum(b > 0x7F for b in data) * 10 < len(data):
        try:
            return data.decode("cp1252"), "cp1252", notes
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeProblem("the bytes are in no text encoding that could be recognised")
    notes.append(f"encoding guessed as {best.encoding}")
    return str(best), best.encoding, notes


def drop_stray_nuls(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` without the NUL bytes ``stray_nuls`` counts, and a note saying so (the bytes unchanged
    for UTF-16 text, whose NULs are part of its characters)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_order(data):
        return data, []
    n = stray_nuls(data)
    if not n:
        return data, []
    return data.replace(b"\x00", b""), [f"{n} NUL byte(s) removed; the file is damaged, save it again"]


_WORD = re.compile(r"\w+")


def _mixed_script(text: str) -> bool:
    """Whether the Cyrillic letters of ``text`` sit mostly inside Latin words ('Sгo Tomй', 'Joгo'):
    the mark of a Western page's accented letters read as cp1251, not of Russian text."""
    cyr_words = mixed = 0
    for w in _WORD.findall(text):
        if _CYR.search(w):
            cyr_words += 1
            mixed += bool(_LAT.search(w))
    return mixed * 2 > cyr_words


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo UTF-8 that was read as cp1251 or cp1252. Returns (text, what was repaired)."""
    for pattern, codec in ((_MOJIBAKE_1251, "cp1251"), (_MOJIBAKE_1252, "cp1252")):
        hits = len(pattern.findall(text))
        if hits >= 3 and hits * 8 >= len(_CYR.findall(text)) // 4:
            try:
                fixed = text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                # Mixed file: repair line by line where it works.
                lines = []
                changed = False
                for line in text.split("\n"):
                    if len(pattern.findall(line)) >= 2:
                        try:
                            line = line.encode(codec).decode("utf-8")
                            changed = True
                        except (UnicodeEncodeError, UnicodeDecodeError):
                            pass
                    lines.append(line)
                if changed:
                    return "\n".join(lines), f"UTF-8 read as {codec} (repaired line by line)"
                continue
            return fixed, f"UTF-8 read as {codec}"
    return text, None


def clean_text(text: str) -> str:
    """Normalise line endings, Unicode form, controls and spaces. Idempotent."""
    text = _LINE_SEPS.sub("\n", text)
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\ufffd", "")
    return text


def clean_inline(value: str) -> str:
    """Clean a one-line metadata value: no newlines, single spaces, stripped."""
    value = clean_text(value)
    return re.sub(r"\s+", " ", value).strip()


def cyrillic_share(text: str) -> float:
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    return cyr / (cyr + lat) if cyr + lat else 0.0


def detect_language(text: str) -> str:
    """``ru`` when most letters are Cyrillic, else ``en``. The archive holds these two."""
    return "ru" if cyrillic_share(text) > 0.5 else "en"
