from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "r1540.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from r1540.search import signals, sources

        signals.connect(sources.SOURCES)
