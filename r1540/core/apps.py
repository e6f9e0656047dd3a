from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "r1540.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from django.contrib.auth.models import update_last_login
        from django.contrib.auth.signals import user_logged_in

        from r1540.core import lookups, middleware  # noqa: F401  (middleware: its sign-in receiver)
        from r1540.core.audit import track
        from r1540.core.models import User
        from r1540.core.services import last_login_record

        lookups.install()
        # Roles and the State, organization or Council seat a user acts for are rights: every
        # change is kept. A sign-in is not a change of rights, so it writes no history row.
        track(User, excluded_fields=["password", "last_login"])
        user_logged_in.disconnect(update_last_login, dispatch_uid="update_last_login")
        user_logged_in.connect(last_login_record, dispatch_uid="r1540.core.last_login_record")
