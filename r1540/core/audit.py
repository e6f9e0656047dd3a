"""The change history of reported and reference data: who, when, before and after, why.

django-simple-history stores one historical row per save. ``track`` registers a model (from
its app's ``ready()``, so the per-language columns of django-modeltranslation are part of
the history too); ``change_log`` turns the rows into the entries shown on an object's page
and served by the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import models
from simple_history import register, utils
from simple_history.models import HistoricalRecords

from r1540.core.fields import CodeListField

#: Columns that change on every save and say nothing to a reader.
NOISE_FIELDS = frozenset({"updated_at", "created_at", "lock_version"})

_tracked: list[type[models.Model]] = []


def track(model: type[models.Model], **options: Any) -> None:
    """Keep the full history of ``model``; call once, from the app's ``ready()``."""
    if getattr(model._meta, "simple_history_manager_attribute", None):
        return
    names = {f.name for f in model._meta.concrete_fields}
    excluded = [name for name in ("updated_at",) if name in names] + list(options.pop("excluded_fields", None) or [])
    # Many-to-many values are part of the record: each change is a row of the history too.
    options.setdefault("m2m_fields", list(model._meta.many_to_many))
    register(model, excluded_fields=excluded, **options)
    _tracked.append(model)


def tracked_models() -> list[type[models.Model]]:
    return list(_tracked)


def is_tracked(model: type[models.Model]) -> bool:
    return model in _tracked


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    action: str  # "created", "changed" or "deleted"
    user: Any
    reason: str
    changes: list[FieldChange] = field(default_factory=list)


_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def _display(record: models.Model | None, model_field: models.Field) -> Any:
    """A readable value: the label of a choice, the name of a related object."""
    if record is None:
        return None
    value = getattr(record, model_field.attname)
    if value in (None, "", []):
        return value
    if isinstance(model_field, CodeListField):
        return model_field.display(value)
    if model_field.choices:
        return dict(model_field.flatchoices).get(value, value)
    if model_field.is_relation:
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else value
    return value


def _linked(record: models.Model, m2m_field: models.ManyToManyField) -> list[str]:
    """The names of the objects a historical record links to through ``m2m_field``."""
    target = utils.get_m2m_reverse_field_name(m2m_field)
    rows = getattr(record, m2m_field.name).select_related(target)
    return sorted(str(getattr(row, target)) for row in rows)


def change_log(obj: models.Model, limit: int | None = None) -> list[ChangeEntry]:
    """The object's history, newest first, each entry with the fields it changed."""
    records = list(obj.history.select_related("history_user").order_by("history_date", "history_id"))
    kept = {f.attname for f in obj.history.model._meta.concrete_fields}  # excluded fields have no history
    fields = [
        f
        for f in type(obj)._meta.concrete_fields
        if f.name not in NOISE_FIELDS and f.name != "id" and f.attname in kept
    ]
    m2m_fields = list(getattr(obj.history.model, "_history_m2m_fields", []))
    entries: list[ChangeEntry] = []
    previous = None
    previous_links: dict[str, list[str]] = {}
    for record in records:
        changes = []
        links = {f.name: _linked(record, f) for f in m2m_fields}
        for model_field in fields:
            new_raw = getattr(record, model_field.attname)
            if previous is None:
                if new_raw in (None, ""):
                    continue
            elif getattr(previous, model_field.attname) == new_raw:
                continue
            label = str(model_field.verbose_name)
            changes.append(
                FieldChange(model_field.name, label, _display(previous, model_field), _display(record, model_field))
            )
        for m2m_field in m2m_fields:
            old, new = previous_links.get(m2m_field.name, []), links[m2m_field.name]
            if old != new and (previous is not None or new):
                label = str(m2m_field.verbose_name)
                changes.append(FieldChange(m2m_field.name, label, ", ".join(old) or None, ", ".join(new)))
        previous_links = links
        entries.append(
            ChangeEntry(
                at=record.history_date,
                action=_ACTIONS.get(record.history_type, record.history_type),
                user=record.history_user,
                reason=record.history_change_reason or "",
                changes=changes,
            )
        )
        previous = record
    entries.reverse()
    return entries[:limit] if limit else entries


__all__ = ["HistoricalRecords", "change_log", "track", "tracked_models", "is_tracked"]
