"""Writes shared by every app: an audited, optimistically locked save and delete, and the
idempotent upsert that loads reference and import files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from r1540.core import audit
from r1540.core.fields import codes_of
from r1540.core.models import User


class ConcurrentEditError(Exception):
    """Someone else saved the object after the editor loaded it."""

    message = _(
        "Someone else changed this record while you were editing it. "
        "Reload the page to see their changes, then make yours again."
    )

    def __str__(self) -> str:
        return str(self.message)


def require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why you make this change; it is kept in the history.")})
    return reason


@transaction.atomic
def audited_save(
    *,
    obj: models.Model,
    actor: User | None,
    reason: str,
    expected_version: int | None = None,
    reason_required: bool = True,
    many_to_many: dict[str, Iterable] | None = None,
    created_reason: str = "",
) -> models.Model:
    """Validate and save ``obj`` and its ``many_to_many`` values (field name → objects), recording
    ``actor`` and ``reason`` in its history.

    For an existing row, ``expected_version`` is the ``lock_version`` the editor saw; if the
    row has moved on since, nothing is written and ``ConcurrentEditError`` is raised.
    ``created_reason`` is the history's reason for a new row when the author gave none.
    """
    if obj.pk is None and created_reason:
        reason, reason_required = reason or str(created_reason), False
    if reason_required:
        reason = require_reason(reason)
    if obj.pk is not None and hasattr(obj, "lock_version"):
        current = type(obj)._default_manager.select_for_update().values_list("lock_version", flat=True).get(pk=obj.pk)
        if expected_version is not None and current != expected_version:
            raise ConcurrentEditError()
        obj.lock_version = current + 1
    obj.full_clean()
    obj._change_reason = reason
    obj._history_user = actor
    obj.save()
    for name, values in (many_to_many or {}).items():
        getattr(obj, name).set(values)
    return obj


@transaction.atomic
def audited_bulk_create(*, model: type[models.Model], objs: list, actor: User | None, reason: str) -> list:
    """Insert many rows at once (rows the caller has checked, such as a validated file's), each
    with its first history row (who, when, why)."""
    reason = require_reason(reason)
    if not audit.is_tracked(model):
        return model._default_manager.bulk_create(objs, batch_size=1000)
    return bulk_create_with_history(objs, model, batch_size=1000, default_user=actor, default_change_reason=reason)


@transaction.atomic
def audited_update(*, queryset: models.QuerySet, actor: User | None, reason: str, **values) -> int:
    """Set ``values`` on every row of ``queryset`` that differs, each change kept in the history
    and each row's version moved on (so an editor holding an older one is refused)."""
    reason = require_reason(reason)
    rows = [
        row
        for row in queryset.select_for_update()
        if any(getattr(row, name) != value for name, value in values.items())
    ]
    fields = [*values, "updated_at"]
    now = timezone.now()
    for row in rows:
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = now
        if hasattr(row, "lock_version"):
            row.lock_version += 1
    if rows and hasattr(rows[0], "lock_version"):
        fields.append("lock_version")
    if rows:
        bulk_update_with_history(
            rows, queryset.model, fields, batch_size=1000, default_user=actor, default_change_reason=reason
        )
    return len(rows)


@transaction.atomic
def audited_delete(*, obj: models.Model, actor: User | None, reason: str) -> None:
    """Delete ``obj``; its history keeps a final row saying who deleted it and why."""
    obj._change_reason = require_reason(reason)
    obj._history_user = actor
    obj.delete()


def last_login_record(sender, user, **kwargs) -> None:
    """The time of a sign-in, written without a history row (``user_logged_in`` receiver)."""
    user.last_login = timezone.now()
    type(user)._default_manager.filter(pk=user.pk).update(last_login=user.last_login)


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, created: bool | None) -> None:
        if created is None:
            return
        bucket = self.created if created else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1

    def __str__(self) -> str:
        kinds = sorted(set(self.created) | set(self.updated))
        if not kinds:
            return str(_("Already up to date."))
        return "; ".join(
            _("{kind}: {created} created, {updated} updated").format(
                kind=kind, created=self.created.get(kind, 0), updated=self.updated.get(kind, 0)
            )
            for kind in kinds
        )


def differs(obj: models.Model, values: dict) -> bool:
    """Whether assigning ``values`` would change ``obj`` (a coded list compares as its codes)."""
    for name, value in values.items():
        current = getattr(obj, name)
        if current != (codes_of(value) if isinstance(current, list) else value):
            return True
    return False


def upsert(model, lookup: dict, values: dict, *, actor: User | None, reason: str) -> tuple[object, bool | None]:
    """Create or update one row; save (and so record history) only when something differs.

    Returns the object and True (created), False (updated) or None (unchanged)."""
    obj = model._default_manager.filter(**lookup).first()
    created = obj is None
    if created:
        obj = model(**lookup)
    elif not differs(obj, values):
        return obj, None
    for name, value in values.items():
        setattr(obj, name, value)
    audited_save(obj=obj, actor=actor, reason=reason)
    return obj, created
