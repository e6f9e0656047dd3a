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
