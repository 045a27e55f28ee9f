"""Saved government web page -> the notice's own text, one block per line.

The page is parsed once with lxml, into the tree BeautifulSoup would build
(``page_tree.py``). The article container is the element that holds most of the
page's Chinese prose (paragraph text density, with known content wrappers from
``data/html_chrome.toml`` as hints); sibling blocks of it that read like prose are
kept too, so a signature or attachment block the template puts next to the editor's
HTML is not lost. Inside, furniture elements, link lists and the site's info panel are
cut out, the rest is flattened to lines (blocks, ``<br>``, table rows as
``a | b | c``), and line rules drop residual furniture phrases. All selectors, phrases
and patterns are data in ``data/html_chrome.toml``.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.page_tree import Element, Skipped, parse_page, remove_child
from policydb.han import HAN, to_simplified
from policydb.patterns import any_of

log = logging.getLogger(__name__)

_DATA_FILE = Path(__file__).parent / "data" / "html_chrome.toml"


@dataclass
class HtmlArticle:
    text: str  # the notice's own text, one block per line, '\n'-joined
    title: str | None  # the page/article title if the page states one
    page_meta: dict[str, str] = field(default_factory=dict)  # labelled fields around the article


# Elements that start a new line. Everything else (span, font, a, strong, custom tags
# such as <ucapcontent>) is inline and joins its block's line, as a browser renders it.
# fmt: off
_BLOCK_TAGS = frozenset([
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "td", "th", "ul",
])
# fmt: on
# Blocks that are paragraphs: their text scores for the element that holds them.
# Other elements with text of their own (a div with <br>-separated text) score for
# themselves, since they are the container.
# fmt: off
_PARAGRAPH_TAGS = frozenset([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "pre", "blockquote",
    "caption", "address",
])
# fmt: on
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Elements that may be a link list or an info panel as a whole.
_PANEL_TAGS = frozenset(["ul", "ol", "dl", "div", "section", "table", "tbody", "aside", "menu"])

# Han ideographs, CJK punctuation, full-width forms and the curly quotes Chinese text
# uses: a source line break next to one of these is not a space (CSS Text 3 segment
# break rule, applied when either side is wide so `2015\n年` stays `2015年`).
_WIDE = "\u2018-\u201d\u2026\u2014\u3000-\u303f" + HAN + "\uff00-\uffef"
# Runs, not single characters: findall then builds one string per run instead of one per
# character.
_CJK_RUN_RE = re.compile(f"[{HAN}]+")
_WS_RE = re.compile(r"\s+")
_CLAUSE_MARK_RE = re.compile("[，。；：、！？]")
# Whitespace runs (_WS_RE) are found once each: their line breaks decide in Python whether
# they go (a lookahead after `\s*` tried a run again from each of its characters, and a page
# with thousands of blank lines in one cell took minutes).
_WIDE_CHAR_RE = re.compile(f"[{_WIDE}]")
_INVISIBLE_RE = re.compile("[\u200b\ufeff]")
# A <title> whose text holds the page's markup, and the open title up to its first tag.
_SWALLOWED_RE = re.compile(r"<\s*(?:body|p|div|table|br)\b", re.I)
_OPEN_TITLE_RE = re.compile(r"<title\b[^>]*>[^<]*", re.I)
# What _key drops: whitespace and punctuation.
_KEY_DROPPED = r"\s\u3000\"'“”‘’《》〈〉「」『』【】\[\]（）()：:，,。.、；;!！?？·•|｜_-"
_NON_KEY_RE = re.compile(f"[{_KEY_DROPPED}]")
_KEY_KEPT_RE = re.compile(f"[^{_KEY_DROPPED}]")


# --------------------------------------------------------------------------- selectors

# The furniture rules use a small CSS subset: tag, #id, .class, [attr], [attr=v],
# [attr*=v], [attr^=v], [attr$=v], compounds of these, and the descendant and child
# combinators. Matching it with an index by id/class/tag is ~30x faster than running
# soupsieve over every element for ~100 selectors, which kept a 160 KB page above the
# time budget.
_COMPOUND_RE = re.compile(r"(?P<tag>\*|[a-zA-Z][\w-]*)?(?P<rest>(?:[#.][\w-]+|\[[^\]]+\])*)")
_PART_RE = re.compile(
    r"([#.])([\w-]+)|\[\s*([\w-]+)\s*(?:([*^$]?=)\s*(?:\"([^\"]*)\"|'([^']*)'|([^\]\s]*)))?\s*\]"
)


def _attr_text(raw: str | list[str]) -> str:
    """An attribute's value as CSS attribute selectors see it (the tree splits class into a list)."""
    return " ".join(raw) if isinstance(raw, list) else str(raw)


# How an attribute selector's operator tests a value, as a regex over the value (\Z, not
# $: $ also matches before a final newline).
_ATTR_OP_REGEX = {"": "", "=": r"\A{}\Z", "^=": r"\A{}", "$=": r"{}\Z", "*=": "{}"}


@dataclass(frozen=True)
class _Compound:
    tag: str | None
    ids: tuple[str, ...]
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str, str], ...]  # (name, operator or "", value)

    def matches(self, el: Element) -> bool:
        if self.tag is not None and el.name != self.tag:
            return False
        # el.attrs directly: Element.get is a Python-level call, and this runs ~1,000 times a page.
        attrs = el.attrs
        if self.ids and attrs.get("id") not in self.ids:
            return False
        if self.classes:
            have = attrs.get("class") or ()
            if any(c not in have for c in self.classes):
                return False
        for name, op, value in self.attrs:
            raw = attrs.get(name)
            if raw is None:
                return False
            got = _attr_text(raw)
            if (
                (op == "=" and got != value)
                or (op == "*=" and value not in got)
                or (op == "^=" and not got.startswith(value))
                or (op == "$=" and not got.endswith(value))
            ):
                return False
        return True


