"""Figures cited in the text of a review section: ``[[reports.first]]`` stands for a number the
data gives when the section is read. A pure module: it finds the names, and cuts the text into
plain pieces and figures, each with its value now and the value when the section was saved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

PATTERN = re.compile(r"\[\[\s*([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\s*\]\]")


def cited(text: str) -> list[str]:
    """The names of the figures ``text`` cites, each once, in the order they first appear."""
    return list(dict.fromkeys(PATTERN.findall(text)))


def unknown(text: str, known) -> list[str]:
    return [code for code in cited(text) if code not in known]


def moved(value: Any, saved: Any) -> bool:
    """The data has moved since the drafter last saved the section."""
    return value is not None and saved is not None and saved != value


@dataclass(frozen=True)
class Piece:
    """Plain text (``code`` empty) or a cited figure."""

    text: str
    code: str = ""
    value: Any = None
    saved: Any = None

    @property
    def is_figure(self) -> bool:
        return bool(self.code)

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def changed(self) -> bool:
        return moved(self.value, self.saved)


def pieces(text: str, values: dict[str, Any], saved: dict[str, Any] | None = None) -> list[Piece]:
    saved = saved or {}
    result, start = [], 0
    for match in PATTERN.finditer(text):
        if match.start() > start:
            result.append(Piece(text[start : match.start()]))
        code = match.group(1)
        result.append(Piece(match.group(0), code=code, value=values.get(code), saved=saved.get(code)))
        start = match.end()
    if start < len(text):
        result.append(Piece(text[start:]))
    return result


def fill(text: str, values: dict[str, Any], formatter=str) -> str:
    """The text with every known figure written out (for Word and PDF)."""
    return "".join(
        formatter(piece.value) if piece.is_figure and piece.known else piece.text for piece in pieces(text, values)
    )
