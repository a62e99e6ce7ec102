"""The records passed between the pipeline's stages (split by stage in the next commit)."""
from .extraction import *  # noqa: F401,F403
