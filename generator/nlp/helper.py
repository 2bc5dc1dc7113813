"""A model helper process: the NER models load in a forked process while the build reads its cache.

After one article is added to a large archive, a build spends about as long loading the model of
the article's language (spaCy: a second of imports and weights) as it spends on everything else
(decoding the cached readings and extractions of the other articles, resolving, rendering). The
two do not depend on each other until the new article's text is tagged, so ``start(langs)`` forks
a helper that loads the models of ``langs`` at once, and ``generator.nlp.analysis`` sends the texts
to it when it tags them (``ask``): on two CPUs the model loads while the build decodes.

The helper runs the same functions on the same texts with the same models as the building process
would (``load`` and ``tag``, given by the build: ``analysis.ner_en_here``/``ner_ru_here``), so the spans are the same: every page is
the same byte for byte. If the helper is not there (no ``fork``, not started, died, answered
with an error), ``ask`` returns None and the build tags the texts itself, as before. ``stop()``
ends it; the build always calls it.
"""

from __future__ import annotations

import logging
import os
from typing import Callable

log = logging.getLogger(__name__)

# (process, connection, languages) of the running helper, or None
_HELPER: list = []
RU_COUNTRY = ("generator.extract.entities", "is_country_ru")  # the only is_country the helper knows


def start(langs, load: Callable[[str], None], tag: Callable[[str, list[str]], list],
          early: list[tuple[str, list[str]]] | None = None) -> bool:
    """Fork a helper that calls ``load(lang)`` for each of ``langs`` ("en", "ru"), then answers
    each request with ``tag(lang, texts)`` (one list of spans per text); False when none was
    started (no fork on this platform, no language). ``early``: the requests (lang, texts) the build
    is expected to make (the new articles' texts): tagged as soon as the model is loaded, while the
    build reads its cache; a request for exactly those texts is answered with them."""
    import multiprocessing as mp

    stop()  # one left by a build that failed
    langs = tuple(sorted(set(langs) & {"en", "ru"}))
    if not langs or "fork" not in mp.get_all_start_methods():
        return False
    ctx = mp.get_context("fork")
    mine, theirs = ctx.Pipe()
    early = [(lang, list(texts)) for lang, texts in early or () if lang in langs and texts]
    proc = ctx.Process(target=_serve, args=(theirs, langs, load, tag, early), name="generator-model-helper",
                       daemon=True)
    try:
        proc.start()
    except OSError as exc:  # no process could be made: the build loads the models itself
        log.debug("model helper not started: %s", exc)
        mine.close()
        theirs.close()
        return False
    theirs.close()
    _HELPER[:] = [proc, mine, langs]
    return True


def running() -> tuple[str, ...]:
    """The languages of the running helper (empty: none)."""
    return _HELPER[2] if _HELPER else ()


def ask(lang: str, texts: list[str]):
    """The helper's spans for ``texts`` of ``lang`` (a list, one per text), or None when there is
    no helper for that language or it failed (it is then stopped: the caller tags the texts)."""
    if not _HELPER or lang not in _HELPER[2]:
        return None
    conn = _HELPER[1]
    try:
        conn.send((lang, list(texts)))
        status, got = conn.recv()
    except (EOFError, OSError, ValueError) as exc:
        log.debug("model helper gone (%r): tagging here", exc)
        stop()
        return None
    if status != "ok" or not isinstance(got, list) or len(got) != len(texts):
        log.debug("model helper failed (%s): tagging here", got)
        stop()
        return None
    return got


def stop() -> None:
    """End the helper (if any) and wait for it."""
    if not _HELPER:
        return
    proc, conn, _ = _HELPER
    _HELPER.clear()
    try:
        conn.send(None)
    except (OSError, ValueError):
        pass
    conn.close()
    proc.join(5)
    if proc.is_alive():
        proc.terminate()
        proc.join(5)


def _serve(conn, langs: tuple[str, ...], load: Callable, tag: Callable, early: list | None = None) -> None:
    """In the helper: load the models, tag the ``early`` texts, then answer (lang, texts) requests
    until told to stop (a request for exactly an early list of texts gets its spans: the same call
    of ``tag`` on the same texts, made before it was asked)."""
    ready: dict = {}
    try:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = "1"
        for lang in langs:
            load(lang)
        for lang, texts in early or ():
            if conn.poll():  # already asked: answer that first
                break
            try:
                ready[(lang, tuple(texts))] = tag(lang, texts)
            except Exception:  # tagged again when asked, and the error reported then
                pass
        while True:
            try:
                req = conn.recv()
            except EOFError:
                break
            if req is None:
                break
            lang, texts = req
            try:
                got = ready.pop((lang, tuple(texts)), None)
                conn.send(("ok", got if got is not None else tag(lang, texts)))
            except Exception as exc:  # the build tags the texts itself
                conn.send(("error", repr(exc)))
    except Exception as exc:  # loading failed: say so to the next request, which falls back
        try:
            req = conn.recv()
            if req is not None:
                conn.send(("error", repr(exc)))
        except (EOFError, OSError):
            pass
    finally:
        conn.close()
        os._exit(0)  # no atexit handlers or finalisers of the building process run twice
