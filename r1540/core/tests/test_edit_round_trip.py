"""Every edit form, saved as it was shown, changes nothing: what the form shows is what is stored.

A person opens each edit page of the project, changes nothing, gives a reason and saves. Every
tracked table (and the many-to-many links) must read the same afterwards, but for the version
counter and the time of the change.
"""

import pytest
from django.urls import reverse

from r1540.core import audit
from r1540.core.roles import Role
from r1540.core.testing.forms import edit_form
from r1540.core.tests.test_permissions import CASES

NOISE = {"updated_at", "lock_version"}
# Who opens the form: the first of these roles the page lets in.
ROLES = (Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR, Role.STATE_POC, Role.ORGANIZATION_POC)
EDIT_CASES = {}
for _case in CASES:
    if _case.url_name.endswith("_edit") and _case.method == "get" and any(_case.expected[r] == 200 for r in ROLES):
        EDIT_CASES.setdefault(_case.url_name, _case)
# A save that is itself an act: saving a POC's details confirms them (programme of work, 10 (c)).
ACTS = {"directory:pointofcontact_edit": {("directory.PointOfContact", "confirmed_date")}}


def snapshot() -> dict:
    tables = {}
    for model in audit.tracked_models():
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in NOISE]
        for row in model._default_manager.values(*fields):
            tables.update({(model._meta.label, row["id"], name): value for name, value in row.items()})
        for m2m in model._meta.many_to_many:
            tables[model._meta.label, m2m.name] = sorted(
                m2m.remote_field.through.objects.values_list(m2m.m2m_column_name(), m2m.m2m_reverse_name())
            )
    return tables


def test_every_edit_page_is_covered():
    assert len(EDIT_CASES) >= 15, sorted(EDIT_CASES)


@pytest.mark.parametrize("url_name", sorted(EDIT_CASES))
def test_saving_an_edit_form_unchanged_changes_nothing(url_name, client, world, cast):
    case = EDIT_CASES[url_name]
    url = reverse(url_name, kwargs=case.kwargs(world))
    query = case.data(world)
    for role in ROLES:
        if case.expected[role] == 200:
            client.force_login(cast[role])
            break
    else:
        pytest.fail("no editing role opens {}".format(url_name))
    page = client.get(url, query)
    assert page.status_code == 200
    data = edit_form(page.content.decode())
    data["reason"] = ["Checked, nothing to change"]
    before = snapshot()

    response = client.post(page.request["PATH_INFO"] + "?" + page.request["QUERY_STRING"], data)

    assert response.status_code == 302, response.content.decode()[:3000]
    after = snapshot()
    changed = {
        key: (before.get(key), after.get(key))
        for key in before.keys() | after.keys()
        if before.get(key) != after.get(key)
    }
    acts = ACTS.get(url_name, set())
    assert {key: change for key, change in changed.items() if (key[0], key[-1]) not in acts} == {}


def _open_as_editor(client, cast, case, world):
    for role in ROLES:
        if case.expected[role] == 200:
            client.force_login(cast[role])
            return client.get(reverse(case.url_name, kwargs=case.kwargs(world)), case.data(world))
    pytest.fail("no editing role opens {}".format(case.url_name))


def _versions() -> dict:
    return {
        (model._meta.label, pk): version
        for model in audit.tracked_models()
        if any(f.attname == "lock_version" for f in model._meta.concrete_fields)
        for pk, version in model._default_manager.values_list("pk", "lock_version")
    }


@pytest.mark.parametrize("url_name", sorted(EDIT_CASES))
def test_of_two_editors_of_one_record_the_second_is_refused_and_nothing_is_lost(url_name, client, world, cast):
    case = EDIT_CASES[url_name]
    first_page = _open_as_editor(client, cast, case, world)
    second_page = _open_as_editor(client, cast, case, world)
    address = first_page.request["PATH_INFO"] + "?" + first_page.request["QUERY_STRING"]
    first, second = edit_form(first_page.content.decode()), edit_form(second_page.content.decode())
    before = _versions()

    saved = client.post(address, {**first, "reason": ["First editor"]})
    assert saved.status_code == 302
    moved = {key for key, version in _versions().items() if before.get(key) != version}
    if not moved:
        pytest.skip("saving the form unchanged created no versioned row to compete for")
    after_first = snapshot()

    refused = client.post(address, {**second, "reason": ["Second editor"]})

    assert refused.status_code == 200
    assert "Someone else changed this record" in refused.content.decode()
    assert snapshot() == after_first


@pytest.mark.parametrize("url_name", sorted(EDIT_CASES))
def test_an_edit_that_does_not_say_its_version_is_refused(url_name, client, world, cast):
    case = EDIT_CASES[url_name]
    page = _open_as_editor(client, cast, case, world)
    data = edit_form(page.content.decode())
    assert "lock_version" in data, "the edit form carries the version it started from"
    del data["lock_version"]
    data["reason"] = ["No version"]
    before = snapshot()

    response = client.post(page.request["PATH_INFO"] + "?" + page.request["QUERY_STRING"], data)

    assert response.status_code == 200
    assert snapshot() == before