@dataclass(frozen=True)
class _Selector:
    source: str
    compounds: tuple[_Compound, ...]  # left to right
    combinators: tuple[str, ...]  # between compounds: " " or ">"

    def matches(self, el: Element) -> bool:
        if not self.compounds[-1].matches(el):
            return False
        return self._ancestors_match(el, len(self.compounds) - 2)

    def _ancestors_match(self, el: Element, i: int) -> bool:
        if i < 0:
            return True
        compound, comb = self.compounds[i], self.combinators[i]
        node = el.parent
        while isinstance(node, Element):
            if compound.matches(node) and self._ancestors_match(node, i - 1):
                return True
            if comb == ">":
                return False
            node = node.parent
        return False


def _parse_compound(text: str, source: str) -> _Compound:
    m = _COMPOUND_RE.fullmatch(text)
    if not m or not text:
        raise ValueError(f"unsupported selector {source!r} in {_DATA_FILE.name}")
    ids, classes, attrs = [], [], []
    for part in _PART_RE.finditer(m.group("rest")):
        if part.group(1) == "#":
            ids.append(part.group(2))
        elif part.group(1) == ".":
            classes.append(part.group(2))
        else:
            value = next((v for v in part.group(5, 6, 7) if v is not None), "")
            attrs.append((part.group(3), part.group(4) or "", value))
    tag = m.group("tag")
    return _Compound(None if tag in (None, "*") else tag.lower(), tuple(ids), tuple(classes), tuple(attrs))


def _parse_selector(source: str) -> _Selector:
    tokens = re.split(r"\s*(>)\s*|\s+", source.strip())
    compounds: list[_Compound] = []
    combinators: list[str] = []
    pending = " "
    for tok in tokens:
        if tok is None or tok == "":
            continue
        if tok == ">":
            pending = ">"
            continue
        if compounds:
            combinators.append(pending)
        compounds.append(_parse_compound(tok, source))
        pending = " "
    if not compounds:
        raise ValueError(f"empty selector in {_DATA_FILE.name}")
    return _Selector(source, tuple(compounds), tuple(combinators))


class _SelectorSet:
    """The selector groups of the rules (furniture, container hints, title elements) in
    one index by the id, class, tag or attribute each selector's last compound requires,
    so one lookup per element finds the few selectors worth testing, and an element
    without any of those attributes whose tag no selector names costs a dict lookup."""

    def __init__(self, groups: dict[str, tuple[_Selector, ...]]) -> None:
        self._entries = [(sel, group, i) for group, sels in groups.items() for i, sel in enumerate(sels)]
        self._by_id: dict[str, list[int]] = {}
        self._by_class: dict[str, list[int]] = {}
        self._by_tag: dict[str, list[int]] = {}
        self._by_attr: dict[str, list[int]] = {}  # `[role=search]`: needs a role attribute
        self._generic: list[int] = []
        for k, (sel, _, _) in enumerate(self._entries):
            last = sel.compounds[-1]
            if last.ids:
                self._by_id.setdefault(last.ids[0], []).append(k)
            elif last.classes:
                self._by_class.setdefault(last.classes[0], []).append(k)
            elif last.tag:
                self._by_tag.setdefault(last.tag, []).append(k)
            elif last.attrs:
                self._by_attr.setdefault(last.attrs[0][0], []).append(k)
            else:
                self._generic.append(k)
        # Per attribute, one regex that any value passing some indexed selector's first
        # attribute test matches: `class` is on most elements, and testing its five
        # `[class*=...]` selectors one by one was most of the matching time.
        self._attr_probe = {
            name: re.compile("|".join(self._first_attr_regex(k) for k in ks)) for name, ks in self._by_attr.items()
        }
        self._indexed_attrs = frozenset(["id", "class", *self._by_attr])

    def _first_attr_regex(self, k: int) -> str:
        _, op, value = self._entries[k][0].compounds[-1].attrs[0]
        return _ATTR_OP_REGEX[op].format(re.escape(value))

    def matching(self, el: Element) -> list[tuple[str, int]]:
        """(group, index in its group) of each selector that matches el."""
        attrs = el.attrs
        by_tag = self._by_tag.get(el.name)
        if not self._generic and attrs.keys().isdisjoint(self._indexed_attrs):
            # Most elements: no attribute any selector is indexed by (a link's href,
            # a style), so only the tag can point to selectors.
            if not by_tag:
                return []
            candidates = by_tag
        else:
            candidates = [*self._generic, *(by_tag or ())]
            el_id = attrs.get("id")
            if el_id:
                candidates += self._by_id.get(el_id, ())
            for cls in attrs.get("class") or ():
                candidates += self._by_class.get(cls, ())
            for name, probe in self._attr_probe.items():
                raw = attrs.get(name)
                if raw is not None and probe.search(_attr_text(raw)):
                    candidates += self._by_attr[name]
        entries = self._entries
        return [(entries[k][1], entries[k][2]) for k in candidates if entries[k][0].matches(el)]


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rules:
    drop_tags: tuple[str, ...]
    hints: tuple[_Selector, ...]  # best first
    hint_min_share: float
    punct_weight: float
    paragraph_bonus: float
    min_cjk: int
    link_min: int
    link_max_share: float
    attachment_href: re.Pattern[str]
    attachment_text: re.Pattern[str]
    line_brackets: re.Pattern[str]
    line_kept_char: re.Pattern[str]  # a character line_brackets does not remove
    line_exact: frozenset[str]
    line_exact_starts: frozenset[str]  # the first character of each (or "")
    line_prefix: re.Pattern[str]  # any of the prefix rules (one alternation)
    line_contains: re.Pattern[str]  # any of the contains rules
    contains_max_len: int
    teaser_label: re.Pattern[str]
    teaser_min_link_share: float
    label_re: re.Pattern[str]  # any meta label followed by a colon, at a word start
    label_any_re: re.Pattern[str]  # the same anywhere
    strong_labels: frozenset[str]
    counter_labels: frozenset[str]
    panel_min_labels: int
    panel_max_line: int
    max_value_len: int
    title_meta_names: frozenset[str]
    title_selectors: tuple[_Selector, ...]  # best first
    selectors: _SelectorSet  # the three groups above, indexed: group names "chrome", "hints", "titles"
    title_labels: tuple[str, ...]  # as Simplified and Traditional pages print it
    title_separators: re.Pattern[str]
    keep_break: tuple[re.Pattern[str], ...]
    title_search_lines: int


