import factory

from r1540.directory.tests.factories import StateFactory
from r1540.matrices import models


class MatrixTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MatrixTemplate
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: "t{}".format(n))
    year = 2017
    title_en = factory.LazyAttribute(lambda o: "Matrix template {}".format(o.code))


class MatrixSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MatrixSection

    template = factory.SubFactory(MatrixTemplateFactory)
    code = factory.Sequence(lambda n: "s{}".format(n))
    order = factory.Sequence(lambda n: n)
    title_en = factory.LazyAttribute(lambda o: "Section {}".format(o.code))
    layout = "grid"


class MatrixRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MatrixRow

    section = factory.SubFactory(MatrixSectionFactory)
    template = factory.LazyAttribute(lambda o: o.section.template)
    code = factory.Sequence(lambda n: "r{:03d}".format(n))
    order = factory.Sequence(lambda n: n)
    title_en = factory.LazyAttribute(lambda o: "Row {}".format(o.code))
    weapons = "nuclear chemical biological"
    columns = "legal_framework enforcement"


class MatrixVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MatrixVersion

    state = factory.SubFactory(StateFactory)
    template = factory.SubFactory(MatrixTemplateFactory)
    number = factory.Sequence(lambda n: n + 1)
    stage = "draft"


class MatrixEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MatrixEntry

    version = factory.SubFactory(MatrixVersionFactory)
    row = factory.SubFactory(MatrixRowFactory)
    weapon = "nuclear"
    column = "legal_framework"
    value = "X"


def small_template(code: str = "test"):
    """A template of two sections: OP 1 instruments (two rows) and an OP 2 grid (two rows)."""
    template = MatrixTemplateFactory(code=code, title_en="Test template")
    op1 = MatrixSectionFactory(template=template, code="op1", order=1, title_en="OP 1", layout="instruments")
    op2 = MatrixSectionFactory(template=template, code="op2", order=2, title_en="OP 2", layout="grid")
    MatrixRowFactory(section=op1, code="op1.01", order=1, title_en="NPT", weapons="", columns="")
    MatrixRowFactory(section=op1, code="op1.07", order=2, title_en="CWC", weapons="", columns="")
    MatrixRowFactory(section=op2, code="op2.01", order=1, title_en="Manufacture / produce")
    MatrixRowFactory(section=op2, code="op2.13", order=2, title_en="Means of delivery", weapons="delivery")
    return template
