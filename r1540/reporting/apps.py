from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "r1540.reporting"
    label = "reporting"
    verbose_name = _("National reporting")

    def ready(self) -> None:
        from r1540.core.audit import track
        from r1540.reporting import models, panels, policies  # noqa: F401  (registers policies and panels)

        for model in (
            models.NationalReport,
            models.ReportFile,
            models.DialogueEntry,
            models.Adherence,
            models.ActionPlan,
            models.ActionPlanFile,
            models.ActionPlanFollowUp,
            models.EffectivePractice,
            models.ControlList,
        ):
            track(model)
