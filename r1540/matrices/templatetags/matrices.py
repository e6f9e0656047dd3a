"""Labels of the matrix vocabularies in templates, in the reader's language."""

from django import template

from r1540.directory.choices import RegionalGroup
from r1540.matrices import choices

register = template.Library()


@register.filter
def weapon_label(code: str) -> str:
    return choices.Weapon(code).label if code else ""


@register.filter
def column_label(code: str) -> str:
    return choices.LegalColumn(code).label if code else ""


@register.filter
def group_label(code: str) -> str:
    return RegionalGroup(code).label if code else ""


@register.filter
def value_class(value: str) -> str:
    """A CSS class per value, so X, ?, NA and blank read apart at a glance (not by colour alone)."""
    return {"X": "cell-measure", "?": "cell-partial", "NA": "cell-na"}.get(value, "cell-blank")


@register.filter
def attribute_label(name: str) -> str:
    """The reader's word for a field of an entry (``value``, ``instrument``, …)."""
    from r1540.matrices.models import MatrixEntry

    return str(MatrixEntry._meta.get_field(name).verbose_name)
