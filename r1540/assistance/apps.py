from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistanceConfig(AppConfig):
    name = "r1540.assistance"
    label = "assistance"
    verbose_name = _("Assistance")

    def ready(self) -> None:
        from r1540.assistance import models, panels, policies  # noqa: F401  (registers policies and panels)
        from r1540.core.audit import track

        # The stored vectors are derived from the text, which has its history already.
        track(models.AssistanceRequest, excluded_fields=["embedding", "embedding_key"])
        track(models.AssistanceOffer, excluded_fields=["embedding", "embedding_key"])
        track(models.Match)
        track(models.Communication)
