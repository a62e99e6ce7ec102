"""Imported by the fork server that starts ``--cluster local:N``'s workers
(``dask_cluster.start_fork_server``): Dask, the extractor and the spaCy model
loaded once there, so that every worker forked from it starts with them."""
from . import nlp
from .dask_cluster import worker_version

nlp.load()
worker_version()
