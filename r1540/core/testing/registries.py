"""Registries that test themselves, as the permission table does: each check lists what should be
in a registry (the open-data catalogue, the search sources, the sitemap, the profiles' panels) and
is neither there nor left out on purpose, by name. An exclusion lives beside its registry with the
reason, and goes stale (and is reported) when its item is registered after all or is gone.

Each check takes the registry and the exclusions as arguments, so a test can show it failing on
purpose with one item taken out."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver

from r1540.core import panels
from r1540.core.permissions import _registry, policy_for
from r1540.core.roles import PUBLIC

PROFILES = ("directory.State", "directory.Organization")


def _problems(candidates: dict[str, str], registered: Iterable[str], excluded: dict[str, str], where: str) -> list[str]:
    """``candidates`` (key → how to name it) missing from ``registered`` and ``excluded``, and the
    exclusions that are stale. Keys compare without regard to case (model labels)."""
    registered = {key.lower() for key in registered}
    by_lower = {key.lower(): key for key in candidates}
    problems = [
        "{}: not in {} nor excluded with a reason".format(candidates[key], where)
        for key in sorted(candidates)
        if key.lower() not in registered and key.lower() not in {name.lower() for name in excluded}
    ]
    for key in sorted(excluded):
        if key.lower() in registered:
            problems.append("{}: in {} and excluded too".format(key, where))
        elif key.lower() not in by_lower:
            problems.append("{}: excluded, but no longer one that belongs in {}".format(key, where))
    return problems


def public_models_with_pages() -> list[type[models.Model]]:
    """Models whose policy lets the public read them and whose rows have a page."""
    return sorted(
        (model for model, policy in _registry.items() if policy.public and hasattr(model, "get_absolute_url")),
        key=lambda model: model._meta.label,
    )


def _url_patterns(resolver=None, namespace: str = ""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = "{}{}:".format(namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _url_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, pattern.callback


def public_list_pages(cases=()) -> dict[str, str]:
    """URL name → description of every published list page: each ``ObjectListView`` whose model's
    policy is public, and each page named ``*_list`` that the permission table (``cases``) opens
    to the public."""
    from r1540.core.views.generic import ObjectListView

    pages = {}
    for name, callback in _url_patterns():
        view = getattr(callback, "view_class", None)
        if view is not None and issubclass(view, ObjectListView) and policy_for(view.model).public:
            pages[name] = "{} ({}, {})".format(name, view.__name__, view.model._meta.label)
    for case in cases:
        page = ":" in case.url_name and not case.url_name.startswith("admin:")
        if page and case.url_name.endswith("_list") and case.method == "get" and case.expected[PUBLIC] == 200:
            pages.setdefault(case.url_name, case.url_name)
    return pages


def missing_datasets(cases=(), datasets=None, excluded: dict[str, str] | None = None) -> list[str]:
    """Published list pages that are not in the open-data catalogue (``public.datasets``)."""
    from r1540.public import datasets as catalogue

    datasets = catalogue.DATASETS if datasets is None else datasets
    excluded = catalogue.NOT_IN_CATALOGUE if excluded is None else excluded
    return _problems(
        public_list_pages(cases), [dataset.page for dataset in datasets], excluded, "public.datasets.DATASETS"
    )


def _labels(models_: Iterable[type[models.Model]]) -> dict[str, str]:
    return {model._meta.label: model._meta.label for model in models_}


def missing_search_sources(sources=None, excluded: dict[str, str] | None = None) -> list[str]:
    """Public models with pages that search neither covers nor leaves out with a reason."""
    from r1540.search import sources as search

    sources = search.SOURCES if sources is None else sources
    excluded = search.NOT_SEARCHED if excluded is None else excluded
    return _problems(
        _labels(public_models_with_pages()),
        [source.model_label for source in sources],
        excluded,
        "search.sources.SOURCES",
    )


def missing_sitemap_sections(sitemaps: dict | None = None, excluded: dict[str, str] | None = None) -> list[str]:
    """Public models with pages that have no section in the sitemap and no reason why."""
    from r1540.public import views

    sitemaps = views.sitemaps() if sitemaps is None else sitemaps
    excluded = views.NOT_IN_SITEMAP if excluded is None else excluded
    covered = [section.queryset.model._meta.label for section in sitemaps.values() if hasattr(section, "queryset")]
    return _problems(_labels(public_models_with_pages()), covered, excluded, "public.views.sitemaps()")


def profile_models(profile_label: str) -> dict[str, str]:
    """Models with a permission policy (shown on pages) that point at ``profile_label``: their rows
    belong on that State's or organization's page."""
    profile = apps.get_model(profile_label)
    found = {}
    for model in _registry:
        if model is profile:
            continue
        for field in model._meta.get_fields():
            if (field.many_to_one or field.one_to_one) and field.concrete and field.related_model is profile:
                found[model._meta.label] = "{} (its {} on the {} page)".format(
                    model._meta.label, field.name, profile._meta.verbose_name
                )
    return found


def missing_panels(
    shown_on: Callable[[str], set[str]] = panels.shown_on, left_off: Callable[[str], dict[str, str]] = panels.left_off
) -> list[str]:
    """Models that point at a State or an organization and are in no panel of its page, and not
    left off it with a reason (``panels.not_shown``)."""
    problems = []
    for profile in PROFILES:
        problems += [
            "{}: {}".format(profile, problem)
            for problem in _problems(profile_models(profile), shown_on(profile), left_off(profile), "its panels")
        ]
    return problems
