"""Free text has a length limit wherever it is typed: every form, every writable API field."""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec

import pytest
from django import forms
from django.apps import apps
from django.urls import reverse
from rest_framework import serializers

from r1540.core.filters import BoundedFormMixin
from r1540.core.forms import StyledFormMixin
from r1540.core.limits import MAX_TEXT_INPUT
from r1540.core.roles import Role

HUGE = "x" * 2_600_000


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _load_forms():
    for config in apps.get_app_configs():
        if config.name.startswith("r1540."):
            for module in ("forms", "api", "views"):
                name = "{}.{}".format(config.name, module)
                if find_spec(name):
                    import_module(name)


def test_every_project_form_caps_its_text():
    """A form outside the styled bases would take text of any length again."""
    _load_forms()
    project = [
        cls
        for base in (forms.Form, forms.ModelForm)
        for cls in _subclasses(base)
        if cls.__module__.startswith("r1540.") and "tests" not in cls.__module__
    ]
    assert project
    bounded = (StyledFormMixin, BoundedFormMixin)
    unbounded = [cls for cls in project if not issubclass(cls, bounded) and _has_text(cls)]
    assert unbounded == []


def _has_text(form_class) -> bool:
    return any(isinstance(field, forms.CharField) for field in form_class.base_fields.values())


def test_every_writable_api_text_field_has_a_limit():
    from r1540.core.api import router

    _load_forms()
    for _prefix, viewset, _basename in router.registry:
        if not hasattr(viewset, "create"):
            continue
        view = viewset(action="create", format_kwarg=None, request=None, kwargs={})
        serializer = view.get_serializer_class()()
        for name, field in serializer.fields.items():
            if isinstance(field, serializers.CharField) and not field.read_only:
                assert field.max_length is not None, "{}.{}".format(viewset.__name__, name)


def test_a_huge_description_is_refused_by_the_api_with_a_message(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    response = client.post(
        reverse("assistancerequest-list"),
        {"title": "Help", "description": HUGE, "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert str(MAX_TEXT_INPUT) in " ".join(response.json()["description"])


def test_a_huge_description_is_refused_by_the_form_with_a_message(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    response = client.post(reverse("assistance:request_add"), {"title": "Help", "description": HUGE})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "description" in errors and str(MAX_TEXT_INPUT) in " ".join(errors["description"])


@pytest.mark.parametrize("size", [MAX_TEXT_INPUT, MAX_TEXT_INPUT + 1])
def test_the_limit_is_exact(size):
    from r1540.core.forms import StyledForm

    class Note(StyledForm):
        text = forms.CharField(widget=forms.Textarea)

    form = Note({"text": "x" * size})
    assert form.is_valid() is (size <= MAX_TEXT_INPUT)
    assert form.fields["text"].widget.attrs["maxlength"] == str(MAX_TEXT_INPUT)
