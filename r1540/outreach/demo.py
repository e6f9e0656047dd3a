"""The real FAQ, training courses, events and cooperation from the files; the invented events
and cooperation activities of the ``demo_*.csv`` files, labelled demo."""

from django.db import transaction

from r1540.outreach import services


@transaction.atomic
def load(*, stdout=None) -> None:
    real = services.outreach_load()
    demo = services.outreach_load(demo=True)
    if stdout is not None:
        stdout.write("Outreach: {}; demo events and cooperation activities: {}".format(real, demo))
