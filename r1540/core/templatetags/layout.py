"""Layout helpers for templates that must set sizes without inline styles (the
Content-Security-Policy refuses ``style`` attributes)."""

from django import template

register = template.Library()


@register.filter
def width_class(value) -> str:
    """The class that makes an element ``value`` per cent wide (rounded, 0 to 100; see r1540.css)."""
    try:
        number = round(float(value))
    except (TypeError, ValueError, OverflowError):
        number = 0
    return "w-pct-{}".format(min(100, max(0, number)))
