"""Queue today's reminders (run daily from cron or a systemd timer)."""

from django.core.management.base import BaseCommand

from r1540.programme.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail everyone the deadlines coming up and the overdue items they owe."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        result = send_reminders.enqueue(today=options["today"])
        self.stdout.write(self.style.SUCCESS("Reminders queued ({}).".format(result.id)))
