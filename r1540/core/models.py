"""Users and the abstract bases every r1540 model builds on."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from r1540.core.files import ProtectedFileField
from r1540.core.roles import Role


class BaseModel(models.Model):
    """Creation and update times for every row."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class AuditedModel(BaseModel):
    """A model whose every change is kept (who, when, before and after, why).

    Concrete models register their history with ``r1540.core.audit.track`` in their app's
    ``ready()``, after the translated fields exist. ``lock_version`` gives optimistic
    locking: a save based on an older version is refused (``core.services``).
    """

    lock_version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True


class DocumentFile(AuditedModel):
    """One language version of a document: an uploaded file or a link to where it is published.
    Concrete children add the foreign key to their document."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    original = models.BooleanField(_("original language"), default=False)
    file = ProtectedFileField(_("file"), folder="documents", blank=True)
    link = models.URLField(_("link"), blank=True, help_text=_("Where the file is published, if elsewhere."))
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(name="%(app_label)s_%(class)s_file_or_link", condition=~Q(file="") | ~Q(link="")),
        ]

    def url(self, request=None) -> str:
        if self.file:
            return request.build_absolute_uri(self.file.url) if request is not None else self.file.url
        return self.link


class R1540UserManager(UserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        extra_fields.setdefault("role", Role.ADMINISTRATOR)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in. The role decides what they see; POC and delegation roles are
    bound to one State, organization or Council seat."""

    role = models.CharField(_("role"), max_length=32, choices=Role.choices, blank=True)
    state = models.ForeignKey(
        "directory.State",
        verbose_name=_("State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("Required for State points of contact."),
    )
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("Required for organization points of contact."),
    )
    council_seat = models.ForeignKey(
        "directory.CouncilMembership",
        verbose_name=_("Council seat"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("Required for Committee delegations: the Council member and year."),
    )
    language = models.CharField(_("preferred language"), max_length=10, blank=True)
    is_demo = models.BooleanField(_("demo account"), default=False)
    calendar_feed_key = models.CharField(
        _("calendar feed key"),
        max_length=32,
        blank=True,
        editable=False,
        help_text=_("Part of the private calendar address; a new key revokes the old address."),
    )

    objects = R1540UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_state_iff_state_poc",
                condition=Q(role=Role.STATE_POC, state__isnull=False)
                | (~Q(role=Role.STATE_POC) & Q(state__isnull=True)),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_organization_iff_organization_poc",
                condition=Q(role=Role.ORGANIZATION_POC, organization__isnull=False)
                | (~Q(role=Role.ORGANIZATION_POC) & Q(organization__isnull=True)),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_seat_iff_delegation",
                condition=Q(role=Role.DELEGATION, council_seat__isnull=False)
                | (~Q(role=Role.DELEGATION) & Q(council_seat__isnull=True)),
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def binding(self):
        """The State, organization or Council seat the role is bound to, if any."""
        return self.state or self.organization or self.council_seat


class PasswordResetRequest(models.Model):
    """A password-reset mail that was sent (or would have been, for an unknown address): kept an
    hour, to limit the mails per address and per client."""

    email = models.CharField(_("e-mail address"), max_length=254, db_index=True)
    ip_address = models.GenericIPAddressField(_("client address"), null=True, blank=True, db_index=True)
    requested_at = models.DateTimeField(_("requested"), db_index=True)

    class Meta:
        verbose_name = _("password-reset request")
        verbose_name_plural = _("password-reset requests")

    def __str__(self) -> str:
        return "{} {}".format(self.email, self.requested_at)
