from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "r1540.outreach"
    label = "outreach"
    verbose_name = _("Outreach and cooperation")

    def ready(self) -> None:
        from r1540.core.audit import track
        from r1540.outreach import models, panels, policies  # noqa: F401  (registers policies and panels)

        for model in (models.Event, models.Question, models.Cooperation, models.CooperationActivity):
            track(model)
