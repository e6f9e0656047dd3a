import factory

from r1540.core.models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: "user{}".format(n))
    email = factory.LazyAttribute(lambda o: "{}@example.org".format(o.username))
    password = factory.django.Password("a-long-test-password")


def confirmed_totp_device(user):
    """A confirmed authenticator for ``user``; ``current_code(device)`` gives its code now."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=user, name="test authenticator", confirmed=True)


def current_code(device) -> str:
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return "{:06d}".format(totp.token())
