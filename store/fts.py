"""Chinese full-text search: one jieba segmentation for the index and for queries.

SQLite's FTS5 tokenizers cannot split Chinese into words, so the store segments text
itself and indexes the words joined by spaces. The index uses `cut_for_search`, which
adds the dictionary sub-words of long words (`跨国公司` → 跨国, 公司, 跨国公司), so
two-character queries find longer words. Queries are cut with the same dictionary; each
word becomes a quoted FTS phrase, so nothing a user types is FTS or SQL syntax.

The store has its own jieba `Tokenizer` with a user dictionary of government units
(`市发展改革委` stays one word) instead of loading that dictionary into jieba's global
instance, which other stages share. It is built on first use, not at import.
"""
from __future__ import annotations

import logging
import threading

from store.canon import DATA, LEVELS, _lines, unit_alias_names

log = logging.getLogger(__name__)

_lock = threading.Lock()
_tokenizer = None
# High enough that a unit name beats the general dictionary's split of it.
_USER_FREQ = 2000


def user_words() -> list[str]:
    """The unit vocabulary of unit_dict.txt and unit_aliases.tsv, level variants included."""
    words: list[str] = []
    starred = [line.strip() for line in _lines("unit_dict.txt")]
    starred += ["*" + name for name in unit_alias_names()]
    for line in starred:
        if line.startswith("*"):
            base = line[1:]
            words.append(base)
            words.extend(level + base for level in LEVELS[:4])
        else:
            words.append(line)
    return list(dict.fromkeys(words))


def tokenizer():
    """The store's jieba tokenizer, with the unit dictionary loaded (once, lazily)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                for word in user_words():
                    tok.add_word(word, freq=_USER_FREQ)
                log.debug("store segmenter ready with %d unit words from %s", len(user_words()), DATA)
                _tokenizer = tok
    return _tokenizer


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def index_tokens(text: str) -> str:
    """The text as space-separated search words, for the FTS `tokens` column."""
    return " ".join(t for t in tokenizer().cut_for_search(text, HMM=False) if _is_word(t))


def query_words(query: str) -> list[str]:
    """The words a query is looked up by: jieba's words of it, punctuation dropped."""
    return [t for t in tokenizer().cut(query.strip(), HMM=False) if _is_word(t)]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression that finds every word of the query, each a quoted phrase.

    Quoting makes `"`, `*`, `NEAR`, `-`, `OR` and `:` plain text; the expression is still
    passed to SQLite as a parameter. None when the query has no word in it.
    """
    words = query_words(query)
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(words))
