"""Field-by-field comparison of two matrix versions. A pure engine: plain data in, plain data out.

A cell is addressed by ``(row code, weapon, legal column)``; row codes are stable across
templates, so versions made on different templates compare too. A cell absent from a version is
blank with nothing to say, which is how entries are stored (sparsely).
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields

CellKey = tuple[str, str, str]


@dataclass(frozen=True)
class Cell:
    """What one field says. Blank everywhere means "no information"."""

    value: str = ""
    instrument: str = ""
    article: str = ""
    in_force_date: datetime.date | None = None
    reference: str = ""
    original_language: str = ""
    remarks: str = ""
    source: str = ""
    publishable: bool = True

    @classmethod
    def attributes(cls) -> list[str]:
        return [item.name for item in fields(cls)]

    @classmethod
    def from_mapping(cls, data: Mapping) -> Cell:
        return cls(**{name: data[name] for name in cls.attributes() if name in data})

    @property
    def is_empty(self) -> bool:
        return self == Cell(publishable=self.publishable)


EMPTY = Cell()


@dataclass(frozen=True)
class FieldChange:
    attribute: str
    old: object
    new: object


@dataclass(frozen=True)
class CellChange:
    key: CellKey
    kind: str  # "added", "removed" or "changed"
    changes: tuple[FieldChange, ...]

    @property
    def row(self) -> str:
        return self.key[0]

    @property
    def weapon(self) -> str:
        return self.key[1]

    @property
    def column(self) -> str:
        return self.key[2]

    def change_of(self, attribute: str) -> FieldChange | None:
        return next((change for change in self.changes if change.attribute == attribute), None)


def diff(
    old: Mapping[CellKey, Cell],
    new: Mapping[CellKey, Cell],
    order: Iterable[CellKey] = (),
    withheld: Collection[CellKey] = (),
) -> list[CellChange]:
    """The cells that differ between ``old`` and ``new``, in ``order`` (the template's order)
    and then by key for cells the order does not name. A ``withheld`` field (recorded in either
    version, but not for this reader) is left out: to the reader it was neither added nor removed."""
    position = {key: index for index, key in enumerate(order)}
    keys = sorted((set(old) | set(new)) - set(withheld), key=lambda key: (position.get(key, len(position)), key))
    result = []
    for key in keys:
        before, after = old.get(key, EMPTY), new.get(key, EMPTY)
        changes = tuple(
            FieldChange(name, getattr(before, name), getattr(after, name))
            for name in Cell.attributes()
            if getattr(before, name) != getattr(after, name)
        )
        if not changes:
            continue
        if before.is_empty:
            kind = "added"
        elif after.is_empty:
            kind = "removed"
        else:
            kind = "changed"
        result.append(CellChange(key, kind, changes))
    return result


def summary(changes: Iterable[CellChange]) -> dict[str, int]:
    """How many cells were added, removed and changed."""
    counts = {"added": 0, "removed": 0, "changed": 0}
    for change in changes:
        counts[change.kind] += 1
    return counts
