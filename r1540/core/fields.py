"""Coded lists: a record's areas, weapon categories, kinds of assistance, regions or languages.

One field type serves every layer. In Python the value is a list of codes (``["nuclear",
"chemical"]``), whatever was assigned (a list, or a space-separated string from a file); in the
database it is the space-separated codes in one column, so a row stays readable in SQL and the
``has`` lookup (``areas__has="export_controls"``) finds one code on SQLite and PostgreSQL alike.
The field brings its own form field (a fieldset of check boxes with the stored values checked),
filter (``CodeListFilter``), serializer field (``CodeListSerializerField``) and labels
(``obj.get_areas_labels()`` and ``get_areas_display()``, also used by the history).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partialmethod

from django import forms
from django.core import exceptions, validators
from django.db import models
from django.db.models.query_utils import DeferredAttribute
from django.utils.deconstruct import deconstructible
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


def codes_of(value) -> list[str]:
    """The codes in ``value``: a space-separated string, any iterable of codes, or nothing.
    Order is kept and repeats are dropped."""
    if value is None:
        return []
    items = value.split() if isinstance(value, str) else (str(item).strip() for item in value)
    return list(dict.fromkeys(item for item in items if item))


class CodeListDescriptor(DeferredAttribute):
    """Whatever is assigned, the attribute holds a list of codes."""

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = codes_of(value)


class CheckboxFieldset(forms.CheckboxSelectMultiple):
    """Check boxes in a fieldset whose legend is the field's label (rendered by the form template)."""

    template_name = "core/widgets/checkbox_fieldset.html"
    option_template_name = "core/widgets/checkbox_option.html"
    use_fieldset = True


class CodeListFormField(forms.MultipleChoiceField):
    """Edits a coded list: the stored codes arrive checked, the chosen ones leave as a list."""

    widget = CheckboxFieldset

    def prepare_value(self, value):
        return codes_of(value)

    def to_python(self, value):
        return codes_of(super().to_python(value))


@deconstructible
class KnownCodes:
    """Every code of the list is one of the vocabulary's (used by the model, forms and the API)."""

    def __init__(self, vocabulary: type[models.Choices]):
        self.vocabulary = vocabulary

    def __call__(self, value) -> None:
        unknown = [code for code in codes_of(value) if code not in self.vocabulary.values]
        if unknown:
            raise exceptions.ValidationError(
                _("Unknown codes: {codes}. Known: {known}.").format(
                    codes=", ".join(unknown), known=", ".join(self.vocabulary.values)
                ),
                code="invalid_choice",
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, KnownCodes) and other.vocabulary is self.vocabulary


class StoredLength(validators.MaxLengthValidator):
    """The length limit applies to the stored text, not to the number of codes."""

    def clean(self, x):
        return len(" ".join(codes_of(x)))


class CodeListField(models.CharField):
    """A list of codes from one vocabulary (a ``TextChoices`` class), stored space-separated."""

    descriptor_class = CodeListDescriptor

    def __init__(self, *args, vocabulary: type[models.Choices] | None = None, **kwargs):
        self.vocabulary = vocabulary
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)
        self.validators[:] = [
            StoredLength(self.max_length) if isinstance(v, validators.MaxLengthValidator) else v
            for v in self.validators
        ]
        if vocabulary is not None:
            self.validators.append(KnownCodes(vocabulary))

    def deconstruct(self):
        # The vocabulary lives in code, not in the database: a new code never needs a migration.
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 200:
            del kwargs["max_length"]
        if kwargs.pop("blank", False) is not True:
            kwargs["blank"] = False
        return name, path, args, kwargs

    def to_python(self, value) -> list[str]:
        return codes_of(value)

    def get_prep_value(self, value) -> str:
        return " ".join(codes_of(value))

    def from_db_value(self, value, expression, connection) -> list[str]:
        return codes_of(value)

    def value_to_string(self, obj) -> str:
        return self.get_prep_value(self.value_from_object(obj))

    def get_default(self) -> list[str]:
        return codes_of(super().get_default())

    def labels(self, value: Iterable[str]) -> list[str]:
        """The readers' words for the codes, in their language; an unknown code shows as itself."""
        names = dict(self.vocabulary.choices) if self.vocabulary else {}
        return [str(names.get(code, code)) for code in codes_of(value)]

    def display(self, value: Iterable[str]) -> str:
        return ", ".join(self.labels(value))

    def contribute_to_class(self, cls, name, private_only=False):
        super().contribute_to_class(cls, name, private_only)
        for method, function in (("get_{}_labels", _get_labels), ("get_{}_display", _get_display)):
            if not hasattr(cls, method.format(name)):
                setattr(cls, method.format(name), partialmethod(function, field=self))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": CodeListFormField,
            "choices": self.vocabulary.choices if self.vocabulary else [],
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        return defaults.pop("form_class")(**defaults)


def _get_labels(obj, *, field: CodeListField) -> list[str]:
    return field.labels(getattr(obj, field.attname))


def _get_display(obj, *, field: CodeListField) -> str:
    return field.display(getattr(obj, field.attname))


@CodeListField.register_lookup
class HasCode(models.Lookup):
    """``areas__has="export_controls"``: the list holds that code (a whole code, not a part)."""

    lookup_name = "has"

    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s", ["% {} %".format(connection.ops.prep_for_like_query(str(value).strip()))]

    def as_sql(self, compiler, connection):
        column, column_params = self.process_lhs(compiler, connection)
        value, value_params = self.process_rhs(compiler, connection)
        return "(' ' || {} || ' ') LIKE {} ESCAPE '\\'".format(column, value), [*column_params, *value_params]
