"""Reads of translation coverage: each translated item's status in the six languages, and the
counts per content type. The translated columns are read with ``.values()`` and the stamps in
one query per content type; no model instance is built except for the links of one page."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch
from django.utils.text import Truncator

from r1540.translations import coverage, registry
from r1540.translations.models import TranslationStamp

#: The statuses counted as covered: the text exists and is not known to be out of date.
COVERED = frozenset(
    {coverage.Status.SOURCE, coverage.Status.PRESENT, coverage.Status.MACHINE, coverage.Status.UNTRACKED}
)


@dataclass
class ItemCoverage:
    pk: Any
    label: str
    source_language: str | None
    cells: dict[str, coverage.Cell]
    url: str = ""


@dataclass
class LanguageCount:
    code: str
    counts: Counter = field(default_factory=Counter)
    total: int = 0

    @property
    def up_to_date(self) -> int:
        return self.counts[coverage.Status.SOURCE] + self.counts[coverage.Status.PRESENT]

    @property
    def covered(self) -> int:
        return sum(self.counts[status] for status in COVERED)

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.total) if self.total else 0


@dataclass
class ModelCoverage:
    model: type[models.Model]
    total: int
    languages: list[LanguageCount]

    @property
    def app_label(self) -> str:
        return self.model._meta.app_label

    @property
    def model_name(self) -> str:
        return self.model._meta.model_name

    @property
    def verbose_name(self) -> str:
        return self.model._meta.verbose_name_plural


def _stamps(model: type[models.Model]) -> dict[str, dict[tuple[str, str], coverage.Stamp]]:
    """object id → (field, language) → stamp, in one query."""
    content_type = ContentType.objects.get_for_model(model)
    found: dict[str, dict[tuple[str, str], coverage.Stamp]] = {}
    rows = TranslationStamp.objects.filter(content_type=content_type).values_list(
        "object_id", "field", "language", "source_language", "source_digest", "origin"
    )
    for object_id, name, code, source, source_digest, origin in rows.iterator(chunk_size=5000):
        found.setdefault(object_id, {})[name, code] = coverage.Stamp(source, source_digest, origin)
    return found


def items(model: type[models.Model]) -> list[ItemCoverage]:
    """Every item of ``model`` with its status in each language, in primary-key order."""
    languages = registry.languages()
    names = registry.translated_fields(model)
    columns = registry.columns(model)
    stamps = _stamps(model)
    result = []
    for row in model._base_manager.order_by("pk").values("pk", *columns.values()).iterator(chunk_size=2000):
        fields = {name: {code: row[columns[name, code]] for code in languages} for name in names}
        cells = coverage.item_statuses(fields, stamps.get(str(row["pk"]), {}), languages)
        label, source = "", None
        for texts in fields.values():
            source = coverage.source_language(texts)
            if source is not None:
                label = Truncator(coverage.normalized(texts[source])).chars(120)
                break
        result.append(ItemCoverage(row["pk"], label or "#{}".format(row["pk"]), source, cells))
    return result


def count(model: type[models.Model], rows: list[ItemCoverage]) -> ModelCoverage:
    languages = []
    for code in registry.languages():
        counts = Counter(row.cells[code].status for row in rows)
        languages.append(LanguageCount(code, counts, len(rows)))
    return ModelCoverage(model, len(rows), languages)


def summary() -> list[ModelCoverage]:
    """The counts of every translated model, by language."""
    return [count(model, items(model)) for model in registry.translated_models()]


def totals(models_coverage: list[ModelCoverage]) -> list[LanguageCount]:
    """The counts of all models together, by language."""
    result = []
    for position, code in enumerate(registry.languages()):
        counts: Counter = Counter()
        total = 0
        for row in models_coverage:
            counts.update(row.languages[position].counts)
            total += row.total
        result.append(LanguageCount(code, counts, total))
    return result


def filtered(rows: list[ItemCoverage], *, language: str = "", status: str = "") -> list[ItemCoverage]:
    """The items with ``status`` in ``language``; in any language when none is given."""
    if not status:
        return rows
    codes = [language] if language else list(registry.languages())
    return [row for row in rows if any(row.cells[code].status == status for code in codes)]


def with_links(model: type[models.Model], rows: list[ItemCoverage]) -> list[ItemCoverage]:
    """Fill in the links of the items shown (one query), when the model has pages."""
    if not hasattr(model, "get_absolute_url") or not rows:
        return rows
    objects = model._base_manager.in_bulk([row.pk for row in rows])
    for row in rows:
        obj = objects.get(row.pk)
        try:
            row.url = obj.get_absolute_url() if obj is not None else ""
        except (NoReverseMatch, AttributeError, ValueError):
            row.url = ""
    return rows
