"""Word and word-pair features: which n-grams a line uses, weighted by how rare they are.

The sentence embedding carries meaning but blurs the exact phrases a behaviour hangs on
("day or night", "between us", "make it quick"); these features keep them, and the classifier
learns their weights from the labelled lines instead of us writing more rules. The vocabulary
and its idf weights are fitted on the training lines and stored with the model weights.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from coachsim.detect.text import norm

_TOKEN = re.compile(r"[a-z0-9']+|[?!]")
MIN_DF = 4  # an n-gram must occur in this many training lines to become a feature


def grams(text: str | None) -> set[str]:
    """The words and adjacent word pairs of the normalised text ("?" and "!" count as words)."""
    words = _TOKEN.findall(norm(text))
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


@dataclass
class NgramVocab:
    """n-gram -> column, with smoothed idf weights; rows are L2-normalised."""

    terms: tuple[str, ...]
    idf: np.ndarray  # (len(terms),)
    _index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = {t: i for i, t in enumerate(self.terms)}

    @classmethod
    def fit(cls, texts: Iterable[str], min_df: int = MIN_DF) -> NgramVocab:
        docs = [grams(t) for t in texts]
        df = Counter(g for d in docs for g in d)
        terms = tuple(sorted(g for g, n in df.items() if n >= min_df))
        idf = np.array([np.log((1 + len(docs)) / (1 + df[t])) + 1 for t in terms])
        return cls(terms, idf.astype(np.float32))

    def __len__(self) -> int:
        return len(self.terms)

    def transform(self, texts: Sequence[str | None]) -> np.ndarray:
        M = np.zeros((len(texts), len(self.terms)), dtype=np.float32)
        for row, text in enumerate(texts):
            cols = [j for g in grams(text) if (j := self._index.get(g)) is not None]
            M[row, cols] = self.idf[cols]
        norms = np.linalg.norm(M, axis=1, keepdims=True)
        return M / np.clip(norms, 1e-9, None)
