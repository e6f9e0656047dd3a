from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)


def pk(key):
    return lambda w: {"pk": w[key].pk}


OWN_UNPUBLISHED = only((Role.STATE_POC, *COMMITTEE), public=404, other=404)
PRIVATE = only(COMMITTEE, public=404, other=404)
# POST actions of experts and the secretariat: they redirect back to the page.
EDITOR_POST = {**only(EDITORS, ok=302), "public": 302}
REQUESTERS = only((Role.STATE_POC, *EDITORS))
PROVIDERS = only((Role.STATE_POC, Role.ORGANIZATION_POC, *EDITORS))
# An empty POST: refused for its content (400) only where the caller may create at all.
INVALID_REQUEST = {**only((Role.STATE_POC, *EDITORS), ok=400), "public": 401}
INVALID_OFFER = {**only((Role.STATE_POC, Role.ORGANIZATION_POC, *EDITORS), ok=400), "public": 401}

CASES = [
    Case("assistance:request_list", expect(200)),
    Case("assistance:request", expect(200), kwargs=pk("other_published_request"), label="published"),
    Case("assistance:request", OWN_UNPUBLISHED, kwargs=pk("own_draft_request"), label="own State, draft"),
    Case("assistance:request", PRIVATE, kwargs=pk("other_private_request"), label="another State, unpublished"),
    Case("assistance:request_add", REQUESTERS),
    Case("assistance:request_edit", {**REQUESTERS, Role.ORGANIZATION_POC: 404}, kwargs=pk("own_draft_request")),
    Case("assistance:request_edit", only(EDITORS), kwargs=pk("other_published_request"), label="another State"),
    Case(
        "assistance:request_move",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("other_published_request"),
        data=lambda w: {"status": "circulated", "reason": ""},
    ),
    Case(
        "assistance:request_propose",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("other_published_request"),
        data=lambda w: {"offer": ""},
    ),
    Case(
        "assistance:request_feedback",
        {**only((Role.STATE_POC, *EDITORS), ok=302), Role.ORGANIZATION_POC: 404, "public": 302},
        method="post",
        kwargs=pk("own_draft_request"),
        data=lambda w: {"feedback": ""},
    ),
    Case(
        "assistance:communication_add",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("other_published_request"),
        data=lambda w: {"date": "", "kind": "letter"},
    ),
    Case("assistance:offer_list", expect(200)),
    Case("assistance:offer", expect(200), kwargs=pk("own_organization_offer"), label="published"),
    Case(
        "assistance:offer",
        PRIVATE,
        kwargs=pk("other_unpublished_offer"),
        label="unpublished",
    ),
    Case("assistance:offer_add", PROVIDERS),
    Case(
        "assistance:offer_edit",
        {**only((Role.ORGANIZATION_POC, *EDITORS))},
        kwargs=pk("own_organization_offer"),
    ),
    Case(
        "assistance:offer_move",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("own_organization_offer"),
        data=lambda w: {"status": "committed", "reason": ""},
    ),
    Case(
        "assistance:match_move",
        {**EDITOR_POST, Role.DELEGATION: 403, Role.STATE_POC: 403, Role.ORGANIZATION_POC: 403},
        method="post",
        kwargs=pk("published_match"),
        data=lambda w: {"status": "in_implementation", "reason": ""},
    ),
    Case("assistance:quarterly", only(COMMITTEE)),
    # API
    Case("assistancerequest-list", expect(200)),
    Case("assistancerequest-detail", OWN_UNPUBLISHED, kwargs=pk("own_draft_request"), label="own State, draft"),
    Case("assistancerequest-matches", OWN_UNPUBLISHED, kwargs=pk("own_draft_request"), label="own State, draft"),
    Case(
        "assistancerequest-list",
        INVALID_REQUEST,
        method="post",
        data=lambda w: {},
        label="create, invalid",
    ),
    Case(
        "assistancerequest-history",
        {**only((Role.STATE_POC, *COMMITTEE), public=404, other=404)},
        kwargs=pk("own_draft_request"),
    ),
    Case("assistanceoffer-list", expect(200)),
    Case("assistanceoffer-detail", expect(200), kwargs=pk("own_organization_offer")),
    Case("assistanceoffer-matches", expect(200), kwargs=pk("own_organization_offer")),
    Case(
        "assistanceoffer-list",
        INVALID_OFFER,
        method="post",
        data=lambda w: {},
        label="create, invalid",
    ),
    Case(
        "assistanceoffer-history",
        {**only((Role.ORGANIZATION_POC, *COMMITTEE), public=401)},
        kwargs=pk("own_organization_offer"),
    ),
]
