from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)


def code(key):
    return lambda w: {"code": w[key].code}


def pk(key):
    return lambda w: {"pk": w[key].pk}


DRAFT = only(EDITORS, public=404, other=404)

CASES = [
    Case("outreach:event_list", expect(200)),
    Case("outreach:event", expect(200), kwargs=code("published_event"), label="published"),
    Case("outreach:event", DRAFT, kwargs=code("unpublished_event"), label="unpublished"),
    Case("outreach:events_rss", expect(200)),
    Case("outreach:events_atom", expect(200)),
    Case("outreach:faq", expect(200)),
    # API
    Case("event-list", expect(200)),
    Case("event-detail", expect(200), kwargs=pk("published_event"), label="published"),
    Case("event-detail", DRAFT, kwargs=pk("unpublished_event"), label="unpublished"),
    Case("event-history", only((Role.DELEGATION, *EDITORS), public=401), kwargs=pk("published_event")),
    Case("question-list", expect(200)),
    Case("question-detail", expect(200), kwargs=pk("question")),
]


def partner(key):
    return lambda w: {"slug": w[key].organization.slug}


COMMITTEE_ONLY = only(COMMITTEE, public=404, other=404)
EDITOR_POST = {**only(EDITORS, ok=302), "public": 302}
ACTIVITY = {
    "kind": "joint_activity",
    "activity_date": "2025-06-01",
    "date_precision": "day",
    "title_en": "Joint training course",
    "confidence": "verified",
}

CASES += [
    Case("outreach:cooperation_list", expect(200)),
    Case("outreach:cooperation", expect(200), kwargs=partner("published_partner"), label="published"),
    Case("outreach:cooperation", COMMITTEE_ONLY, kwargs=partner("unpublished_partner"), label="unpublished"),
    Case("outreach:cooperationactivity_add", only(EDITORS), kwargs=partner("published_partner")),
    Case(
        "outreach:cooperationactivity_add",
        EDITOR_POST,
        method="post",
        kwargs=partner("published_partner"),
        data=lambda w: ACTIVITY,
    ),
    # API
    Case("cooperation-list", expect(200)),
    Case("cooperation-detail", expect(200), kwargs=pk("published_partner"), label="published"),
    Case("cooperation-detail", COMMITTEE_ONLY, kwargs=pk("unpublished_partner"), label="unpublished"),
    Case("cooperation-history", only(COMMITTEE, public=401), kwargs=pk("published_partner")),
    Case("cooperationactivity-list", expect(200)),
    Case("cooperationactivity-detail", expect(200), kwargs=pk("published_activity"), label="published"),
    Case("cooperationactivity-detail", COMMITTEE_ONLY, kwargs=pk("unpublished_activity"), label="unpublished"),
    Case("cooperationactivity-history", only(COMMITTEE, public=401), kwargs=pk("published_activity")),
]
