from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "r1540.directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self) -> None:
        from r1540.core.audit import track
        from r1540.directory import models, panels, policies  # noqa: F401  (registers policies and panels)

        for model in (
            models.State,
            models.CouncilMembership,
            models.CommitteeOffice,
            models.Organization,
            models.Person,
            models.PointOfContact,
        ):
            track(model)
