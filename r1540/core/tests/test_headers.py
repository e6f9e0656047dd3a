"""Every response carries the security headers: pages, the API, files, downloads and errors. The
Content-Security-Policy allows no inline script or style; only the Redoc page adds what Redoc needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def _assert_secure(response, label: str) -> None:
    assert response["X-Content-Type-Options"] == "nosniff", label
    assert response["Referrer-Policy"] == "same-origin", label
    assert "camera=()" in response["Permissions-Policy"], label
    assert "geolocation=()" in response["Permissions-Policy"], label
    directives = _directives(response)
    assert directives["script-src"] == ["'self'"], label
    assert directives["default-src"] == ["'self'"], label
    assert directives["object-src"] == ["'none'"], label
    assert directives["frame-ancestors"] == ["'none'"], label


@pytest.fixture
def failing_home(monkeypatch):
    def fail():
        raise RuntimeError("a server error, for the test")

    monkeypatch.setattr("r1540.public.views.directory_figures", fail)


@pytest.mark.django_db
def test_every_kind_of_response_carries_the_headers(client, cast, world, failing_home):
    answers = {}
    client.raise_request_exception = False
    answers["server error"] = client.get("/")
    assert answers["server error"].status_code == 500
    answers["page"] = client.get(reverse("directory:state_list"))
    answers["page in Arabic"] = client.get("/ar/directory/states/")
    answers["list download"] = client.get(reverse("directory:state_list") + "?_export=csv")
    answers["API"] = client.get("/api/v1/states/")
    answers["API schema"] = client.get("/api/schema/")
    answers["API error"] = client.get("/api/v1/states/?limit=abc&offset=-1", HTTP_ACCEPT="application/json")
    answers["API unauthorised"] = client.post("/api/v1/states/", {})
    answers["static file"] = client.get("/static/r1540/r1540.css")
    answers["not found"] = client.get("/no-such-page/")
    answers["sign-in redirect"] = client.get(reverse("analytics:website_use"))
    answers["Swagger UI"] = client.get("/api/docs/")
    answers["Swagger UI start-up script"] = client.get("/api/docs/?script=")
    client.force_login(cast["state_poc"])
    answers["forbidden"] = client.get(reverse("analytics:website_use"))
    expected = {"server error": 500, "not found": 404, "sign-in redirect": 302, "forbidden": 403}
    for label, response in answers.items():
        assert response.status_code == expected.get(label, response.status_code), label
        _assert_secure(response, label)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], label
    assert b"".join(answers["static file"].streaming_content)


@pytest.mark.django_db
def test_only_the_redoc_page_may_use_inline_styles_and_a_worker(client):
    response = client.get("/api/redoc/")
    assert response.status_code == 200
    _assert_secure(response, "redoc")
    directives = _directives(response)
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["worker-src"] == ["'self'", "blob:"]
    assert "worker-src" not in _directives(client.get("/"))


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/docs/", "/api/redoc/"])
def test_the_api_documentation_loads_nothing_from_another_host_and_runs_no_inline_script(client, url):
    html = client.get(url).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"""(?:href|src)=["']?(?:https?:)?//""", html), "a load from another host"
    assert "<style" not in html and " style=" not in html


#: Templates that are never served as pages: the PDF layouts (WeasyPrint) keep their <style>.
NOT_PAGES = ("/export/",)
INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE),
    "event handler attribute": re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE),
    "javascript: address": re.compile(r"javascript:", re.IGNORECASE),
    "style attribute": re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE),
    "style element": re.compile(r"<style[\s>]", re.IGNORECASE),
    "load from another host": re.compile(r"""<(?:script|link|img|iframe)[^>]*(?:src|href)=["']?(?:https?:)?//"""),
    "CSS import or url() from another host": re.compile(r"""(?:@import|url\()\s*["']?(?:https?:)?//"""),
}


def test_no_page_template_has_inline_code_styles_or_outside_loads():
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        relative = path.relative_to(TEMPLATES).as_posix()
        if any(part in "/" + relative for part in NOT_PAGES):
            continue
        text = path.read_text()
        found += ["{}: {}".format(relative, name) for name, pattern in INLINE.items() if pattern.search(text)]
    assert found == []


def test_no_stylesheet_of_ours_loads_from_another_host():
    static = Path(__file__).resolve().parents[2] / "static"
    found = [
        path.relative_to(static).as_posix()
        for path in static.rglob("*.css")
        if INLINE["CSS import or url() from another host"].search(path.read_text(errors="replace"))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, "w-pct-0"), (37.5, "w-pct-38"), ("12", "w-pct-12"), (140, "w-pct-100"), (-3, "w-pct-0"), ("", "w-pct-0")],
)
def test_bar_widths_are_classes(value, expected):
    from r1540.core.templatetags.layout import width_class

    assert width_class(value) == expected
