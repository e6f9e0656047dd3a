from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)


def pk(key):
    return lambda w: {"pk": w[key].pk}


def code(key):
    return lambda w: {"code": w[key].iso3.lower()}


HIDDEN_FROM_OUTSIDERS = only(COMMITTEE, public=404, other=404)
HISTORY = {**only((Role.STATE_POC, *COMMITTEE)), "public": 401}

CASES = [
    Case("reporting:report_list", expect(200)),
    Case("reporting:report", expect(200), kwargs=pk("own_report"), label="published"),
    Case("reporting:report", HIDDEN_FROM_OUTSIDERS, kwargs=pk("other_unpublished_report"), label="unpublished"),
    Case("reporting:report_add", only(EDITORS)),
    Case("reporting:report_edit", only(EDITORS), kwargs=pk("own_report")),
    Case("reporting:non_reporting", expect(200)),
    Case("reporting:dialogue", only((Role.STATE_POC, *COMMITTEE)), kwargs=code("own_state"), label="own State"),
    Case("reporting:dialogue", only(COMMITTEE), kwargs=code("other_state"), label="another State"),
    Case(
        "reporting:dialogue",
        only(EDITORS),
        method="post",
        kwargs=code("other_state"),
        data=lambda w: {"date": "", "kind": "call"},
        label="record, invalid",
    ),
    # API
    Case("nationalreport-list", expect(200)),
    Case("nationalreport-detail", expect(200), kwargs=pk("own_report")),
    Case(
        "nationalreport-detail",
        only(COMMITTEE, public=404, other=404),
        kwargs=pk("other_unpublished_report"),
        label="unpublished",
    ),
    Case("nationalreport-history", {**HISTORY, Role.ORGANIZATION_POC: 403}, kwargs=pk("own_report")),
    Case("nationalreport-non-reporting", expect(200)),
    Case("dialogueentry-list", only((Role.STATE_POC, *COMMITTEE), public=401)),
    Case(
        "dialogueentry-detail",
        {**only((Role.STATE_POC, *COMMITTEE), public=401), Role.ORGANIZATION_POC: 403},
        kwargs=pk("own_dialogue"),
    ),
]
