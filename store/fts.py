"""Chinese full-text search: character bigrams in the index, jieba words in queries.

SQLite's FTS5 tokenizers cannot split Chinese. The index holds each run of Han
characters as its overlapping bigrams (`招商引资` → 招商 商引 引资) and other letters
and digits as words, joined by spaces for FTS5's `unicode61` tokenizer. A query word is
then matched as the phrase of its bigrams, which is exactly "this text contains that
word": no segmentation decision at index time can hide a substring from a query, and
indexing costs no segmentation at all (a jieba pass over every notice cost as much as
the rest of storing it).

Queries are cut into words by jieba, with a user dictionary of government units so
`市发展改革委` stays one word. `match_expression` finds documents holding every word
of the query, in any order; `exact_expression` the query's own words in its order.
Every word is a quoted phrase passed as a parameter, so nothing a user types is FTS or
SQL syntax.

The store has its own jieba `Tokenizer` instead of loading the unit dictionary into
jieba's global instance, which other stages share. It is built on first use.
"""
from __future__ import annotations

import getpass
import logging
import os
import re
import tempfile
import threading
from operator import add

from policydb.han import HAN
from store.canon import DATA, LEVELS, _lines, unit_alias_names

log = logging.getLogger(__name__)

# Han characters, the supplementary planes too: a rare name character is still a token.
_HAN = HAN + "\U00020000-\U0003134f"
# A run of Han characters, or a run of other letters and digits (full-width ones too).
_RUN = re.compile(f"([{_HAN}]+)|([^\\W{_HAN}_]+)")

_lock = threading.Lock()
_tokenizer = None
# High enough that a unit name beats the general dictionary's split of it.
_USER_FREQ = 2000


def tokens(text: str) -> list[str]:
    """The index tokens of a text, in reading order: each Han run's bigrams and its last
    character alone (so a one-character query finds a run's end too), and lower-cased
    words of other letters and digits."""
    out: list[str] = []
    for han, other in _RUN.findall(text):
        if other:
            out.append(other.lower())
        else:
            out.extend(map(add, han, han[1:]))  # the bigrams, pairwise in C
            out.append(han[-1])
    return out


def _runs(text: str) -> list[tuple[str, str]]:
    return [match.groups() for match in _RUN.finditer(text)]


def _run_phrase(han: str, other: str) -> str:
    """The FTS5 phrase that finds a run (a Han run as the chain of its bigrams) anywhere."""
    if other:
        return f'"{other.lower()}"'
    if len(han) == 1:
        # A bigram starting with it, or a run ending with it (a prefix query).
        return f'"{han}" *'
    return '"' + " ".join(han[i:i + 2] for i in range(len(han) - 1)) + '"'


def index_tokens(text: str) -> str:
    """The text as space-separated tokens, for the FTS `tokens` column."""
    return " ".join(tokens(text))


def task_tokens(task_text: str, unit_names: list[str]) -> str:
    """A task's index tokens: its text, and the names of its units as printed and
    canonical, so a search for 市商务局 (or 沧州市商务局) finds the tasks that unit is named on."""
    return index_tokens(" ".join([task_text, *dict.fromkeys(unit_names)]))


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


def jieba_cache_dir() -> str | None:
    """A folder of ours, writable, for jieba's dictionary cache: $XDG_CACHE_HOME/policydb
    (~/.cache/policydb), else one in the system's temp folder named for the user; None
    (jieba's own choice) when neither can be made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    for folder in (os.path.join(base, "policydb"), os.path.join(tempfile.gettempdir(), f"policydb-{user}")):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    return None


def tokenizer():
    """The store's jieba tokenizer, with the unit dictionary loaded (once, lazily)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                # jieba caches its dictionary in /tmp/jieba.cache, a file another user may
                # own (then every query logged two tracebacks): ours lives in our own folder.
                tok.tmp_dir = jieba_cache_dir()
                tok.initialize()
                for word in user_words():
                    tok.add_word(word, freq=_USER_FREQ)
                log.debug("store segmenter ready with %d unit words from %s", len(user_words()), DATA)
                _tokenizer = tok
    return _tokenizer


def query_words(query: str) -> list[str]:
    """The words a query is looked up by: jieba's words of it, punctuation dropped.

    Single characters (的, 和) are dropped when the query has longer words: they narrow
    nothing and a prefix query for each is slow on a large store."""
    words = [w for w in tokenizer().cut(query.strip(), HMM=False) if _runs(w)]
    longer = [w for w in words if len(w) > 1]
    return list(dict.fromkeys(longer or words))


def _phrases(text: str) -> str | None:
    """All runs of `text`, each as a phrase (text split by punctuation: each piece).

    A lone Han character beside longer pieces (`区)和省级以上`) is left out: it narrows
    almost nothing, and its prefix query is the dearest an index can be asked."""
    phrases = [_run_phrase(han, other) for han, other in _runs(text)]
    longer = [p for p in phrases if not p.endswith("*")]
    return " AND ".join(dict.fromkeys(longer or phrases)) or None


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for documents holding every word of the query, in any
    order; None when the query has no word in it."""
    phrases = [p for p in (_phrases(w) for w in query_words(query)) if p]
    return " AND ".join(dict.fromkeys(phrases)) or None


def exact_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for documents holding the query as written (each piece
    between punctuation as one stretch of text); None when it has no word in it."""
    return _phrases(query)