def _label_pattern(label: str) -> str:
    # Sites pad labels to a fixed width: "索 引 号：", "标　　题：".
    return r"\s*".join(re.escape(ch) for ch in label)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    with _DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    meta = data["meta"]
    traditional = _traditional_spellings(meta)
    strong, weak, counters = ([*meta[group], *(t for t, label in traditional.items() if label in meta[group])]
                              for group in ("strong", "weak", "counters"))
    # Longest first so "发布日期" is not read as a shorter label that prefixes it.
    labels = sorted(set(strong + weak + counters), key=len, reverse=True)
    label_alt = "|".join(_label_pattern(lb) for lb in labels)
    label_re = re.compile(r"(?:^|(?<=[\s|｜]))(?P<label>" + label_alt + r")\s*[:：]")
    label_any_re = re.compile(r"(?P<label>" + label_alt + r")\s*[:：]")
    lines = data["lines"]
    brackets = re.escape(lines["bracket_chars"])
    line_exact = frozenset(re.sub(rf"[\s{brackets}]+", "", p) for p in lines["exact"])
    hints = tuple(_parse_selector(src) for src in data["container"]["hints"])
    chrome = tuple(_parse_selector(src) for src in data["chrome"]["selectors"])
    titles = tuple(_parse_selector(src) for src in meta["title_selectors"])
    return _Rules(
        drop_tags=tuple(data["drop"]["tags"]),
        hints=hints,
        hint_min_share=float(data["container"]["hint_min_share"]),
        punct_weight=float(data["container"]["punct_weight"]),
        paragraph_bonus=float(data["container"]["paragraph_bonus"]),
        min_cjk=int(data["container"]["min_cjk"]),
        link_min=int(data["links"]["min_links"]),
        link_max_share=float(data["links"]["max_share"]),
        attachment_href=re.compile(data["links"]["attachment_href"], re.I),
        attachment_text=re.compile(data["links"]["attachment_text"]),
        line_brackets=re.compile(rf"[\s{brackets}]+"),
        line_kept_char=re.compile(rf"[^\s{brackets}]"),
        line_exact=line_exact,
        line_exact_starts=frozenset(p[:1] for p in line_exact),
        line_prefix=any_of(lines["prefix"]),
        line_contains=any_of(lines["contains"]),
        contains_max_len=int(lines["contains_max_len"]),
        teaser_label=re.compile(lines["teaser_label"]),
        teaser_min_link_share=float(lines["teaser_min_link_share"]),
        label_re=label_re,
        label_any_re=label_any_re,
        strong_labels=frozenset(strong),
        counter_labels=frozenset(counters),
        panel_min_labels=int(meta["panel_min_labels"]),
        panel_max_line=int(meta["panel_max_line"]),
        max_value_len=int(meta["max_value_len"]),
        title_meta_names=frozenset(n.lower() for n in meta["title_meta_names"]),
        title_selectors=titles,
        selectors=_SelectorSet({"chrome": chrome, "hints": hints, "titles": titles}),
        title_labels=(meta["title_label"], *(t for t, label in traditional.items() if label == meta["title_label"])),
        title_separators=re.compile(meta["title_separators"]),
        keep_break=tuple(re.compile(p) for p in data["title"]["keep_break"]),
        title_search_lines=int(data["title"]["search_lines"]),
    )


# --------------------------------------------------------------------------- text helpers


def _traditional_spellings(meta: dict) -> dict[str, str]:
    """Each Traditional spelling of a label → the label, as normalize will convert it."""
    labels = {*meta["strong"], *meta["weak"], *meta["counters"]}
    spellings = {spelling: to_simplified(spelling) for spelling in meta["traditional"]}
    unknown = sorted(s for s, label in spellings.items() if label not in labels)
    if unknown:
        raise ValueError(f"{_DATA_FILE.name}: traditional labels that convert to no listed label: {unknown}")
    return spellings


def _clean_line(raw: str) -> str:
    """Collapse whitespace inside one line, drop it at the ends."""
    text = raw
    # The substring tests skip the regexes on the many lines they cannot change.
    if "\u200b" in text or "\ufeff" in text:
        text = _INVISIBLE_RE.sub("", text)
    if "\n" in text or "\r" in text:
        text = _WS_RE.sub(lambda m: _without_wide_break(m, text), text)
    # str.split() splits on exactly the characters `\s` matches (str.isspace), so this is
    # `\s+` -> " " and strip(), without the regex.
    return " ".join(text.split())


def _without_wide_break(run: re.Match[str], text: str) -> str:
    """A whitespace run holding a line break next to a wide character goes: the break was
    the source's wrapping of Chinese text, which has no spaces between words."""
    found = run.group()
    if "\n" not in found and "\r" not in found:
        return found
    before = text[run.start() - 1:run.start()]
    after = text[run.end():run.end() + 1]
    return "" if _WIDE_CHAR_RE.fullmatch(before) or _WIDE_CHAR_RE.fullmatch(after) else found


def _non_space_len(text: str) -> int:
    """Characters that are not whitespace (what `\\s` matches)."""
    return sum(map(len, text.split()))


def _cjk_count(text: str) -> int:
    return sum(map(len, _CJK_RUN_RE.findall(text)))


def _clause_count(text: str) -> int:
    # One scan, not one str.count per mark.
    return len(_CLAUSE_MARK_RE.findall(text))


def _key(text: str) -> str:
    """Comparison form: no whitespace or punctuation, so split/padded titles compare equal."""
    return _NON_KEY_RE.sub("", text)


def _join_pieces(left: str, right: str) -> str:
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and right[0].isalnum()
    ):
        return f"{left} {right}"
    return left + right


# --------------------------------------------------------------------------- statistics


@dataclass(slots=True)
class _Stats:
    cjk: int = 0  # Chinese characters outside links, whole subtree
    link_cjk: int = 0  # Chinese characters inside links
    chars: int = 0  # non-space characters, whole subtree
    link_chars: int = 0
    links: int = 0
    score: float = 0.0  # paragraph text this element holds (readability-style)
    colons: int = 0  # ':' and '：', whole subtree: an info panel needs one per label
    tables: int = 0  # <table> elements below this one (itself not counted)


