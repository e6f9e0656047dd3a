"""Panels that other apps add to an object's page (a State's profile shows its reports, its
matrices, its assistance requests…) without the page's app knowing about them.

An app registers, from its ``ready()``::

    panels.register(
        "directory.State", "reporting/panels/state_reports.html", order=20, shows=("reporting.NationalReport",)
    )(state_reports)

where ``state_reports(request, state)`` returns the panel's context, or ``None`` to hide it, and
``shows`` names the models whose rows the panel lists. Every model that points at a State or an
organization is on that profile, in a panel or the page itself, or is left off it on purpose with
a reason beside the app's panels: ``panels.not_shown("directory.State", "app.Model", "why")``.
``core/tests/test_registries.py`` fails, naming the model, when one is neither.
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
    shows: tuple[str, ...] = ()


_panels: dict[str, list[Panel]] = {}
#: (profile model, model) → why that model's rows are not in a panel of that profile.
_not_shown: dict[tuple[str, str], str] = {}


def register(model_label: str, template: str, order: int = 50, shows: tuple[str, ...] = ()):
    def decorator(function: Callable) -> Callable:
        panels = _panels.setdefault(model_label.lower(), [])
        if not any(panel.template == template for panel in panels):
            panels.append(Panel(template, function, order, tuple(label.lower() for label in shows)))
            panels.sort(key=lambda panel: panel.order)
        return function

    return decorator


def not_shown(profile_label: str, model_label: str, reason: str) -> None:
    """Say why the rows of ``model_label`` are in no panel of ``profile_label``'s page."""
    _not_shown[(profile_label.lower(), model_label.lower())] = reason


def shown_on(profile_label: str) -> set[str]:
    """The models whose rows some panel of ``profile_label``'s page lists (lower-case labels)."""
    return {label for panel in _panels.get(profile_label.lower(), []) for label in panel.shows}


def left_off(profile_label: str) -> dict[str, str]:
    """The models left off ``profile_label``'s panels on purpose, with the reason."""
    profile = profile_label.lower()
    return {model: reason for (page, model), reason in _not_shown.items() if page == profile}


def panels_for(request, obj: models.Model) -> list[dict]:
    """The panels to show on ``obj``'s page for this request, in order."""
    shown = []
    for panel in _panels.get(obj._meta.label_lower, []):
        context = panel.context(request, obj)
        if context is not None:
            shown.append({"template": panel.template, "context": context})
    return shown
