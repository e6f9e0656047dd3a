from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatricesConfig(AppConfig):
    name = "r1540.matrices"
    label = "matrices"
    verbose_name = _("1540 matrices")

    def ready(self) -> None:
        from r1540.core.audit import track
        from r1540.matrices import models, panels, policies  # noqa: F401  (registers policies and panels)

        for model in (models.MatrixTemplate, models.MatrixVersion, models.MatrixEntry, models.FieldResponse):
            track(model)
