"""Background work of the platform itself."""

from django.core.mail import EmailMultiAlternatives

from r1540.core.tasking import task


@task(queue_name="mail")
def send_email(*, subject: str, body: str, to: list[str], html_body: str | None = None) -> int:
    """Send one e-mail; a slow or failing mail server never holds up a page."""
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    if html_body:
        message.attach_alternative(html_body, "text/html")
    return message.send()