@dataclass
class _Matches:
    """The elements the rules' selectors match, by group."""

    chrome_ids: set[int] = field(default_factory=set)  # furniture
    hints: dict[int, list[Element]] = field(default_factory=dict)  # by hint index, document order
    titles: dict[int, list[Element]] = field(default_factory=dict)  # by title selector index


def _collect_stats(
    root: Element, matches: _Matches, rules: _Rules, *, test_selectors: bool
) -> tuple[dict[int, _Stats], list[Element]]:
    """One post-order pass: text amounts per element and the paragraph score; also root
    and every tag below it in document order.

    A paragraph scores its Chinese characters, plus a weight per clause punctuation
    mark and a bonus for being a paragraph at all (prose has many of both, a sidebar
    blurb few), fully for the element holding it and half for the one above. Text
    inside furniture elements scores for nobody.

    With test_selectors, the walk also tests the selectors on each element as it enters
    it and records the hits in `matches` (a separate walk over the elements cost as much
    as the matching); otherwise `matches.chrome_ids` is taken as the furniture set.
    """
    stats: dict[int, _Stats] = {}
    elements: list[Element] = []
    chrome_ids = matches.chrome_ids
    selectors = rules.selectors
    punct_weight, paragraph_bonus = rules.punct_weight, rules.paragraph_bonus

    def credit(tag: Element | None, amount: float, weight: float) -> None:
        # Ancestors are still being visited, so their record already exists.
        if isinstance(tag, Element) and id(tag) in stats:
            stats[id(tag)].score += amount * weight

    def enter(tag: Element, outer: _StatsFrame | None) -> _StatsFrame:
        elements.append(tag)
        if test_selectors:
            for group, i in selectors.matching(tag):
                if group == "chrome":
                    chrome_ids.add(id(tag))
                elif group == "hints":
                    matches.hints.setdefault(i, []).append(tag)
                else:
                    matches.titles.setdefault(i, []).append(tag)
        st = stats[id(tag)] = _Stats()
        is_link = tag.name == "a"
        if is_link:
            st.links = 1
        in_link = is_link or (outer is not None and outer.in_link)
        in_chrome = id(tag) in chrome_ids or (outer is not None and outer.in_chrome)
        return _StatsFrame(tag, st, in_link, in_chrome, iter(tag.contents))

    # An explicit stack, not recursion: pages nest elements thousands deep. (Leaving an
    # element is written out in the loop: it runs for every element.)
    stack = [enter(root, None)]
    while stack:
        frame = stack[-1]
        st = frame.st
        for child in frame.children:
            if isinstance(child, Element):
                stack.append(enter(child, frame))
                break
            # Most strings between tags are only whitespace: isspace() settles them cheaply.
            # (Comments and the like are gone: html_to_article removes them first.)
            if child.isspace():
                continue
            n_chars = _non_space_len(child)
            if not n_chars:
                continue
            st.chars += n_chars
            if child.isascii():
                # No Chinese, no full-width marks: the common case of a date or a number,
                # told in constant time.
                st.colons += child.count(":")
                if frame.in_link:
                    st.link_chars += n_chars
                continue
            n_cjk = _cjk_count(child)
            st.colons += child.count(":") + child.count("：")
            if frame.in_link:
                st.link_chars += n_chars
                st.link_cjk += n_cjk
            else:
                st.cjk += n_cjk
                frame.own += n_cjk
                frame.punct += _clause_count(child)
        else:
            # Leaving frame.tag: its totals go to its parent, and a block scores the text
            # on its own line(s); an inline element's text belongs to the enclosing block.
            stack.pop()
            tag = frame.tag
            name = tag.name
            own, punct = frame.own, frame.punct
            if name in _BLOCK_TAGS:
                if own and not frame.in_chrome:
                    weight = own + punct_weight * punct + (paragraph_bonus if own >= 4 else 0)
                    if name in _PARAGRAPH_TAGS:
                        credit(tag.parent, weight, 1.0)
                        credit(tag.parent.parent if tag.parent is not None else None, weight, 0.5)
                    else:
                        st.score += weight
                        credit(tag.parent, weight, 0.5)
                own = punct = 0
            if stack:
                parent = stack[-1]
                pst = parent.st
                pst.cjk += st.cjk
                pst.link_cjk += st.link_cjk
                pst.chars += st.chars
                pst.link_chars += st.link_chars
                pst.links += st.links
                pst.colons += st.colons
                pst.tables += st.tables + (name == "table")
                parent.own += own
                parent.punct += punct
    return stats, elements


@dataclass(slots=True)
class _StatsFrame:
    tag: Element
    st: _Stats
    in_link: bool
    in_chrome: bool
    children: Iterator[Element | str]
    own: int = 0  # non-link Chinese on this element's own line(s), nested blocks excluded
    punct: int = 0


# --------------------------------------------------------------------------- lines


@dataclass(slots=True)
class _Line:
    text: str
    cells: list[str] | None  # a data-table row's cells
    link_share: float
    heading: int | None  # id() of the heading element the line belongs to
    block: Element | None


