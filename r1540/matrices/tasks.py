"""Background work of the matrices."""

from r1540.core.tasking import task


@task(queue_name="default")
def build_download(*, subject: str, kind: str, audience: str, language: str) -> str:
    """Build one of the matrices' expensive downloads and keep it (``matrices.downloads``); a
    second run for the same data finds the file and does nothing. Returns what it did
    (``built``, ``kept``, ``changed`` or ``gone``)."""
    from r1540.matrices import downloads

    download = downloads.Download(subject=subject, kind=kind, audience=audience, language=language)
    return downloads.store(download)
