"""Account security: who the client is, the password-reset mail limit, and two-factor devices
(TOTP with recovery codes, through django-otp).

Writes here follow the services' rules (keyword-only, atomic); the views stay thin.
"""

from __future__ import annotations

import base64
import datetime
import io
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import DEVICE_ID_SESSION_KEY, devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from r1540.core import roles

if TYPE_CHECKING:
    from django.http import HttpRequest

    from r1540.core.models import User

RECOVERY_DEVICE_NAME = "recovery"
RECOVERY_CODE_COUNT = 10
DEMO_DEVICE_NAME = "demo authenticator (DEMO ONLY, key published in the README)"
#: The demo administrator's TOTP key: public on purpose, like the demo password.
DEMO_TOTP_KEY = b"r1540-demo-totp-key!".hex()

#: Where a sign-in waits between the password and the code.
PENDING_SESSION_KEY = "r1540_2fa_pending"
PENDING_MAX_AGE = datetime.timedelta(minutes=5)
#: The key of the authenticator being set up, until its first code confirms it.
TOTP_SETUP_SESSION_KEY = "r1540_totp_setup_key"


# --- The client's address -------------------------------------------------------------------


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, trusting ``X-Forwarded-For`` only as far as ``NUM_PROXIES`` proxies
    (DRF's rule, so the API throttle, the sign-in lock-out and the reset limit agree)."""
    remote_addr = request.META.get("REMOTE_ADDR") or None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    proxies = settings.NUM_PROXIES
    if not proxies or not forwarded:
        return remote_addr
    addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
    if not addresses:
        return remote_addr
    return addresses[-min(proxies, len(addresses))]


# --- Password-reset mail limit ----------------------------------------------------------------


@transaction.atomic
def password_reset_request_allow(*, email: str, ip_address: str | None) -> bool:
    """Record a request for a reset mail and say whether a mail may go: at most
    ``R1540_PASSWORD_RESET_PER_EMAIL`` an hour for one address and
    ``R1540_PASSWORD_RESET_PER_CLIENT`` an hour from one client. A refused request is not
    recorded, so refusals do not extend the wait."""
    from r1540.core.models import PasswordResetRequest

    now = timezone.now()
    window_start = now - datetime.timedelta(hours=1)
    PasswordResetRequest.objects.filter(requested_at__lt=window_start).delete()
    email = (email or "").strip().lower()
    recent = PasswordResetRequest.objects.filter(requested_at__gte=window_start)
    if recent.filter(email=email).count() >= settings.R1540_PASSWORD_RESET_PER_EMAIL:
        return False
    if ip_address and recent.filter(ip_address=ip_address).count() >= settings.R1540_PASSWORD_RESET_PER_CLIENT:
        return False
    PasswordResetRequest.objects.create(email=email, ip_address=ip_address, requested_at=now)
    return True


# --- Two-factor: who and what ---------------------------------------------------------------


def two_factor_offered(user) -> bool:
    return roles.role_of(user) in settings.R1540_TWO_FACTOR_ROLES


def two_factor_required(user) -> bool:
    return roles.role_of(user) in settings.R1540_TWO_FACTOR_REQUIRED_ROLES


def has_confirmed_device(user) -> bool:
    """A confirmed authenticator (TOTP). Recovery codes alone do not count: they back one up."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def session_is_verified(request: HttpRequest) -> bool:
    user = request.user
    return bool(getattr(user, "is_verified", None) and user.is_verified())


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def totp_key_base32(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode()


def totp_provisioning(device: TOTPDevice) -> dict[str, str]:
    """What the set-up page shows: the key in base32 (to type) and a QR code (inline SVG)."""
    import qrcode
    import qrcode.image.svg

    out = io.BytesIO()
    qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage).save(out)
    svg = out.getvalue().decode()
    svg = svg[svg.index("<svg") :]  # no XML declaration inside HTML
    return {
        "key": totp_key_base32(device),
        "qr_svg": svg,
        "config_url": device.config_url,
    }


# --- Two-factor: writes -----------------------------------------------------------------------


def totp_device_pending(request: HttpRequest) -> TOTPDevice:
    """The authenticator the user is setting up, not saved: its key waits in the session until a
    first code confirms it, so showing the set-up page writes no row (a read never writes)."""
    key = request.session.get(TOTP_SETUP_SESSION_KEY)
    if not key:
        key = default_key()
        request.session[TOTP_SETUP_SESSION_KEY] = key
    return TOTPDevice(user=request.user, name=str(_("Authenticator app")), key=key, confirmed=False)


@transaction.atomic
def totp_device_confirm(*, request: HttpRequest, token: str) -> list[str] | None:
    """Confirm the authenticator set up in this session with a first code; mark the session
    verified and give the user fresh recovery codes (returned, to be shown once). ``None`` if the
    code is wrong. The row is written here, on the first try, so the back-off after wrong codes
    holds across tries."""
    pending = totp_device_pending(request)
    device, _created = TOTPDevice.objects.select_for_update().get_or_create(
        user=request.user, confirmed=False, key=pending.key, defaults={"name": pending.name}
    )
    if not device.verify_token(token):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    # Only one authenticator: a confirmed one replaces any older.
    TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
    request.session.pop(TOTP_SETUP_SESSION_KEY, None)
    otp_session_login(request, device)
    return recovery_codes_create(user=request.user)


@transaction.atomic
def recovery_codes_create(*, user: User) -> list[str]:
    """Ten new single-use recovery codes; the old ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def api_token_rotate(*, user: User):
    """A new API token for ``user``; the old one stops working."""
    from rest_framework.authtoken.models import Token

    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


@transaction.atomic
def two_factor_disable(*, user: User) -> None:
    """Remove the authenticator and the recovery codes."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()


def verify_code(*, user: User, token: str):
    """The device (authenticator or recovery code) that accepts ``token``, or ``None``.

    Each device throttles its own failures (django-otp), and a recovery code is used up."""
    token = "".join((token or "").split()).lower()
    if not token or len(token) > 16:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_is_allowed()[0] and device.verify_token(token):
                return device
    return None


def otp_session_login(request: HttpRequest, device) -> None:
    """Mark the session as verified by ``device``."""
    request.session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    request.user.otp_device = device


@transaction.atomic
def demo_totp_device_ensure(*, user: User) -> TOTPDevice:
    """The demo administrator's authenticator, with the key published in the README (demo only)."""
    if not user.is_demo:
        raise ValueError("Only a demo account gets the published demo key.")
    device, _created = TOTPDevice.objects.get_or_create(user=user, name=DEMO_DEVICE_NAME)
    if device.key != DEMO_TOTP_KEY or not device.confirmed:
        device.key = DEMO_TOTP_KEY
        device.confirmed = True
        device.save()
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    return device


def new_calendar_feed_key() -> str:
    return secrets.token_hex(16)
