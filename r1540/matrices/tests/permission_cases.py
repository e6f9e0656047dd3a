from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)


def version(key):
    return lambda w: {"code": w[key].state.iso3.lower(), "number": w[key].number}


def api_version(key):
    return lambda w: {"pk": w[key].pk}


# The State's own version under review: the Committee and that State's POC.
OWN_UNDER_REVIEW = {**only((Role.STATE_POC, *COMMITTEE), public=404, other=404)}
# Another State's internal draft: the Committee only.
OTHER_DRAFT = {**only(COMMITTEE, public=404, other=404)}

RESPONDERS = {**only((Role.STATE_POC, *EDITORS), other=403), Role.ORGANIZATION_POC: 404}
NO_ONE_ANSWERS = {**only((), other=403)}
RESPONDERS_REDIRECTED = {**RESPONDERS, Role.STATE_POC: 302, **dict.fromkeys(EDITORS, 302)}


def action(key, name):
    return lambda w: {"code": w[key].state.iso3.lower(), "number": w[key].number, "action": name}


CASES = [
    Case("matrices:version_list", expect(200)),
    Case("matrices:template_list", expect(200)),
    Case("matrices:trends", expect(200)),
    Case("matrices:review", expect(200)),
    Case("matrixversion-trends", expect(200)),
    Case("matrices:template", expect(200), kwargs=lambda w: {"code": w["matrix_template"].code}),
    Case("matrices:version", expect(200), kwargs=version("own_published_matrix"), label="published"),
    Case("matrices:version", OWN_UNDER_REVIEW, kwargs=version("own_sent_matrix"), label="own State, sent"),
    Case("matrices:version", OTHER_DRAFT, kwargs=version("other_draft_matrix"), label="another State's draft"),
    Case("matrices:version_diff", OWN_UNDER_REVIEW, kwargs=version("own_sent_matrix"), label="own State, sent"),
    Case(
        "matrices:version_workbook",
        {**OWN_UNDER_REVIEW, "public": 302},
        kwargs=version("own_sent_matrix"),
        label="own State, sent",
    ),
    Case("matrices:version_workbook", {**expect(200), "public": 302}, kwargs=version("own_published_matrix")),
    Case(
        "matrices:version_document",
        expect(200),
        kwargs=lambda w: {**version("own_published_matrix")(w), "kind": "pdf"},
        label="published, PDF",
    ),
    Case(
        "matrices:version_document",
        OWN_UNDER_REVIEW,
        kwargs=lambda w: {**version("own_sent_matrix")(w), "kind": "docx"},
        label="own State, sent, Word",
    ),
    # Answering is for the State (and the experts and secretariat who record a note verbale).
    Case("matrices:version_upload", RESPONDERS, kwargs=version("own_sent_matrix"), label="own State, sent"),
    Case("matrices:version_upload", NO_ONE_ANSWERS, kwargs=version("own_published_matrix"), label="published"),
    Case("matrices:version_upload_confirm", RESPONDERS_REDIRECTED, kwargs=version("own_sent_matrix")),
    Case(
        "matrices:field_respond",
        RESPONDERS,
        kwargs=version("own_sent_matrix"),
        data=lambda w: {"row": "op1.01", "weapon": "", "column": ""},
    ),
    Case("matrices:version_action", RESPONDERS, kwargs=action("own_sent_matrix", "return"), label="return"),
    Case(
        "matrices:field_edit",
        {**only(EDITORS), Role.DELEGATION: 403, Role.STATE_POC: 404, Role.ORGANIZATION_POC: 404, "public": 302},
        kwargs=version("other_draft_matrix"),
        data=lambda w: {"row": "op1.01", "weapon": "", "column": ""},
        label="a draft",
    ),
    Case(
        "matrices:field_edit",
        {**only(()), Role.STATE_POC: 403, Role.ORGANIZATION_POC: 404},
        kwargs=version("own_sent_matrix"),
        data=lambda w: {"row": "op1.01", "weapon": "", "column": ""},
        label="a sent version is frozen",
    ),
    Case(
        "matrices:version_action",
        {**only(EDITORS), Role.DELEGATION: 403, Role.STATE_POC: 404, Role.ORGANIZATION_POC: 404, "public": 302},
        kwargs=action("other_draft_matrix", "send"),
        label="send another State's draft",
    ),
    # API
    Case("matrixtemplate-list", expect(200)),
    Case("matrixtemplate-detail", expect(200), kwargs=lambda w: {"code": w["matrix_template"].code}),
    Case(
        "matrixtemplate-history",
        only(COMMITTEE, public=401),
        kwargs=lambda w: {"code": w["matrix_template"].code},
    ),
    Case("matrixversion-list", expect(200)),
    Case("matrixversion-detail", expect(200), kwargs=api_version("own_published_matrix"), label="published"),
    Case("matrixversion-detail", OWN_UNDER_REVIEW, kwargs=api_version("own_sent_matrix"), label="own State, sent"),
    Case("matrixversion-detail", OTHER_DRAFT, kwargs=api_version("other_draft_matrix"), label="another draft"),
    Case("matrixversion-entries", OWN_UNDER_REVIEW, kwargs=api_version("own_sent_matrix")),
    Case(
        "matrixversion-diff",
        OWN_UNDER_REVIEW,
        kwargs=api_version("own_sent_matrix"),
        data=lambda w: {"against": w["own_published_matrix"].pk},
    ),
    Case(
        "matrixversion-history",
        {**OWN_UNDER_REVIEW, Role.ORGANIZATION_POC: 403, "public": 401},
        kwargs=api_version("own_published_matrix"),
        label="published",
    ),
]

CASES += [
    Case("matrices:adherence_check", only(COMMITTEE)),
    Case("matrices:published_export", expect(200), kwargs=lambda w: {"kind": "csv"}, label="CSV"),
    Case("matrices:published_export", expect(200), kwargs=lambda w: {"kind": "xlsx"}, label="Excel"),
    Case(
        "matrices:version_document",
        expect(200),
        kwargs=lambda w: {**version("own_published_matrix")(w), "kind": "csv"},
        label="published, CSV",
    ),
    Case(
        "matrices:version_document",
        OWN_UNDER_REVIEW,
        kwargs=lambda w: {**version("own_sent_matrix")(w), "kind": "xlsx"},
        label="own State, sent, Excel",
    ),
    Case(
        "matrixversion-document",
        expect(200),
        kwargs=api_version("own_published_matrix"),
        data=lambda w: {"kind": "csv"},
        label="published, CSV",
    ),
    Case(
        "matrixversion-document",
        OTHER_DRAFT,
        kwargs=api_version("other_draft_matrix"),
        data=lambda w: {"kind": "docx"},
        label="another State's draft, Word",
    ),
    Case("matrixversion-published", expect(200), data=lambda w: {"kind": "xlsx"}),
    Case("matrixversion-adherence-check", OWN_UNDER_REVIEW, kwargs=api_version("own_sent_matrix")),
]
