"""Normalize: ingested notice text → clean Simplified Chinese, damage repaired.

`normalize_notice(ingested)` is the stage's one entry point; see pipeline.py for the
order of the steps and edits.py for the offset map kept back to the ingested text.
"""
from normalize.pipeline import normalize_notice

__all__ = ["normalize_notice"]
