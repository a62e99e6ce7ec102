"""Stage 3, combine: the extractions of a whole corpus → one ``Timeline``
(people across sources, mentions clustered into events, ids kept)."""
