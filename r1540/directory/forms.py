"""Edit forms of the directory."""

from django import forms
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import AuditedModelForm, StyledForm
from r1540.core.i18n import translated_fields
from r1540.directory.choices import PocLocation
from r1540.directory.models import Organization, Person, PointOfContact, State

NOTES_WIDGETS = {column: forms.Textarea(attrs={"rows": 2}) for column in translated_fields("notes")}


class StateForm(AuditedModelForm):
    class Meta:
        model = State
        fields = [
            *translated_fields("name"),
            "regional_group",
            "regional_group_status",
            "also_participates_in",
            *translated_fields("notes"),
        ]
        widgets = NOTES_WIDGETS


class OrganizationForm(AuditedModelForm):
    class Meta:
        model = Organization
        fields = [
            "acronym",
            *translated_fields("name"),
            "kind",
            "region",
            "parent",
            "website",
            *translated_fields("notes"),
        ]
        widgets = NOTES_WIDGETS


class PersonFieldsForm(StyledForm):
    """The person behind a POC, edited together with the POC."""

    honorific = forms.CharField(label=_("Honorific"), max_length=40, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=80, required=False)
    family_name = forms.CharField(label=_("Family name"), max_length=80)
    job_title = forms.CharField(label=_("Title"), max_length=160, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)

    PERSON_FIELDS = ("honorific", "given_name", "family_name", "job_title", "email", "phone")

    def apply_to(self, person: Person) -> Person:
        for name in self.PERSON_FIELDS:
            setattr(person, name, self.cleaned_data[name])
        return person


class PointOfContactForm(AuditedModelForm):
    """Update a POC's details (its person and its role)."""

    class Meta:
        model = PointOfContact
        fields = ["location", "institution"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.person_form = PersonFieldsForm(
            self.data or None,
            initial={name: getattr(self.instance.person, name) for name in PersonFieldsForm.PERSON_FIELDS},
            prefix="person",
        )
        allowed = (
            [PocLocation.HEADQUARTERS] if self.instance.organization_id else [PocLocation.CAPITAL, PocLocation.MISSION]
        )
        self.fields["location"].choices = [(value, label) for value, label in PocLocation.choices if value in allowed]

    def is_valid(self) -> bool:
        return all([super().is_valid(), self.person_form.is_valid()])


class PointOfContactDesignateForm(PersonFieldsForm):
    """A new POC designated by a State or an organization."""

    location = forms.ChoiceField(label=_("Location"), choices=PocLocation.choices)
    institution = forms.CharField(label=_("Institution"), max_length=200, required=False)
    designated_date = forms.DateField(label=_("Designated on"), widget=forms.DateInput(attrs={"type": "date"}))
    reference_text = forms.CharField(
        label=_("Reference"),
        max_length=120,
        required=False,
        help_text=_("For example the note verbale that notified it."),
    )
    replaces = forms.ModelChoiceField(
        label=_("Replaces"),
        queryset=PointOfContact.objects.none(),
        required=False,
        empty_label=_("Nobody (an additional POC)"),
    )
    reason = forms.CharField(label=_("Reason for the change"), widget=forms.Textarea(attrs={"rows": 2}), max_length=500)

    def __init__(self, *args, party, **kwargs):
        super().__init__(*args, **kwargs)
        self.party = party
        allowed = (
            [PocLocation.HEADQUARTERS]
            if isinstance(party, Organization)
            else [PocLocation.CAPITAL, PocLocation.MISSION]
        )
        self.fields["location"].choices = [(value, label) for value, label in PocLocation.choices if value in allowed]
        current = party.points_of_contact.active().select_related("person")
        self.fields["replaces"].queryset = current
