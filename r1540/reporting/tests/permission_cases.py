from r1540.core.roles import Role
from r1540.core.testing.files import attach, language_file
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

# The State's own unpublished data: the Committee and that State's POC.
OWN_UNPUBLISHED = only((Role.STATE_POC, *COMMITTEE), public=404, other=404)
# Another contributor's practice without consent to publish: the Committee only.
PRIVATE = only(COMMITTEE, public=404, other=404)

CASES += [
    Case("reporting:instrument_list", expect(200)),
    Case("reporting:instrument", expect(200), kwargs=lambda w: {"code": w["npt_treaty"].code}),
    Case("reporting:adherence_edit", only(EDITORS), kwargs=pk("own_adherence")),
    Case("reporting:actionplan_list", expect(200)),
    Case("reporting:actionplan", expect(200), kwargs=pk("other_published_plan"), label="published"),
    Case("reporting:actionplan", OWN_UNPUBLISHED, kwargs=pk("own_draft_plan"), label="own State, unpublished"),
    Case("reporting:actionplan_add", only(EDITORS)),
    Case("reporting:actionplan_edit", only(EDITORS), kwargs=pk("other_published_plan")),
    Case(
        "reporting:actionplan_edit",
        {**only(EDITORS), Role.STATE_POC: 403, Role.ORGANIZATION_POC: 404},
        kwargs=pk("own_draft_plan"),
        label="own State's draft",
    ),
    Case("reporting:actionplan_revise", only(EDITORS), kwargs=pk("other_published_plan")),
    Case(
        "reporting:actionplan_follow_up",
        {**only(EDITORS, ok=302), "public": 302},
        method="post",
        kwargs=pk("other_published_plan"),
        data=lambda w: {"kind": "meeting", "summary": ""},
        label="invalid",
    ),
    Case("reporting:practice_list", expect(200)),
    Case("reporting:practice", expect(200), kwargs=pk("own_organization_practice"), label="published"),
    Case("reporting:practice", PRIVATE, kwargs=pk("other_private_practice"), label="no consent"),
    Case("reporting:practice_add", only(EDITORS)),
    Case("reporting:practice_edit", only(EDITORS), kwargs=pk("own_organization_practice")),
    Case("reporting:controllist_list", expect(200)),
    Case("reporting:controllist", OWN_UNPUBLISHED, kwargs=pk("own_control_list"), label="own State, unpublished"),
    Case("reporting:controllist_add", only(EDITORS)),
    Case("reporting:controllist_edit", {**only(EDITORS), Role.ORGANIZATION_POC: 404}, kwargs=pk("own_control_list")),
    # API
    Case("instrument-list", expect(200)),
    Case("instrument-detail", expect(200), kwargs=lambda w: {"code": w["npt_treaty"].code}),
    Case("adherence-list", expect(200)),
    Case("adherence-detail", expect(200), kwargs=pk("own_adherence")),
    Case("adherence-history", only(COMMITTEE, public=401), kwargs=pk("own_adherence")),
    Case("actionplan-list", expect(200)),
    Case("actionplan-detail", OWN_UNPUBLISHED, kwargs=pk("own_draft_plan"), label="own State, unpublished"),
    # Unpublished: not found for those who may not see it, rather than "sign in".
    Case("actionplan-history", {**HISTORY, Role.ORGANIZATION_POC: 404, "public": 404}, kwargs=pk("own_draft_plan")),
    Case("effectivepractice-list", expect(200)),
    Case("effectivepractice-detail", PRIVATE, kwargs=pk("other_private_practice"), label="no consent"),
    Case(
        "effectivepractice-history",
        {**only((Role.ORGANIZATION_POC, *COMMITTEE), public=401), Role.STATE_POC: 403},
        kwargs=pk("own_organization_practice"),
    ),
    Case("controllist-list", expect(200)),
    Case("controllist-detail", OWN_UNPUBLISHED, kwargs=pk("own_control_list")),
    Case("controllist-history", {**HISTORY, Role.ORGANIZATION_POC: 404, "public": 404}, kwargs=pk("own_control_list")),
]

# Uploaded files: each owner's policy, as on its page (r1540/core/views/files.py).
CASES += [
    Case("file", expect(200), kwargs=lambda w: language_file(w, "own_report"), label="published report"),
    Case(
        "file",
        HIDDEN_FROM_OUTSIDERS,
        kwargs=lambda w: language_file(w, "other_unpublished_report"),
        label="unpublished report",
    ),
    Case("file", OWN_UNPUBLISHED, kwargs=lambda w: language_file(w, "own_draft_plan"), label="own draft plan"),
    Case("file", PRIVATE, kwargs=lambda w: attach(w["other_private_practice"]), label="private practice"),
    Case("file", OWN_UNPUBLISHED, kwargs=lambda w: attach(w["own_control_list"]), label="unpublished control list"),
]
