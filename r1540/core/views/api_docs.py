"""The API's documentation pages (Swagger UI and Redoc, served from drf-spectacular-sidecar) under
the site's Content-Security-Policy: no inline script, nothing loaded from another host."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from django.utils.decorators import method_decorator
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView


class ApiDocsView(SpectacularSwaggerSplitView):
    """Swagger UI with its start-up script served from this address (``?script``), not inline."""


@method_decorator(
    # Redoc styles itself with <style> elements it writes at run time (styled-components) and
    # runs its search in a web worker made from a blob. Only this page is allowed those two.
    csp_update({"style-src": [UNSAFE_INLINE], "worker-src": [SELF, "blob:"]}),
    name="dispatch",
)
class ApiRedocView(SpectacularRedocView):
    """Redoc, started from a static script rather than an inline one."""
