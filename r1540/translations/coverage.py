"""The translation coverage engine: which languages of a translated text exist, which are out of
date, which are machine-made. Plain data in, plain data out; no ORM.

A text's *source language* is English when the English text is present, otherwise the first
present of Chinese, French, Spanish, Russian and Arabic (``SOURCE_PREFERENCE``). Chinese comes
second because the programme of work's own source is Chinese: an item written only in Chinese
has Chinese as its source.

Every time a language's text is written, a *stamp* records the digest of the source text as it
stood then. A language is out of date when the source text has changed since: its stamp's digest
differs from the digest of the current source text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

#: Where a field's source text is looked for, in order.
SOURCE_PREFERENCE: tuple[str, ...] = ("en", "zh-hans", "fr", "es", "ru", "ar")


class Status(StrEnum):
    """The state of one language of an item, best first."""

    SOURCE = "source"  # the text the others are translated from
    PRESENT = "present"  # an official (or unattributed) translation of the current source
    MACHINE = "machine"  # a machine translation of the current source
    UNTRACKED = "untracked"  # present, but written before tracking began (or by a bulk write)
    OUTDATED = "outdated"  # translated from a source text that has changed since
    MISSING = "missing"  # no text in this language


class Origin(StrEnum):
    OFFICIAL = "official"
    MACHINE = "machine"
    UNKNOWN = "unknown"


#: The order in which an item's fields decide its status in a language: the worst field wins.
_RANK = {
    Status.SOURCE: 0,
    Status.PRESENT: 1,
    Status.MACHINE: 2,
    Status.UNTRACKED: 3,
    Status.OUTDATED: 4,
    Status.MISSING: 5,
}


@dataclass(frozen=True)
class Stamp:
    """What was true of the source when a language's text was last written."""

    source_language: str
    source_digest: str
    origin: str = Origin.OFFICIAL


@dataclass(frozen=True)
class Cell:
    """An item's status in one language, and which of its fields put it there."""

    status: Status
    fields: tuple[str, ...] = ()


Texts = Mapping[str, "str | None"]


def normalized(text: str | None) -> str:
    """Line endings and surrounding blanks are not a change of text."""
    return (text or "").replace("\r\n", "\n").strip()


def has_text(text: str | None) -> bool:
    return normalized(text) != ""


def digest(text: str | None) -> str:
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


def source_language(texts: Texts) -> str | None:
    """The language the others are translated from; None when there is no text at all."""
    for code in SOURCE_PREFERENCE:
        if has_text(texts.get(code)):
            return code
    return None


def field_statuses(texts: Texts, stamps: Mapping[str, Stamp], languages: Iterable[str]) -> dict[str, Status]:
    """The status of each language of one field, from its texts and its stamps by language."""
    source = source_language(texts)
    current = digest(texts[source]) if source else None
    statuses = {}
    for code in languages:
        stamp = stamps.get(code)
        if not has_text(texts.get(code)):
            statuses[code] = Status.MISSING
        elif code == source:
            statuses[code] = Status.SOURCE
        elif stamp is None:
            statuses[code] = Status.UNTRACKED
        elif stamp.source_digest != current:
            statuses[code] = Status.OUTDATED
        elif stamp.origin == Origin.MACHINE:
            statuses[code] = Status.MACHINE
        else:
            statuses[code] = Status.PRESENT
    return statuses


def item_statuses(
    fields: Mapping[str, Texts], stamps: Mapping[tuple[str, str], Stamp], languages: Iterable[str]
) -> dict[str, Cell]:
    """The status of each language of an item with several translated fields.

    Fields empty in every language have nothing to translate and are left out; of the others,
    the worst status wins (an item half translated is missing), and the cell names the fields
    that have it. An item with no text at all is missing everywhere.
    """
    languages = tuple(languages)
    per_field = {
        name: field_statuses(
            texts, {code: stamps[name, code] for code in languages if (name, code) in stamps}, languages
        )
        for name, texts in fields.items()
        if source_language(texts) is not None
    }
    if not per_field:
        return {code: Cell(Status.MISSING) for code in languages}
    cells = {}
    for code in languages:
        worst = max((statuses[code] for statuses in per_field.values()), key=_RANK.__getitem__)
        names = tuple(name for name, statuses in per_field.items() if statuses[code] == worst)
        cells[code] = Cell(worst, names if len(names) < len(per_field) else ())
    return cells


def stamps_to_write(
    old: Texts,
    new: Texts,
    stamps: Mapping[str, Stamp],
    origins: Mapping[str, str] | None = None,
    default_origin: str = Origin.OFFICIAL,
) -> dict[str, Stamp]:
    """The stamps a save of one field writes, by language.

    ``old`` and ``new`` are the field's texts before and after the save (``old`` empty for a new
    row), ``stamps`` the field's stamps before it, ``origins`` the origin of languages written by
    machine. Every language whose text changed and is not empty is stamped with the digest of the
    new source text; when the source itself is rewritten the other languages keep their old stamp,
    and so become out of date.

    When the source moves to another language (English added to an item that was only in
    Chinese, say), the new source was written from the old one: the languages that were up to
    date with the old source stay up to date. That holds when the old source text is unchanged,
    or when the new source was itself up to date with it.
    """
    origins = origins or {}
    new_source = source_language(new)
    if new_source is None:
        return {}
    new_digest = digest(new[new_source])
    writes = {
        code: Stamp(new_source, new_digest, origins.get(code, default_origin))
        for code, text in new.items()
        if has_text(text) and normalized(text) != normalized(old.get(code))
    }
    old_source = source_language(old)
    if old_source is None or old_source == new_source:
        return writes
    old_digest = digest(old[old_source])
    old_source_kept = normalized(old[old_source]) == normalized(new.get(old_source))
    new_source_stamp = stamps.get(new_source)
    followed = (new_source in writes and old_source_kept) or (
        new_source_stamp is not None and new_source_stamp.source_digest == old_digest
    )
    if not followed:
        return writes
    for code, text in new.items():
        if code in writes or not has_text(text):
            continue
        stamp = stamps.get(code)
        if code == old_source and old_source_kept:
            writes[code] = Stamp(new_source, new_digest, stamp.origin if stamp else default_origin)
        elif stamp is not None and stamp.source_digest == old_digest:
            writes[code] = Stamp(new_source, new_digest, stamp.origin)
    return writes
