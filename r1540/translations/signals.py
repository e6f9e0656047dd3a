"""Stamp every language a save writes, for every model django-modeltranslation translates.

A cross-cutting concern, so a signal: no app has to remember to call it. Writes that send no
signal (``bulk_create``, ``QuerySet.update``, fixtures loaded raw) leave their texts "present,
not tracked" until ``services.stamp_all`` (``manage.py stamp_translations``) stamps them.
"""

from __future__ import annotations

from django.db import models
from django.db.models.signals import post_save, pre_save

from r1540.translations import registry, services

_BEFORE = "_translation_texts_before"


def _watched(model: type[models.Model], update_fields) -> list[str]:
    """The translated columns a save may write; none when ``update_fields`` leaves them out."""
    columns = list(registry.columns(model).values())
    if update_fields is None:
        return columns
    named = set(update_fields)
    if named & (set(columns) | set(registry.translated_fields(model))):
        return columns
    return []


def remember_texts(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    instance.__dict__.pop(_BEFORE, None)  # left over from a save that failed
    columns = [] if raw else _watched(sender, update_fields)
    if not columns:
        return
    if instance._state.adding or instance.pk is None:
        setattr(instance, _BEFORE, None)
        return
    before = sender._base_manager.filter(pk=instance.pk).values(*columns).first()
    setattr(instance, _BEFORE, before)


def record_stamps(sender, instance, created=False, raw=False, **kwargs) -> None:
    if raw or not hasattr(instance, _BEFORE):
        return
    before = getattr(instance, _BEFORE)
    delattr(instance, _BEFORE)
    after = {column: getattr(instance, column) for column in registry.columns(sender).values()}
    services.stamps_record(
        model=sender,
        object_id=instance.pk,
        before=None if created else before,
        after=after,
        origins=getattr(instance, services.ORIGINS_ATTRIBUTE, None),
    )


def connect() -> None:
    for model in registry.translated_models():
        uid = "translations:{}".format(model._meta.label_lower)
        pre_save.connect(remember_texts, sender=model, dispatch_uid=uid)
        post_save.connect(record_stamps, sender=model, dispatch_uid=uid)