class _Linearizer:
    """Flatten an element into lines: blocks and <br> break, inline elements join.

    With fields_only, the lines are only read for `label：value` fields (_parse_meta),
    and a block that cannot change what that reads is passed over like a skipped one.
    """

    def __init__(self, skip: set[int], stats: dict[int, _Stats], *, fields_only: bool = False) -> None:
        self.skip = skip
        self.stats = stats
        self.fields_only = fields_only
        self.lines: list[_Line] = []
        self._buf: list[str] = []
        self._link_len = 0
        self._heading: int | None = None
        self._block: Element | None = None
        self._pre = 0  # depth of <pre> elements around the current node

    def run(self, node: Element, *, include_self: bool = True) -> list[_Line]:
        # An explicit stack of work, not recursion: pages nest elements thousands deep.
        # Items are (node, in_link) to visit, or a _BlockEnd restoring an outer block.
        stack: list[tuple[Element | str, bool] | _BlockEnd] = (
            [(node, False)] if include_self else [(c, False) for c in reversed(node.contents)]
        )
        while stack:
            item = stack.pop()
            if isinstance(item, _BlockEnd):
                self._flush()
                self._pre -= item.pre
                self._heading, self._block = item.heading, item.block
                continue
            child, in_link = item
            if isinstance(child, Element):
                self._visit(child, in_link, stack)
                continue
            # A string (comments and the like are gone: html_to_article removes them
            # first). A string of the tree is a str: joined as it is, without a str() copy.
            if self._pre and "\n" in child:
                self._pre_text(child)
            else:
                self._buf.append(child)
            if in_link:
                self._link_len += _non_space_len(child)
        self._flush()
        return self.lines

    def _flush(self) -> None:
        if not self._buf:
            return
        raw = "".join(self._buf)
        # Whitespace between blocks is flushed often, and makes no line.
        text = "" if raw.isspace() else _clean_line(raw)
        if text:
            total = _non_space_len(raw) or 1
            self.lines.append(_Line(text, None, min(1.0, self._link_len / total), self._heading, self._block))
        self._buf = []
        self._link_len = 0

    def _pre_text(self, text: str) -> None:
        """Preformatted text keeps its own line breaks."""
        first, *rest = text.split("\n")
        self._buf.append(first)
        for piece in rest:
            self._flush()
            self._buf.append(piece)

    def _visit(self, tag: Element, in_link: bool, stack: list[tuple[Element | str, bool] | _BlockEnd]) -> None:
        """Handle tag's own start; push what comes inside it (and its end) on the stack."""
        name = tag.name
        if id(tag) in self.skip:
            if name in _BLOCK_TAGS:
                self._flush()
            return
        if name == "br":
            self._flush()
            return
        if self.fields_only and name in _BLOCK_TAGS:
            self._flush()  # (as every block does first) so the line before it is in self.lines
            if not self._may_hold_fields(tag):
                return
        if name == "tr":
            self._flush()
            stack.extend((cell, False) for cell in reversed(self._row(tag)))
            return
        if name not in _BLOCK_TAGS:
            inner = in_link or name == "a"
            stack.extend([(c, inner) for c in reversed(tag.contents)])
            return
        self._flush()
        stack.append(_BlockEnd(self._heading, self._block, name == "pre"))
        if name in _HEADING_TAGS and self._heading is None:
            self._heading = id(tag)
        self._block = tag
        self._pre += name == "pre"
        stack.extend([(c, in_link) for c in reversed(tag.contents)])

    def _may_hold_fields(self, tag: Element) -> bool:
        """Whether flattening a block could change the fields read from the lines.

        Every label ends with a colon, so a block without one holds no label; its lines
        (a block's lines are its own: it breaks the line before and after) could only be
        read as the value of a label that ends the line before it, with the value in
        the next segment. (A skipped <tr> also leaves the line broken, as a row does.)
        """
        st = self.stats.get(id(tag))
        if st is None or st.colons:
            return True
        if not self.lines:
            return False
        last = self.lines[-1]
        last_segment = last.cells[-1] if last.cells else last.text
        return last_segment.endswith((":", "："))

    def _holds_table(self, tag: Element) -> bool:
        st = self.stats.get(id(tag))
        if st is not None:
            return st.tables > 0
        # Without statistics (a title element), walk: rare and small.
        return any(isinstance(node, Element) and node.name == "table" for node in tag.descendants)

    def _chars(self, tag: Element) -> int:
        st = self.stats.get(id(tag))
        return st.chars if st is not None else 0

    def _row(self, tr: Element) -> list[Element]:
        """Add a data-table row as one line; return the cells to visit as blocks instead
        when it is a layout row."""
        cells = [
            c for c in tr.children if isinstance(c, Element) and c.name in ("td", "th") and id(c) not in self.skip
        ]
        layout = any(self._holds_table(c) or self._chars(c) > 500 for c in cells)
        texts: list[str] = []
        link_share = 0.0
        if not layout:
            for cell in cells:
                contents = cell.contents
                if len(contents) == 1 and not isinstance(contents[0], Element):
                    # Most data cells hold one string: their one line (no link text) is
                    # that string, cleaned, without flattening the cell.
                    texts.append(_clean_line(contents[0]))
                    continue
                sub = _Linearizer(self.skip, self.stats).run(cell, include_self=False)
                texts.append(" ".join(line.text for line in sub))
                link_share = max(link_share, max((line.link_share for line in sub), default=0.0))
        if layout or sum(1 for t in texts if t) <= 1:
            # A layout row, or a row with one filled cell: its cells are plain blocks.
            return cells
        while texts and not texts[-1]:
            texts.pop()
        self.lines.append(_Line(" | ".join(texts), texts, link_share, self._heading, tr))
        return []


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ is several times slower, and one is made per block
class _BlockEnd:
    """The end of a block element: the line state outside it."""

    heading: int | None
    block: Element | None
    pre: bool


# --------------------------------------------------------------------------- container


def _pick_container(
    elements: list[Element], stats: dict[int, _Stats], hint_hits: dict[int, list[Element]], rules: _Rules
) -> Element | None:
    """The element holding most paragraph text; a known wrapper if it holds enough of it."""
    best: Element | None = None
    best_score = 0.0
    for tag in elements:
        st = stats[id(tag)]
        if st.score <= best_score or (st.chars and st.link_chars / st.chars > 0.5):
            continue
        best, best_score = tag, st.score
    if best is None:
        return None
    best_cjk = stats[id(best)].cjk
    for i, selector in enumerate(rules.hints):
        matches = hint_hits.get(i)
        if not matches:
            continue
        hint = max(matches, key=lambda m: stats[id(m)].cjk)
        hst = stats[id(hint)]
        linky = hst.chars and hst.link_chars / hst.chars > 0.5
        if hst.cjk >= rules.hint_min_share * best_cjk and hst.cjk >= rules.min_cjk and not linky:
            log.debug("container from hint %s (%d CJK; density: %d)", selector.source, hst.cjk, best_cjk)
            return hint
    log.debug("container by text density: <%s> (%d CJK)", best.name, best_cjk)
    return best


def _is_link_list(tag: Element, st: _Stats, rules: _Rules) -> bool:
    if st.links < rules.link_min or not st.chars or st.link_chars / st.chars < rules.link_max_share:
        return False
    for a in tag.find_all("a"):
        if rules.attachment_href.search(a.get("href") or "") or rules.attachment_text.match(a.get_text()):
            return False
    return not rules.attachment_text.match(tag.get_text(" ", strip=True))


