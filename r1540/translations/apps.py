from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "r1540.translations"
    label = "translations"
    verbose_name = _("Translation coverage")

    def ready(self) -> None:
        from r1540.translations import signals

        signals.connect()
