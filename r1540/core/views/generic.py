"""Generic list, detail and edit views. Each model's views only declare their parts:
the model, the FilterSet, the table, the form. Access is always the model's policy."""

from __future__ import annotations

import datetime
import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, DetailView, UpdateView
from django_filters.views import FilterView
from django_tables2.export import ExportMixin
from django_tables2.views import SingleTableMixin

from r1540.core import audit, roles
from r1540.core.exports import OpenDataExport
from r1540.core.filters import BoundedPaginator
from r1540.core.permissions import policy_for
from r1540.core.services import ConcurrentEditError, audited_save


def add_validation_error(form, error: ValidationError) -> None:
    """Put a service's validation error on the form: on its field where the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def committee_only(view):
    """A page for the Committee (delegations, experts, secretariat): the anonymous are sent to
    sign in, other roles refused."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not roles.is_committee(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class PolicyMixin:
    """Send the anonymous to the login page and refuse the signed-in who may not."""

    model = None

    @property
    def policy(self):
        return policy_for(self.model)

    def deny(self):
        if not self.request.user.is_authenticated:
            return redirect_to_login(self.request.get_full_path())
        raise PermissionDenied

    def dispatch(self, request, *args, **kwargs):
        if not self.policy.can_list(request.user):
            return self.deny()
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return self.policy.visible(self.request.user, super().get_queryset())


class ObjectListView(PolicyMixin, ExportMixin, SingleTableMixin, FilterView):
    """A filtered, sortable, paginated table, exportable as CSV, Excel or JSON (``?_export=csv``).
    An htmx request gets the table alone, so filtering does not reload the page."""

    template_name = "core/object_list.html"
    # The table paginates (django-tables2); FilterView must not paginate a second time.
    paginate_by = None
    table_pagination = {"per_page": 50, "paginator_class": BoundedPaginator}
    export_formats = ("csv", "xlsx", "json")
    export_class = OpenDataExport
    add_url_name: str | None = None
    intro: str = ""

    def get_export_filename(self, export_format):
        return "{}.{}".format(slugify(str(self.model._meta.verbose_name_plural)) or "export", export_format)

    def render_to_response(self, context, **kwargs):
        if self.request.GET.get(self.export_trigger_param) not in (None, *self.export_formats):
            raise Http404  # only the formats offered, not every one tablib knows
        return super().render_to_response(context, **kwargs)

    def get_template_names(self):
        if getattr(self.request, "htmx", False) and not self.request.htmx.boosted:
            return ["core/partials/object_table.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.model._meta.verbose_name_plural
        context["intro"] = self.intro
        context["can_add"] = bool(self.add_url_name) and self.policy.can_add(self.request.user)
        context["add_url_name"] = self.add_url_name
        context["export_formats"] = self.export_formats
        return context


def describe(obj, names) -> list[dict]:
    """The facts of ``obj`` to show: for a field name, its label and displayed value; for a
    ``(label, attribute)`` pair, the attribute (called if it is a method). Empty facts are left out."""
    facts = []
    for name in names:
        if isinstance(name, tuple):
            label, attribute = name
            value = getattr(obj, attribute)
            value = value() if callable(value) else value
        else:
            label = obj._meta.get_field(name).verbose_name
            display = getattr(obj, "get_{}_display".format(name), None)  # choices and coded lists
            value = display() if display else getattr(obj, name)
        if value in (None, "", []):
            continue
        if isinstance(value, bool):
            value = _("Yes") if value else _("No")
        elif isinstance(value, datetime.date):
            value = formats.date_format(value, "DATE_FORMAT")
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(item) for item in value)
        elif hasattr(value, "url") and hasattr(value, "name"):  # a file
            facts.append({"label": label, "value": value.name.rsplit("/", 1)[-1], "url": value.url})
            continue
        url = value.get_absolute_url() if hasattr(value, "get_absolute_url") else ""
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            url = value
        facts.append({"label": label, "value": value, "url": url})
    return facts


class ObjectDetailView(PolicyMixin, DetailView):
    """One object with its change history (for those who may see it). Declaring
    ``detail_fields`` is enough for the shared template to show it."""

    history_limit = 50
    detail_fields: list = []
    edit_url_name: str = ""
    list_url_name: str = ""

    def get_template_names(self):
        if self.template_name is None and self.detail_fields:
            return ["core/object_detail.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        obj = self.object
        context["can_change"] = self.policy.can_change(user, obj)
        context["facts"] = describe(obj, self.detail_fields)
        context["edit_url_name"] = self.edit_url_name
        context["list_url_name"] = self.list_url_name
        context["verbose_name_plural"] = self.model._meta.verbose_name_plural
        if audit.is_tracked(type(obj)) and self.policy.can_view_history(user, obj):
            context["history"] = audit.change_log(obj, limit=self.history_limit)
        return context


class AuditedFormMixin(PolicyMixin):
    """Save through the model's service: a reason is required and a concurrent edit is caught.

    ``service`` is the model's write (keyword-only: the object under ``service_argument``,
    ``actor``, ``reason``, ``expected_version``); core's audited save serves a model with no rule
    of its own. ``service_kwargs`` adds what else the service takes, such as a parent object. The
    form's many-to-many values go to the service too (``many_to_many``), so they are written, and
    kept in the history, inside the service's transaction.
    """

    template_name = "core/object_edit.html"
    service = staticmethod(audited_save)
    service_argument = "obj"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def service_kwargs(self, form) -> dict:
        """Further keyword arguments of the service."""
        return {}

    def save(self, form):
        many_to_many = {
            field.name: form.cleaned_data[field.name]
            for field in form.instance._meta.many_to_many
            if field.name in form.cleaned_data
        }
        extra = self.service_kwargs(form)
        if many_to_many:
            extra["many_to_many"] = many_to_many
        return type(self).service(
            **{self.service_argument: form.instance},
            actor=self.request.user,
            reason=form.cleaned_data.get("reason", ""),
            expected_version=form.cleaned_data.get("lock_version"),
            **extra,
        )

    def form_valid(self, form):
        try:
            self.object = self.save(form)
        except ConcurrentEditError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        except ValidationError as error:
            add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved. The change is recorded in the history."))
        return redirect(self.get_success_url())

    def get_success_url(self):
        return self.object.get_absolute_url()


class ObjectEditView(AuditedFormMixin, UpdateView):
    """Edit one object, if its policy lets this user change it. The form shows what is stored:
    the defaults of a new record (``create_initial``) never reach an edit."""

    def get_initial(self):
        return {}

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not self.policy.can_change(self.request.user, obj):
            raise PermissionDenied
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Edit {name}").format(name=self.object)
        context["cancel_url"] = self.object.get_absolute_url()
        return context


class ObjectCreateView(AuditedFormMixin, CreateView):
    """Add an object, if the model's policy lets this user add."""

    cancel_url_name: str = ""

    def create_initial(self) -> dict:
        """The form's defaults for a new record (today's date, the user's language …)."""
        return {}

    def get_initial(self):
        return {**super().get_initial(), **self.create_initial()}

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.policy.can_add(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Add {name}").format(name=self.model._meta.verbose_name)
        context["cancel_url"] = reverse(self.cancel_url_name) if self.cancel_url_name else "/"
        return context
