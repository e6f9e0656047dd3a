"""Background work of the assistance mechanism."""

from r1540.core.tasking import task


@task(queue_name="default")
def embed_text(*, kind: str, pk: int) -> bool:
    """Embed one request's or offer's text once it is saved (a no-op if it has not changed)."""
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest
    from r1540.assistance.services import embedding_refresh

    model = AssistanceRequest if kind == "request" else AssistanceOffer
    obj = model.objects.filter(pk=pk).first()
    return obj is not None and embedding_refresh(obj)
