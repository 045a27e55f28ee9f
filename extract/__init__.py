"""Extract: clean notice text → metadata, goals, assignments, deadlines (GUIDE §3–6).

`run_extraction(text, page_meta=…, script=…)` runs the registered components in order
(pipeline.py); each fact keeps the span of its words in the text.
"""
from extract.pipeline import ExtractionDoc, run_extraction

__all__ = ["ExtractionDoc", "run_extraction"]
