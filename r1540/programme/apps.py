from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "r1540.programme"
    label = "programme"
    verbose_name = _("Programme of work")

    def ready(self) -> None:
        from r1540.core.audit import track
        from r1540.programme import models, panels, policies  # noqa: F401  (registers policies and panels)

        for model in (
            models.ProgrammeItem,
            models.Meeting,
            models.MeetingParticipant,
            models.MeetingDocument,
            models.MeetingDocumentFile,
            models.Letter,
            models.WorkingGroupMember,
            models.ReviewDecision,
            models.ReviewSection,
        ):
            track(model)
