import factory

from r1540.core.models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: "user{}".format(n))
    email = factory.LazyAttribute(lambda o: "{}@example.org".format(o.username))
    password = factory.django.Password("a-long-test-password")
