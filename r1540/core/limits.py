"""How long free text may be, wherever it is typed: a form field or an API field without a
``max_length`` of its own takes ``MAX_TEXT_INPUT`` (a 2.6 MB description was once accepted, and
its page then took minutes to draw). The model ``TextField``s stay unbounded in the database; the
limit is enforced at input, with Django's and REST framework's own, translated, message."""

from __future__ import annotations

from django import forms
from django.core.validators import MaxLengthValidator

#: Some twenty pages of text: more than any description, remark or letter the Committee keeps.
MAX_TEXT_INPUT = 20_000


def cap_form_field(field: forms.Field) -> None:
    """Give a form's text field the default limit if it has none (in place: each form instance
    has its own copies of its fields)."""
    if isinstance(field, forms.CharField) and field.max_length is None:
        field.max_length = MAX_TEXT_INPUT
        field.validators.append(MaxLengthValidator(MAX_TEXT_INPUT))
        field.widget.attrs.setdefault("maxlength", str(MAX_TEXT_INPUT))


def cap_serializer_field(field) -> None:
    """The same for a writable REST framework ``CharField``."""
    from rest_framework import serializers

    if isinstance(field, serializers.CharField) and not field.read_only and field.max_length is None:
        field.max_length = MAX_TEXT_INPUT
        message = serializers.CharField.default_error_messages["max_length"].format(max_length=MAX_TEXT_INPUT)
        field.validators.append(MaxLengthValidator(MAX_TEXT_INPUT, message=message))
