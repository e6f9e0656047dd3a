"""The real FAQ, training courses and events from the files; the invented events of
``demo_events.csv``, labelled demo."""

from django.db import transaction

from r1540.outreach import services


@transaction.atomic
def load(*, stdout=None) -> None:
    real = services.outreach_load()
    demo = services.outreach_load(demo=True)
    if stdout is not None:
        stdout.write("Outreach: {}; demo events: {}".format(real, demo))
