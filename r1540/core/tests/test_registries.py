"""Registries that test themselves: the open-data catalogue, the search sources, the sitemap and
the profiles' panels each hold everything that belongs in them, or say beside them why not; and
each check names what is left out (shown here by taking one item out on purpose)."""

from r1540.core import panels
from r1540.core.testing import registries
from r1540.core.tests.test_permissions import CASES
from r1540.public.datasets import DATASETS, NOT_IN_CATALOGUE
from r1540.public.views import NOT_IN_SITEMAP, sitemaps
from r1540.search.sources import NOT_SEARCHED, SOURCES


def test_every_published_list_is_in_the_open_data_catalogue():
    assert registries.missing_datasets(CASES) == []


def test_every_public_model_with_pages_is_searched():
    assert registries.missing_search_sources() == []


def test_every_public_model_with_pages_is_in_the_sitemap():
    assert registries.missing_sitemap_sections() == []


def test_every_model_of_a_state_or_an_organization_is_on_its_page():
    assert registries.missing_panels() == []


# --- The checks fail, naming what is missing -------------------------------------------------


def test_a_list_left_out_of_the_catalogue_is_named():
    without_events = [dataset for dataset in DATASETS if dataset.page != "outreach:event_list"]
    assert registries.missing_datasets(CASES, datasets=without_events) == [
        "outreach:event_list (EventListView, outreach.Event): "
        "not in public.datasets.DATASETS nor excluded with a reason"
    ]
    # A public list page that is not an ObjectListView is found through the permission table.
    problems = registries.missing_datasets(CASES, excluded={})
    assert any(problem.startswith("reporting:instrument_list:") for problem in problems), problems


def test_a_model_left_out_of_search_is_named():
    without_plans = [source for source in SOURCES if source.model_label != "reporting.ActionPlan"]
    assert registries.missing_search_sources(sources=without_plans) == [
        "reporting.ActionPlan: not in search.sources.SOURCES nor excluded with a reason"
    ]
    unexcused = {label: reason for label, reason in NOT_SEARCHED.items() if label != "assistance.Match"}
    assert registries.missing_search_sources(excluded=unexcused) == [
        "assistance.Match: not in search.sources.SOURCES nor excluded with a reason"
    ]


def test_a_model_left_out_of_the_sitemap_is_named():
    sections = {name: section for name, section in sitemaps().items() if name != "events"}
    assert registries.missing_sitemap_sections(sitemaps=sections) == [
        "outreach.Event: not in public.views.sitemaps() nor excluded with a reason"
    ]


def test_a_model_left_off_a_profile_is_named():
    def without_offers(profile):
        return panels.shown_on(profile) - {"assistance.assistanceoffer"}

    assert registries.missing_panels(shown_on=without_offers) == [
        "directory.State: assistance.AssistanceOffer (its provider_state on the State page): not in its panels "
        "nor excluded with a reason",
        "directory.Organization: assistance.AssistanceOffer (its provider_organization on the organization page): "
        "not in its panels nor excluded with a reason",
    ]


def test_a_stale_or_double_exclusion_is_named():
    assert registries.missing_sitemap_sections(excluded={**NOT_IN_SITEMAP, "outreach.Event": "x"}) == [
        "outreach.Event: in public.views.sitemaps() and excluded too"
    ]
    assert registries.missing_datasets(CASES, excluded={**NOT_IN_CATALOGUE, "outreach:gone_list": "x"}) == [
        "outreach:gone_list: excluded, but no longer one that belongs in public.datasets.DATASETS"
    ]
