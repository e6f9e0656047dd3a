"""Panels that other apps add to an object's page (a State's profile shows its reports, its
matrices, its assistance requests…) without the page's app knowing about them.

An app registers, from its ``ready()``::

    panels.register("directory.State", "reporting/panels/state_reports.html", order=20)(state_reports)

where ``state_reports(request, state)`` returns the panel's context, or ``None`` to hide it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Panel:
    template: str
    context: Callable
    order: int


_panels: dict[str, list[Panel]] = {}


def register(model_label: str, template: str, order: int = 50):
    def decorator(function: Callable) -> Callable:
        panels = _panels.setdefault(model_label.lower(), [])
        if not any(panel.template == template for panel in panels):
            panels.append(Panel(template, function, order))
            panels.sort(key=lambda panel: panel.order)
        return function

    return decorator


def panels_for(request, obj: models.Model) -> list[dict]:
    """The panels to show on ``obj``'s page for this request, in order."""
    shown = []
    for panel in _panels.get(obj._meta.label_lower, []):
        context = panel.context(request, obj)
        if context is not None:
            shown.append({"template": panel.template, "context": context})
    return shown
