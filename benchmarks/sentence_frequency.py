"""Build the reference table of word weights the combine stage ships with
(``generator/combine/sentence_frequency.tsv``, read by ``combine/weights.py``).

    python benchmarks/sentence_frequency.py

The reference corpus: the five Timeline17 topics (2,567 articles of BBC,
CNN, Fox News, the Guardian, Reuters and the Washington Post, 2008-2011:
one sentence a paragraph there) and all of PolNeAR (840 articles of US
political news, 2015-2016: paragraphs split into sentences at a full stop,
question or exclamation mark before a capital). Neither is the news set the
events benchmark measures clustering on. For each content word (the
combine stage's own ``content_words``), the number of sentences it stands
in; words in fewer than ``MIN_SENTENCES`` are left out (the combine stage
weighs them, and words it has never seen, as the rarest).
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from scale_inputs import POLNEAR, ROOT, SHARED

sys.path.insert(0, str(ROOT))

from generator.combine.weights import TABLE, content_words  # noqa: E402
from generator.read.corpus import decode_article  # noqa: E402

MIN_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def reference_texts() -> list[str]:
    """The bodies of the reference corpus's articles."""
    paths = sorted((SHARED / "timeline17").glob("*/corpus/*.md"))
    texts = [decode_article(p.name, p.read_bytes()).body for p in paths]
    texts += [p.read_text(encoding="utf-8") for p in sorted((POLNEAR / "text").glob("*.txt"))]
    return texts


def sentences(text: str) -> list[str]:
    return [s for paragraph in text.split("\n") for s in _SENTENCE_END.split(paragraph) if s.strip()]


def main() -> int:
    texts = reference_texts()
    counted = [set(content_words(s)) for text in texts for s in sentences(text)]
    frequency = Counter(w for words in counted for w in words)
    kept = sorted((w, n) for w, n in frequency.items() if n >= MIN_SENTENCES)
    lines = [f"# sentences\t{len(counted)}", *(f"{w}\t{n}" for w, n in kept)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {len(texts)} articles, {len(counted)} sentences, {len(kept)} of {len(frequency)} words kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
