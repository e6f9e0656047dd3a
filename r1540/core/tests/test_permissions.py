"""Every URL × every role: the declared answer, and no URL left undeclared."""

from importlib import import_module
from importlib.util import find_spec

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from r1540.core.roles import ALL_ROLES, PUBLIC

# Django's own admin pages are guarded by is_staff; its index stands for them.
UNDECLARED_NAMESPACES = {"admin"}


def collect_cases():
    cases = []
    for config in apps.get_app_configs():
        module = "{}.tests.permission_cases".format(config.name)
        if config.name.startswith("r1540.") and find_spec(module):
            cases.extend(import_module(module).CASES)
    return cases


CASES = collect_cases()


def url_names(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = "{}{}:".format(namespace, pattern.namespace)
            yield from url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name


def test_every_named_url_has_a_permission_case():
    declared = {case.url_name for case in CASES}
    names = {name for name in url_names() if name.split(":")[0] not in UNDECLARED_NAMESPACES}
    assert names - declared == set()


def test_every_case_declares_every_role():
    for case in CASES:
        assert set(case.expected) == set(ALL_ROLES), case.id


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_answer(case, role, client, db, shared_world):
    world, cast = shared_world
    user = cast[role]
    if user is not None:
        client.force_login(user)
    url = reverse(case.url_name, kwargs=case.kwargs(world))
    response = getattr(client, case.method)(url, case.data(world))
    assert response.status_code == case.expected[role], "{} as {}".format(case.id, role)
    if role == PUBLIC and response.status_code == 302 and "admin" not in case.url_name and case.method == "get":
        assert "/account/login/" in response["Location"]
