from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, expect, only

COMMITTEE = (Role.DELEGATION, *EDITORS)
POC_READERS = (Role.STATE_POC, Role.ORGANIZATION_POC, *COMMITTEE)
HISTORY_READERS = COMMITTEE


def iso(key):
    return lambda w: {"code": w[key].iso3.lower()}


def slug(key):
    return lambda w: {"slug": w[key].slug}


def pk(key):
    return lambda w: {"pk": w[key].pk}


# Another State's or organization's POC: hidden (404) from the POCs, read-only for delegations.
OTHER_POC = {**only(COMMITTEE), Role.STATE_POC: 404, Role.ORGANIZATION_POC: 404}
OTHER_POC_API = {**OTHER_POC, "public": 401}

CASES = [
    Case("directory:state_list", expect(200)),
    Case("directory:state", expect(200), kwargs=iso("own_state")),
    Case("directory:state_edit", only(EDITORS), kwargs=iso("own_state")),
    Case("directory:council_current", expect(200)),
    Case("directory:council", expect(200), kwargs=lambda w: {"year": w["seat"].year}),
    Case("directory:organization_list", expect(200)),
    Case("directory:organization", expect(200), kwargs=slug("own_organization")),
    Case("directory:organization_edit", only(EDITORS), kwargs=slug("own_organization")),
    Case("directory:pointofcontact_list", only(POC_READERS)),
    Case(
        "directory:pointofcontact",
        {**only(POC_READERS), Role.ORGANIZATION_POC: 404},
        kwargs=pk("own_state_poc"),
        label="the State POC's own State",
    ),
    Case("directory:pointofcontact", OTHER_POC, kwargs=pk("other_state_poc"), label="another State"),
    Case(
        "directory:pointofcontact_edit",
        {**only((Role.STATE_POC, *EDITORS)), Role.ORGANIZATION_POC: 404},
        kwargs=pk("own_state_poc"),
        label="the State POC's own State",
    ),
    Case(
        "directory:pointofcontact_edit",
        {**only(EDITORS), Role.STATE_POC: 404, Role.ORGANIZATION_POC: 404},
        kwargs=pk("other_state_poc"),
        label="another State",
    ),
    Case(
        "directory:state_pointofcontact_designate",
        only((Role.STATE_POC, *EDITORS)),
        kwargs=lambda w: {"key": w["own_state"].iso3.lower()},
        label="own State",
    ),
    Case(
        "directory:state_pointofcontact_designate",
        only(EDITORS),
        kwargs=lambda w: {"key": w["other_state"].iso3.lower()},
        label="another State",
    ),
    Case(
        "directory:organization_pointofcontact_designate",
        only((Role.ORGANIZATION_POC, *EDITORS)),
        kwargs=lambda w: {"key": w["own_organization"].slug},
    ),
    # API
    Case("state-list", expect(200)),
    Case("state-detail", expect(200), kwargs=lambda w: {"iso3": w["own_state"].iso3}),
    Case("state-history", only(HISTORY_READERS, public=401), kwargs=lambda w: {"iso3": w["own_state"].iso3}),
    Case("organization-list", expect(200)),
    Case("organization-detail", expect(200), kwargs=slug("own_organization")),
    Case("organization-history", only(HISTORY_READERS, public=401), kwargs=slug("own_organization")),
    Case("pointofcontact-list", only(POC_READERS, public=401)),
    Case("pointofcontact-detail", OTHER_POC_API, kwargs=pk("other_state_poc")),
    Case("pointofcontact-history", OTHER_POC_API, kwargs=pk("other_state_poc")),
    Case("councilmembership-list", expect(200)),
    Case("councilmembership-detail", expect(200), kwargs=pk("seat")),
]
