"""Regex helpers shared by the stages' rule tables."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from re import _constants as sre_c  # the op codes of a parsed pattern
from re import _parser as sre_parse  # (no public API parses a pattern)

NEVER = re.compile("(?!)")  # matches nowhere, not even in an empty string
# A character class wider than this gives no words (a-z does; CJK ranges do not).
_MAX_CLASS_WORDS = 64
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
# A numbered heading or item opening a line (二、 (一) 1.): never a title, a label's value
# or a headline. A copy may space the mark off its number (1 . 严格管控…).
HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+ ?、|[（(][一二三四五六七八九十\d]+[)）]"
                            r"|\d+ ?[.、．](?!\d))")


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern that matches wherever any of `patterns` would; never, for none.

    It answers *whether* a rule list can match a text in one search, before the rules
    are tried in their order (the alternation does not tell which rule comes first).
    The patterns must not use global inline flags or numbered backreferences, which do
    not survive being joined.
    """
    joined = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(joined) if joined else NEVER


@dataclass(frozen=True)
class AnyOfSplit:
    """`any_of`, tried one alternative at a time, and only the alternatives that can match
    the text.

    A joined alternation tries every alternative at every position, and a line's rules
    (one per kind of furniture) are mostly no match at all. An alternative anchored at the
    text's start is tried where the text starts with a character it can start with; any
    other has words one of which every match holds (`required_words`), and one search for
    all the words finds the few worth trying (most lines hold a word of none). Lines go
    about 3 times as fast as through the joined alternation.
    """

    by_first: dict[str, tuple[Callable[[str], re.Match[str] | None], ...]]  # anchored, by first character
    always: tuple[Callable[[str], re.Match[str] | None], ...]  # alternatives that tell neither
    words: re.Pattern[str] | None  # every alternative's words, longest first; None for none
    # word -> the alternatives of that word and of the words it starts with (where a word
    # is found, those are there too, unreported by the leftmost-longest search)
    tests: dict[str, tuple[Callable[[str], re.Match[str] | None], ...]]

    def found_in(self, text: str) -> bool:
        # Plain loops, not any() over generators: most texts match no test, and making a
        # generator for each list of tests cost as much as the tests it ran.
        for test in self.by_first.get(text[:1], ()):
            if test(text) is not None:
                return True
        for test in self.always:
            if test(text) is not None:
                return True
        found = self.words.search(text) if self.words is not None else None
        tried: set[str] = set()
        while found is not None:
            word = found.group()
            if word not in tried:
                tried.add(word)
                if any(test(text) is not None for test in self.tests[word]):
                    return True
            # Words may overlap: the next search starts one character on.
            found = self.words.search(text, found.start() + 1)
        return False


def any_of_split(patterns: Iterable[str]) -> AnyOfSplit:
    """Whether any of `patterns` matches a text, as `any_of(patterns).search` says, in
    fewer steps. (Without re.MULTILINE, which joined patterns cannot carry, ^ is the
    text's start: `^x` searched is `x` matched.)"""
    by_first: dict[str, list[Callable[[str], re.Match[str] | None]]] = {}
    always: list[Callable[[str], re.Match[str] | None]] = []
    by_word: dict[str, list[Callable[[str], re.Match[str] | None]]] = {}
    for pattern in patterns:
        for branch in top_level_branches(pattern):
            if branch.startswith("^"):
                test = re.compile(branch[1:]).match
                if (firsts := first_characters(branch[1:])) is not None:
                    for char in firsts:
                        by_first.setdefault(char, []).append(test)
                    continue
            else:
                test = re.compile(branch).search
            words = required_words(branch)
            if words is None:
                always.append(test)
            for word in words or ():
                by_word.setdefault(word, []).append(test)
    ordered = sorted(by_word, key=len, reverse=True)
    tests = {word: tuple(t for w in ordered if word.startswith(w) for t in by_word[w]) for word in ordered}
    words = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    return AnyOfSplit({char: tuple(ts) for char, ts in by_first.items()}, tuple(always), words, tests)


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (`(?:摘要|提要)：` → 摘, 提), or None
    when its parse does not tell (a first item that may match nothing, a wide class)."""
    members = _first_members(pattern)
    if members is None:
        return None
    return _few_characters(members)


def _few_characters(members: list[tuple[object, object]]) -> frozenset[str] | None:
    """The characters parsed members (literals, narrow ranges) stand for, or None where one
    is anything else: a category, a negated class, a wide range."""
    chars: set[str] = set()
    for op, av in members:
        if op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < _MAX_CLASS_WORDS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(chars)


def first_class(pattern: str) -> str | None:
    """A character class of the characters a match of `pattern` can start with
    (`(?:自|从)?\\d+日` → `[自从\\d]`), or None when its parse does not tell.

    `(?=[…])` before a pattern changes no match, but turns most positions of a text down
    at one test: without a literal to look for, re tries the whole pattern at each one."""
    members = _first_members(pattern)
    if members is None:
        return None
    out = []
    for op, av in members:
        if op is sre_c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre_c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre_c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return f"[{''.join(out)}]"


_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_WORD: r"\w"}


def _first_members(pattern: str) -> list[tuple[object, object]] | None:
    """The class members (literals, ranges, categories) a match starts with one of."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    members, may_be_empty = _starts(parsed.data)
    return None if may_be_empty else members


