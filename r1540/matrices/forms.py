"""Forms of the matrix review cycle."""

from django import forms
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import MAX_INTEGER, QueryForm
from r1540.core.forms import StyledForm, VersionField
from r1540.core.uploads import WorkbookFormField
from r1540.matrices import choices
from r1540.matrices.diffing import Cell
from r1540.matrices.workbook import CELL_ATTRIBUTES

REASON_HELP = _("Kept in the history with your name and the time.")


class ReasonForm(StyledForm):
    reason = forms.CharField(label=_("Reason"), help_text=REASON_HELP, max_length=500)


class SendForm(ReasonForm):
    comment_deadline_date = forms.DateField(label=_("Comments due"), widget=forms.DateInput(attrs={"type": "date"}))


class ApproveForm(ReasonForm):
    approved_date = forms.DateField(
        label=_("Date of Committee approval"), widget=forms.DateInput(attrs={"type": "date"})
    )
    meeting = forms.CharField(label=_("Approving meeting"), max_length=120, required=False)


class UploadForm(StyledForm):
    workbook = WorkbookFormField(
        label=_("Workbook (.xlsx)"), help_text=_("The workbook downloaded for this version, with your answers.")
    )


class CellForm(StyledForm):
    """What one field says."""

    value = forms.ChoiceField(label=_("Proposed value"), choices=choices.Value.choices, required=False)
    instrument = forms.CharField(label=_("Legal instrument"), max_length=300, required=False)
    article = forms.CharField(label=_("Article or section"), max_length=120, required=False)
    in_force_date = forms.DateField(
        label=_("In force since"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reference = forms.CharField(label=_("Link or document symbol"), max_length=500, required=False)
    remarks = forms.CharField(label=_("Remarks"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    source = forms.CharField(label=_("Source"), max_length=300, required=False)
    publishable = forms.BooleanField(label=_("May be published"), required=False)

    def cell(self) -> Cell:
        data = self.cleaned_data
        return Cell(
            **{name: data.get(name) or "" for name in CELL_ATTRIBUTES if name != "in_force_date"},
            in_force_date=data.get("in_force_date"),
            publishable=data["publishable"],
        )


class FieldEditForm(CellForm):
    reason = forms.CharField(label=_("Reason for the change"), help_text=REASON_HELP, max_length=500)
    lock_version = VersionField()  # of the field's entry; 0 while the field has none


class FieldResponseForm(CellForm):
    kind = forms.ChoiceField(label=_("Response"), choices=choices.ResponseKind.choices)
    lock_version = VersionField()  # of the answer already given; 0 while there is none
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False)

    field_order = ["kind", "comment"]

    def clean(self):
        data = super().clean()
        if data.get("kind") in ("contest", "supplement") and not data.get("comment"):
            self.add_error("comment", _("Say why you contest or supplement this field."))
        return data


class DiffQueryForm(QueryForm):
    """The version to compare with, by its id."""

    against = forms.IntegerField(
        min_value=1,
        max_value=MAX_INTEGER,
        required=False,
        error_messages={"invalid": _("Give the id of a version of the same State.")},
    )
