"""URL map. Pages are under a language prefix (none for English); the API is not."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

import r1540.assistance.api  # noqa: F401  (registers its viewsets)
import r1540.directory.api  # noqa: F401
import r1540.matrices.api  # noqa: F401
import r1540.outreach.api  # noqa: F401
import r1540.programme.api  # noqa: F401
import r1540.public.api  # noqa: F401
import r1540.reporting.api  # noqa: F401
import r1540.search.api  # noqa: F401
from r1540.core.api import router
from r1540.core.views.api_docs import ApiDocsView, ApiRedocView
from r1540.core.views.files import stored_file
from r1540.public.views import robots, sitemaps

SITEMAPS = sitemaps()

urlpatterns = [
    path("api/v1/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", ApiDocsView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/redoc/", ApiRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("robots.txt", robots, name="robots"),
    # Uploaded files, only through the owning object's policy; MEDIA_URL is served by nothing.
    path("files/<str:label>/<int:pk>/<str:field>/", stored_file, name="file"),
]
urlpatterns += i18n_patterns(
    # Under the prefix, so that set_language resolves `next` in the language it is written in.
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("r1540.public.urls")),
    path("", include("r1540.core.urls")),
    path("directory/", include("r1540.directory.urls")),
    path("reports/", include("r1540.reporting.urls")),
    path("matrices/", include("r1540.matrices.urls")),
    path("assistance/", include("r1540.assistance.urls")),
    path("programme/", include("r1540.programme.urls")),
    path("outreach/", include("r1540.outreach.urls")),
    path("search/", include("r1540.search.urls")),
    path("translations/", include("r1540.translations.urls")),
    path("analytics/", include("r1540.analytics.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