def _labels_in(text: str, rules: _Rules) -> set[str]:
    return {_WS_RE.sub("", m.group("label")) for m in rules.label_re.finditer(text)}


def _is_info_panel(tag: Element, st: _Stats, stats: dict[int, _Stats], rules: _Rules) -> bool:
    """A small block made of labelled fields (索引号/发文机关/成文日期 ...)."""
    # Each label found ends with its own colon, so a block with fewer colons than the
    # labels a panel needs is not one; this spares flattening most blocks.
    if st.chars > 1200 or st.colons < rules.panel_min_labels:
        return False
    lines = _Linearizer(set(), stats).run(tag)
    labels: set[str] = set()
    for line in lines:
        found = _labels_in(line.text, rules)
        labels |= found
        if not found and len(line.text) > rules.panel_max_line:
            return False
    return len(labels) >= rules.panel_min_labels


def _cut_set(
    scope: list[Element], stats: dict[int, _Stats], chrome_ids: set[int], rules: _Rules
) -> tuple[set[int], list[Element]]:
    """Elements inside the kept region that are furniture, link lists or info panels;
    the info panels are also returned so their fields can go to page_meta."""
    cut: set[int] = set()
    panels: list[Element] = []

    for top in scope:
        top_cjk = max(stats[id(top)].cjk, 1)
        # Document order without recursion (pages nest thousands deep), so panels keep
        # their order.
        stack = [c for c in reversed(top.contents) if isinstance(c, Element)]
        while stack:
            child = stack.pop()
            st = stats[id(child)]
            if id(child) in chrome_ids:
                # A furniture selector that matches much of the article is a misfire.
                if st.cjk > 0.3 * top_cjk and st.cjk > 50:
                    log.warning(
                        "furniture selector matched <%s class=%s> holding %d of %d CJK; kept",
                        child.name,
                        child.get("class"),
                        st.cjk,
                        top_cjk,
                    )
                else:
                    cut.add(id(child))
                    continue
            elif child.name in _PANEL_TAGS:
                if _is_link_list(child, st, rules):
                    cut.add(id(child))
                    continue
                if _is_info_panel(child, st, stats, rules):
                    cut.add(id(child))
                    panels.append(child)
                    continue
            stack.extend(c for c in reversed(child.contents) if isinstance(c, Element))
    return cut, panels


def _prose_siblings(
    container: Element, stats: dict[int, _Stats], chrome_ids: set[int], rules: _Rules
) -> list[Element]:
    """Siblings of the container that read like prose: a split body, a signature block."""
    kept = []
    for sib in container.parent.children if container.parent else []:
        if sib is container or not isinstance(sib, Element) or id(sib) in chrome_ids:
            continue
        st = stats.get(id(sib))
        if st is None or st.cjk < 10 or (st.chars and st.link_chars / st.chars >= 0.5):
            continue
        if _is_link_list(sib, st, rules) or _is_info_panel(sib, st, stats, rules):
            continue
        kept.append(sib)
    return kept


# --------------------------------------------------------------------------- line rules


def _drop_furniture_lines(lines: list[_Line], rules: _Rules) -> tuple[list[_Line], list[_Line]]:
    """Split lines into (kept, dropped); dropped label lines still feed page_meta."""
    kept: list[_Line] = []
    dropped: list[_Line] = []
    in_teasers = False
    for line in lines:
        if in_teasers and line.link_share >= 0.9:
            dropped.append(line)  # a teaser under a related-articles label
            continue
        in_teasers = False
        label = rules.teaser_label.match(line.text)
        if label and (label.end() == len(line.text) or line.link_share >= rules.teaser_min_link_share):
            in_teasers = True
            dropped.append(line)
        elif _is_furniture_text(line.text, rules):
            dropped.append(line)
        else:
            kept.append(line)
    return kept, dropped


def _is_furniture_text(text: str, rules: _Rules) -> bool:
    # The line without whitespace and brackets can be a phrase only if it starts like
    # one; most lines do not, and are spared that copy of the whole line.
    first_kept = rules.line_kept_char.search(text)
    if (first_kept.group() if first_kept else "") in rules.line_exact_starts and (
        rules.line_brackets.sub("", text) in rules.line_exact
    ):
        return True
    if rules.line_prefix.search(text):
        return True
    if len(text) <= rules.contains_max_len and rules.line_contains.search(text):
        return True
    # The site's info panel printed as text: starts with a strong label, or two labels.
    if len(text) > 200:  # too long for either (and the label search is costly on prose)
        return False
    # Each label ends with its own colon: most lines have none, two labels need two.
    colons = text.count(":") + text.count("：")
    if not colons:
        return False
    m = rules.label_re.match(text)
    if m and _WS_RE.sub("", m.group("label")) in rules.strong_labels and len(text) <= 100:
        return True
    return colons >= 2 and len(_labels_in(text, rules)) >= 2


# --------------------------------------------------------------------------- meta


@dataclass
class _Segment:
    text: str
    block: Element | None


def _segments(lines: list[_Line]) -> list[_Segment]:
    out: list[_Segment] = []
    for line in lines:
        texts = line.cells if line.cells is not None else [line.text]
        out.extend(_Segment(t, line.block) for t in texts)
    return out


def _near(label: _Segment, value: _Segment) -> bool:
    """Whether value sits in the same field as label: same block, a child, or a sibling."""
    a, b = label.block, value.block
    if a is None or b is None:
        return False
    return a is b or b.parent is a or (a.parent is not None and b.parent is a.parent)


