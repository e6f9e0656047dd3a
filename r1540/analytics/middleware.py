"""Counts page views on the server, without cookies, scripts or third parties.

Only what a page view is about is kept (the day, the page, its section and language); the
request's headers are read to leave out what is not a visitor's page view, and never stored.
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.utils import timezone

from r1540.analytics import services

logger = logging.getLogger(__name__)

#: Sections that are not the website being read: the admin, and this page itself.
UNCOUNTED_SECTIONS = frozenset({"admin", "analytics"})
#: URL arguments that are secrets or name an account; such pages are counted under their route.
REDACTED_ARGUMENTS = frozenset({"uidb64", "token", "key"})
BOT = re.compile(r"bot|crawl|spider", re.IGNORECASE)


class PageViewMiddleware:
    """After the response, add one to the day's counter of the page, if it was a page view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(settings, "R1540_ANALYTICS", True) and is_page_view(request, response):
            try:
                services.page_view_record(**page_of(request))
            except Exception:
                # Counting must never cost the visitor the page.
                logger.exception("Page view not counted: %s", request.path_info)
        return response


def is_page_view(request, response) -> bool:
    """A successful GET of a whole HTML page by a person who has not asked not to be tracked."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if request.headers.get("HX-Request") or request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1":
        return False
    if BOT.search(request.headers.get("User-Agent", "")):
        return False
    path = request.path_info
    if path.startswith(("/api/", settings.STATIC_URL, settings.MEDIA_URL)):
        return False
    match = request.resolver_match
    return match is not None and not UNCOUNTED_SECTIONS.intersection(match.namespaces)


def page_of(request) -> dict:
    """What is counted: the day, the route, the address without language prefix, the section and
    the language of the page."""
    match = request.resolver_match
    codes = [code for code, _name in settings.LANGUAGES]
    language = getattr(request, "LANGUAGE_CODE", "")
    if language not in codes:
        language = settings.LANGUAGE_CODE
    path = request.path_info
    if REDACTED_ARGUMENTS.intersection(match.kwargs):
        path = "/" + match.route
    path = strip_language_prefix(path, codes)
    return {
        "view_date": timezone.localdate(),
        "url_name": match.view_name,
        "path": path,
        "section": match.namespaces[0] if match.namespaces else "",
        "language": language,
    }


def strip_language_prefix(path: str, codes: list[str]) -> str:
    for code in codes:
        prefix = "/{}/".format(code)
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path
