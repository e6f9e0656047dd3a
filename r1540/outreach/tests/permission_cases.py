from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only


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