def _parse_meta(segments: list[_Segment], rules: _Rules) -> dict[str, str]:
    """Read `label：value` pairs from segments that start with a label.

    Several fields may share a segment (`来源：… 发布日期：…`); a label that ends its
    segment takes the next segment when that lies in the same field, as in
    `<dd><label>索引号：</label><div>…</div></dd>`.
    """
    meta: dict[str, str] = {}
    i = 0
    while i < len(segments):
        seg = segments[i].text.strip()
        first = rules.label_re.match(seg)
        if not first:
            i += 1
            continue
        # After the first label, fields may be glued together without a space.
        matches = [first, *rules.label_any_re.finditer(seg, first.end())]
        consumed_next = False
        for k, m in enumerate(matches):
            label = _WS_RE.sub("", m.group("label"))
            end = matches[k + 1].start() if k + 1 < len(matches) else len(seg)
            value = _clean_line(seg[m.end() : end])
            if not value and k == len(matches) - 1 and i + 1 < len(segments):
                nxt = segments[i + 1]
                nxt_text = _clean_line(nxt.text)
                if (
                    nxt_text
                    and _near(segments[i], nxt)
                    and not rules.label_re.match(nxt_text)
                    and not _is_furniture_text(nxt_text, rules)
                ):
                    value, consumed_next = nxt_text, True
            if value and len(value) <= rules.max_value_len and label not in rules.counter_labels:
                meta.setdefault(label, value)
        i += 2 if consumed_next else 1
    return meta


# --------------------------------------------------------------------------- title


def _find_title(
    title_hits: dict[int, list[Element]],
    head_title: str | None,
    meta_tags: dict[str, str],
    page_meta: dict[str, str],
    lines: list[_Line],
    rules: _Rules,
) -> tuple[str | None, bool]:
    """Return the title and whether the page prints it as a visible heading or label."""
    for label in rules.title_labels:
        if page_meta.get(label):
            return page_meta[label], True
    for i in range(len(rules.title_selectors)):
        for tag in title_hits.get(i, ()):
            pieces = _Linearizer(set(), {}).run(tag)
            for piece in pieces:
                piece.heading = 0  # the whole element is one heading
            pieces = _join_heading_lines(pieces, rules)
            if pieces and _cjk_count(pieces[0].text) >= 4:
                return pieces[0].text, True
    for name in rules.title_meta_names:
        if meta_tags.get(name) and _cjk_count(meta_tags[name]) >= 4:
            return _clean_line(meta_tags[name]), False
    # A heading that opens the article, on a site whose title markup is unknown.
    for line in lines[:3]:
        if line.heading is not None and _cjk_count(line.text) >= 4:
            return line.text, True
    if head_title:
        # <title> glues the site name on ("通知-某县人民政府"); a leading line of the
        # article that <title> contains is the title as printed.
        head_key = _key(head_title)
        printed = [ln.text for ln in lines[:5] if _cjk_count(ln.text) >= 4 and _key(ln.text) in head_key]
        if printed:
            return max(printed, key=len), True
        # "<site> | <title>" or "<title>_<site>": the part with most Chinese is the title.
        parts = [p.strip() for p in rules.title_separators.split(head_title) if p and p.strip()]
        if parts:
            best = max(parts, key=_cjk_count)
            if _cjk_count(best) >= 4:
                return _clean_line(best), False
    return None, False


def _join_heading_lines(lines: list[_Line], rules: _Rules) -> list[_Line]:
    """Rejoin the pieces of a heading the page broke with <br> (a long title over two
    lines), except pieces that stand alone: a doc number, a date, a bracketed note."""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.heading is not None
            and line.heading == prev.heading
            and prev.cells is None
            and line.cells is None
            and not any(p.search(line.text) for p in rules.keep_break)
            and not any(p.search(prev.text) for p in rules.keep_break)
        ):
            prev.text = _join_pieces(prev.text, line.text)
            continue
        out.append(line)
    return out


def _rejoin_title(lines: list[_Line], title: str | None, rules: _Rules) -> list[_Line]:
    """Join consecutive leading lines whose concatenation is the stated title."""
    out = lines
    if not title:
        return out
    target = _key(title)
    limit = min(len(out), rules.title_search_lines)
    for i in range(limit):
        # A line whose key does not start as the title's does (most: the first character
        # kept tells) is not keyed whole.
        first_kept = _KEY_KEPT_RE.search(out[i].text)
        if first_kept is None or not target.startswith(first_kept.group()):
            continue
        joined = _key(out[i].text)
        if not joined or not target.startswith(joined) or joined == target:
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            joined += _key(out[j].text)
            if joined == target:
                text = out[i].text
                for piece in out[i + 1 : j + 1]:
                    text = _join_pieces(text, piece.text)
                out[i].text = text
                del out[i + 1 : j + 1]
                return out
            if not target.startswith(joined):
                break
    return out


# --------------------------------------------------------------------------- entry point


@dataclass(slots=True)
class _PageNodes:
    """What _sort_nodes finds in one walk over the parsed page."""

    metas: list[Element] = field(default_factory=list)  # every <meta> (wherever: <head> is dropped)
    doomed: list[Element] = field(default_factory=list)  # the outermost tags to drop
    skipped: list[tuple[Element, str]] = field(default_factory=list)  # comments etc. outside those, with their parents
    title: Element | None = None  # the first <title>, in document order
    # The first <body> and <html> outside the tags to drop.
    body: Element | None = None
    html: Element | None = None


def _sort_nodes(page: Element, drop: frozenset[str]) -> _PageNodes:
    """One walk over the page for the nodes html_to_article looks for or removes."""
    found = _PageNodes()
    # Only elements go on the stack, in document order (which the metas keep, and which
    # makes the first <title> seen the first on the page); strings are settled as their
    # parent is visited.
    stack: list[tuple[Element, bool]] = [(page, False)]
    while stack:
        node, dropped = stack.pop()
        name = node.name
        if name == "meta":
            found.metas.append(node)
        elif name == "title" and found.title is None:
            found.title = node
        if name in drop and not dropped:  # (the page itself is named "[document]")
            found.doomed.append(node)
            dropped = True
        if not dropped:
            if name == "body" and found.body is None:
                found.body = node
            elif name == "html" and found.html is None:
                found.html = node
        for child in reversed(node.contents):
            if isinstance(child, Element):
                stack.append((child, dropped))
            elif not dropped and isinstance(child, Skipped):
                found.skipped.append((node, child))
    return found


@dataclass
class _Region:
    """The part of a page taken for the article: its container, the elements read, the
    info panels cut from them, the article's lines and the furniture lines dropped."""

    container: Element
    scope: list[Element]
    panels: list[Element]
    lines: list[_Line]
    dropped: list[_Line]


