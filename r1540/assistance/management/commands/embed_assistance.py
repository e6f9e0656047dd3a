"""Embed every request and offer whose text changed since it was last embedded (for instance
after the encoder is upgraded); the background task does it one by one as they are saved."""

from django.core.management.base import BaseCommand

from r1540.assistance import services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest


class Command(BaseCommand):
    help = "Compute the missing or stale embeddings of assistance requests and offers."

    def handle(self, *args, **options):
        count = services.embeddings_refresh(AssistanceRequest.objects.all())
        count += services.embeddings_refresh(AssistanceOffer.objects.all())
        self.stdout.write(self.style.SUCCESS("{} texts embedded.".format(count)))
