"""Keep the index current: an item saved or deleted is re-indexed once its transaction commits.
Bulk loads skip signals; they rebuild the index (``services.search_rebuild``) when done."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from r1540.search import services

    transaction.on_commit(lambda: services.search_index_object(instance))


def _deleted(sender, instance, **kwargs):
    from r1540.search import services

    transaction.on_commit(lambda pk=instance.pk, model=sender: services.search_remove(model, pk))


def connect(sources) -> None:
    for source in sources:
        post_save.connect(_saved, sender=source.model, dispatch_uid="search-save-" + source.kind)
        post_delete.connect(_deleted, sender=source.model, dispatch_uid="search-delete-" + source.kind)