def _starts(items: list) -> tuple[list[tuple[object, object]] | None, bool]:
    """What a sequence of parsed items can start with, and whether it can match nothing
    (then what follows it can start the match too); None for what the parse does not tell."""
    members: list[tuple[object, object]] = []
    for op, av in items:
        if op is sre_c.ASSERT or op is sre_c.ASSERT_NOT or op is sre_c.AT:
            continue  # it looks without taking a character: a later item takes the first
        if op is sre_c.LITERAL:
            return [*members, (op, av)], False
        if op is sre_c.IN:
            if any(member is sre_c.NEGATE for member, _ in av):
                return None, False
            return [*members, *av], False
        if op is sre_c.SUBPATTERN and not av[1] & re.IGNORECASE:
            of_item, may_be_empty = _starts(av[3].data)
        elif op is sre_c.BRANCH:
            of_item, may_be_empty = [], False
            for alternative in av[1]:
                of_one, empty = _starts(alternative.data)
                if of_one is None:
                    return None, False
                of_item += of_one
                may_be_empty = may_be_empty or empty
        elif op in _REPEATS:
            of_item, may_be_empty = _starts(av[2].data)
            may_be_empty = may_be_empty or av[0] == 0
        else:
            return None, False  # any character, a backreference, a group of other flags
        if of_item is None:
            return None, False
        members += of_item
        if not may_be_empty:
            return members, False
    return members, True


def required_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds (`ICP备\\d|公网安备` → ICP备, 公网安备), or None
    when its parse does not tell (a case-insensitive part, an alternative of classes)."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _sequence_words(parsed.data)


def _sequence_words(items: list) -> frozenset[str] | None:
    """Of a sequence of parsed items: the words of the item that says most (fewest words,
    then the longest), a run of literal characters counting as one word."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        words = _item_words(op, av)
        if words:
            found.append(words)
    if run:
        found.append(frozenset(["".join(run)]))
    return min(found, key=lambda ws: (len(ws), -min(map(len, ws)))) if found else None


def _item_words(op: object, av: object) -> frozenset[str] | None:
    if op is sre_c.IN:  # a class of a few characters, each a word
        return _few_characters(av)
    if op is sre_c.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _sequence_words(sub.data)
    if op is sre_c.ATOMIC_GROUP:
        return _sequence_words(av.data)
    if op is sre_c.ASSERT:  # a lookahead or lookbehind: what it sees is in the text too
        return _sequence_words(av[1].data)
    if op is sre_c.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            of_one = _sequence_words(alternative.data)
            if of_one is None:
                return None
            words |= of_one
        return frozenset(words)
    if op in _REPEATS and av[0] >= 1:
        return _sequence_words(av[2].data)
    return None  # matches without a known word: any character, a category, an anchor, x{0,n}


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern` outside any group or character class:
    `^a|b(c|d)|[|]` → `^a`, `b(c|d)`, `[|]`."""
    branches: list[str] = []
    start = depth = 0
    class_start = -1  # where the character class being read starts its members, or -1
    escaped = False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:
            # A ] first among the members ([]…], [^]…]) is one of them.
            if char == "]" and i > class_start:
                class_start = -1
        elif char == "[":
            class_start = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return branches
