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
from simple_history import register
from simple_history.models import HistoricalRecords

#: Columns that change on every save and say nothing to a reader.
NOISE_FIELDS = frozenset({"updated_at", "created_at", "lock_version"})

_tracked: list[type[models.Model]] = []


def track(model: type[models.Model], **options: Any) -> None:
    """Keep the full history of ``model``; call once, from the app's ``ready()``."""
    if getattr(model._meta, "simple_history_manager_attribute", None):
        return
    excluded = ["updated_at", *(options.pop("excluded_fields", None) or [])]
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
    if value in (None, ""):
        return value
    if model_field.choices:
        return dict(model_field.flatchoices).get(value, value)
    if model_field.is_relation:
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else value
    return value


def change_log(obj: models.Model, limit: int | None = None) -> list[ChangeEntry]:
    """The object's history, newest first, each entry with the fields it changed."""
    records = list(obj.history.select_related("history_user").order_by("history_date", "history_id"))
    kept = {f.attname for f in obj.history.model._meta.concrete_fields}  # excluded fields have no history
    fields = [
        f
        for f in type(obj)._meta.concrete_fields
        if f.name not in NOISE_FIELDS and f.name != "id" and f.attname in kept
    ]
    entries: list[ChangeEntry] = []
    previous = None
    for record in records:
        changes = []
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
