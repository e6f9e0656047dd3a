from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "r1540.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from r1540.core import lookups, middleware  # noqa: F401  (middleware: its sign-in receiver)

        lookups.install()
