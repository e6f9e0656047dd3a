"""The OpenAPI document's schema class: a field that can answer ``null`` is documented so.

drf-spectacular marks a field nullable only when the serializer field says ``allow_null``; a
read-only field declared by hand (``SlugRelatedField(slug_field="iso3", read_only=True)`` on a
nullable foreign key, ``CharField(source="entry.state.iso3", default=None)``) answers ``null``
without saying so, and the document lied for every such field. The model decides here instead.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from rest_framework import serializers


def can_be_null(field: serializers.Field) -> bool:
    """Whether a read-only field's value may be ``None``: a ``default`` of ``None``, or a
    nullable model field anywhere along its ``source``."""
    if field.default is None:
        return True
    model = getattr(getattr(field.parent, "Meta", None), "model", None)
    for attribute in getattr(field, "source_attrs", None) or []:
        if model is None:
            return False
        try:
            model_field = model._meta.get_field(attribute)
        except FieldDoesNotExist:
            return False
        if getattr(model_field, "null", False):
            return True
        model = model_field.related_model
    return False


class AutoSchema(SpectacularAutoSchema):
    def _get_serializer_field_meta(self, field, direction):
        meta = super()._get_serializer_field_meta(field, direction)
        if isinstance(field, serializers.Field) and field.read_only and can_be_null(field):
            meta["nullable"] = True
        return meta


class SingleObjectSchema(AutoSchema):
    """For a ``list`` action that answers one object (a search: its count, pages and hits), not
    a list of them."""

    def _is_list_view(self, serializer=None) -> bool:
        return False
