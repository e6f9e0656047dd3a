"""Search text: one normalised, word-segmented form for what is indexed and what is asked.

Chinese is written without spaces, so a Chinese run is cut into words with jieba's search mode
(which also yields the shorter words inside a long one: 大规模杀伤性武器 gives 武器 too); other
scripts are cut at word boundaries. Case and combining marks are dropped, so that ``Sécurité``
finds ``securite`` and an Arabic word is found with or without its vowel marks or the hamza on
its alif. Pure functions: no database, no Django.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache
from pathlib import Path

#: A run of Chinese (CJK unified ideographs, extension A, compatibility ideographs).
HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
WORD = re.compile(r"\w+")
#: Words this short carry no meaning on their own in alphabetic scripts.
MIN_LATIN = 2
#: The Arabic definite article, and the particles written joined before it (و ف ب ك, and ل
#: which absorbs the article's alif: لل).
ARABIC_ARTICLE = "\u0627\u0644"
ARABIC_PROCLITICS = (
    "\u0648\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0643\u0627\u0644",
    "\u0644\u0644",
)


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    cache_dir = Path(__import__("tempfile").gettempdir()) / "r1540-jieba"
    cache_dir.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(cache_dir)
    return jieba


def normalise(text: str) -> str:
    """Case-folded, compatibility-composed, without combining marks (accents, harakat)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(char for char in decomposed if not unicodedata.combining(char) and char != "\u0640")
    return unicodedata.normalize("NFC", kept)


def tokens(text: str) -> list[str]:
    """The words of ``text``, in order, repeated as often as they occur (Chinese by jieba)."""
    words: list[str] = []
    for index, part in enumerate(HAN.split(normalise(text or ""))):
        if not part:
            continue
        if index % 2:  # a Chinese run
            words.extend(word for word in _jieba().cut_for_search(part) if word.strip())
        else:
            for word in WORD.findall(part):
                if len(word) >= MIN_LATIN or word.isdigit():
                    words.append(word)
                    words.extend(_arabic_stems(word))
    return words


def _arabic_stems(word: str) -> list[str]:
    """The shorter forms an Arabic word is also found by: والأسلحة as الأسلحة and أسلحة."""
    for proclitic in ARABIC_PROCLITICS:
        if word.startswith(proclitic) and len(word) > len(proclitic) + 1:
            stem = word[len(proclitic) :]
            return [ARABIC_ARTICLE + stem, stem]
    if word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 1:
        return [word[len(ARABIC_ARTICLE) :]]
    return []


def segment(*texts: str) -> str:
    """What is stored to be searched: every word of ``texts`` separated by spaces."""
    return " ".join(word for text in texts for word in tokens(text))


def query_terms(query: str) -> list[str]:
    """The distinct words asked for, in order. A Chinese query is cut like the text, so that
    every word it yields must be present."""
    seen: dict[str, None] = {}
    for word in tokens(query):
        seen.setdefault(word, None)
    return list(seen)


def fts5_match(terms: list[str]) -> str:
    """An SQLite FTS5 MATCH expression: every term, each as a quoted prefix."""
    return " AND ".join('"{}"*'.format(term.replace('"', '""')) for term in terms)


def tsquery(terms: list[str]) -> str:
    """A PostgreSQL ``to_tsquery('simple', …)`` expression: every term, each as a prefix.
    Terms are runs of word characters only, so they need no quoting beyond this."""
    return " & ".join("{}:*".format(term) for term in terms if WORD.fullmatch(term))


def highlight(text: str, terms: list[str], width: int = 240) -> list[tuple[str, bool]]:
    """``text`` cut to about ``width`` characters around the first term found, as
    (piece, is_match) pairs for a template to mark up; matching ignores case and marks."""
    text = " ".join((text or "").split())
    if not text:
        return []
    folded = normalise(text)
    if len(folded) != len(text):  # marks were dropped: matching positions would drift
        return [(text[:width] + ("…" if len(text) > width else ""), False)]
    spans = []
    for term in terms:
        for match in re.finditer(re.escape(term), folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    pieces: list[tuple[str, bool]] = []
    if start:
        pieces.append(("…", False))
    cursor = start
    for span_start, span_end in spans:
        if span_end <= cursor or span_start >= end:
            continue
        span_start = max(span_start, cursor)
        if span_start > cursor:
            pieces.append((text[cursor:span_start], False))
        pieces.append((text[span_start:span_end], True))
        cursor = span_end
    if cursor < end:
        pieces.append((text[cursor:end], False))
    if end < len(text):
        pieces.append(("…", False))
    return pieces