# Times the article is looked for again elsewhere when the block chosen held none of it.
_RETRIES = 2


def _article_region(root: Element, elements: list[Element], stats: dict[int, _Stats], matches: _Matches,
                    chrome_ids: set[int], rules: _Rules) -> _Region | None:
    """The article's region around the densest block of `elements`; None when none has prose."""
    container = _pick_container(elements, stats, matches.hints, rules)
    if container is None:
        return None
    scope_main = container
    scope = [scope_main]
    if container is not root and container.parent is not None:
        scope += _prose_siblings(container, stats, chrome_ids, rules)
        # Keep document order: siblings before the container come first.
        order = {id(t): n for n, t in enumerate(container.parent.children)}
        scope.sort(key=lambda t: order[id(t)])
    cut, panels = _cut_set(scope, stats, chrome_ids, rules)

    parts = {id(top): _Linearizer(cut, stats).run(top) for top in scope}
    # A sibling before the container repeating its opening lines (the template's <h1>
    # over an editor body that starts with the same title) adds nothing. (Most pages
    # have no such sibling: the opening lines are keyed only for one.)
    opening: set[str] | None = None
    lines: list[_Line] = []
    before = True
    for top in scope:
        part = parts[id(top)]
        if top is scope_main:
            before = False
        elif before:
            if opening is None:
                opening = {_key(line.text) for line in parts[id(scope_main)][: rules.title_search_lines]}
            part = [line for line in part if _key(line.text) not in opening]
        lines.extend(part)
    lines, dropped = _drop_furniture_lines(lines, rules)
    lines = _join_heading_lines(lines, rules)
    return _Region(container, scope, panels, lines, dropped)


def html_to_article(markup: str) -> HtmlArticle:
    """Extract the notice's own text, title and the site's labelled fields from a page.

    Returns empty text for a page without article text; the caller decides whether
    that is an error.
    """
    rules = _rules()
    drop = frozenset(rules.drop_tags)
    page = parse_page(markup)
    nodes = _sort_nodes(page, drop)
    title_tag = nodes.title
    if title_tag is not None and _SWALLOWED_RE.search(title_tag.get_text()):
        # A <title> never closed holds the rest of the page as its text (browsers show
        # an empty page too); the page's own markup says where the title ended.
        log.warning("the page's <title> is not closed; closing it before the next tag")
        page = parse_page(_OPEN_TITLE_RE.sub(r"\g<0></title>", markup, count=1))
        nodes = _sort_nodes(page, drop)
        title_tag = nodes.title

    head_title = None
    if title_tag is not None and title_tag.string:
        head_title = _clean_line(str(title_tag.string))
    meta_tags: dict[str, str] = {}
    for tag in nodes.metas:
        name = (tag.get("name") or tag.get("property") or "").lower()
        if name and tag.get("content"):
            meta_tags.setdefault(name, tag["content"])
    for tag in nodes.doomed:
        tag.extract()
    # The walks below take every string in the tree for text.
    for parent, comment in nodes.skipped:
        remove_child(parent, comment)

    root = nodes.body or nodes.html or page
    matches = _Matches()
    stats, elements = _collect_stats(root, matches, rules, test_selectors=True)
    chrome_ids = matches.chrome_ids
    # A furniture selector matching a wrapper of most of the page (a template that
    # calls its lower half "bottom") must not hide the article from the scoring. (Text
    # amounts do not depend on the furniture set, only scores do: rescored only then.)
    page_cjk = stats[id(root)].cjk
    broad = {i for i in chrome_ids if stats[i].cjk > 0.5 * page_cjk and stats[i].cjk > 50}
    if broad:
        log.warning("ignoring %d furniture selector match(es) that hold most of the page", len(broad))
        chrome_ids -= broad
        stats, _ = _collect_stats(root, matches, rules, test_selectors=False)
    if stats[id(root)].cjk + stats[id(root)].link_cjk < rules.min_cjk:
        return HtmlArticle("", _find_title(matches.titles, head_title, meta_tags, {}, [], rules)[0], {})

    region = _article_region(root, elements, stats, matches, chrome_ids, rules)
    passed_over: list[_Line] = []  # the furniture lines of blocks given up: still fields for page_meta
    for _ in range(_RETRIES):
        if region is None or region.lines or region.container is root:
            break
        # The densest block was all labelled fields or furniture (a portal's info table
        # over a body of one paragraph): the article is in another branch of the page.
        # Looked for again without that block: the blocks around it are read with it cut.
        left_out = {id(region.container)} | {id(t) for t in region.container.descendants if isinstance(t, Element)}
        chrome_ids = chrome_ids | {id(region.container)}
        retry = _article_region(root, [e for e in elements if id(e) not in left_out], stats, matches, chrome_ids,
                                rules)
        if retry is None:
            break
        passed_over += region.dropped
        region = retry
    if region is None:
        # No Chinese prose outside links and furniture: nothing is the notice's text.
        log.warning("no article text found")
        return HtmlArticle("", _find_title(matches.titles, head_title, meta_tags, {}, [], rules)[0], {})
    scope, panels, lines, dropped = region.scope, region.panels, region.lines, passed_over + region.dropped

    # page_meta: info panels cut from the article, label lines dropped from it, then
    # everything outside it.
    outside = _Linearizer({id(t) for t in scope}, stats, fields_only=True).run(root)
    panel_lines = [line for p in panels for line in _Linearizer(set(), stats).run(p)]
    page_meta = _parse_meta(_segments(panel_lines) + _segments(dropped) + _segments(outside), rules)

    title, visible = _find_title(matches.titles, head_title, meta_tags, page_meta, lines, rules)
    lines = _rejoin_title(lines, title, rules)
    if title and visible and lines:
        head_key = "".join(_key(line.text) for line in lines[: rules.title_search_lines])
        if _key(title) not in head_key:
            lines.insert(0, _Line(title, None, 0.0, None, None))
    text = "\n".join(line.text for line in lines)
    log.debug("html_to_article: %d lines, title=%r, meta=%s", len(lines), title, sorted(page_meta))
    return HtmlArticle(text=text, title=title, page_meta=page_meta)
