"""A saved page as a tree of elements and strings: the tree BeautifulSoup builds with
lxml, built straight from lxml's parser events.

BeautifulSoup spent three quarters of reading a page building its tree (an object
with a dozen links per string, each tag's attributes reprocessed in Python). The page
reader needs only names, attributes, children and parents, so the tree here has just
those, and strings are plain `str`. It is the tree BeautifulSoup("…", "lxml") gives,
node for node, for the same events of the same parser:

- the text between two events is one string; a string of ASCII whitespace alone is
  kept as a single line break or space, except inside <pre> and <textarea>;
- an end tag closes the nearest open element of its name and every element opened
  inside it, and is ignored when none is open;
- multi-valued attributes (class, rel, …) are lists of their whitespace-separated
  values;
- comments, the doctype and processing instructions stay in the tree as `Skipped`
  strings, and the text of script, style, template, rt and rp as `HiddenText` of the
  innermost of those elements, which `get_text` leaves out as BeautifulSoup does
  (but for the element's own kind of text, when asked of one of those).

`Element` answers the part of BeautifulSoup's `Tag` interface that ingest/html.py uses.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

# What BeautifulSoup collapses: a string of these characters alone (bs4's ASCII_SPACES).
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
_PRESERVE_WHITESPACE = frozenset(["pre", "textarea"])
# Attributes holding a list of values, for every element and per element name (bs4's
# HTML cdata-list attributes).
_LIST_ATTRS_ANY = frozenset(["class", "accesskey", "dropzone"])
_LIST_ATTRS = {
    "a": frozenset(["rel", "rev"]),
    "link": frozenset(["rel", "rev"]),
    "td": frozenset(["headers"]),
    "th": frozenset(["headers"]),
    "form": frozenset(["accept-charset"]),
    "object": frozenset(["archive"]),
    "area": frozenset(["rel"]),
    "icon": frozenset(["sizes"]),
    "iframe": frozenset(["sandbox"]),
    "output": frozenset(["for"]),
}
_VALUES = re.compile(r"\S+")
ROOT_NAME = "[document]"


class Skipped(str):
    """A comment, the doctype or a processing instruction: not text of the page."""


class HiddenText(str):
    """Text inside script, style, template, rt or rp."""


# Elements whose strings are not the page's main text (bs4's string containers), each
# with its own kind of text.
_HIDDEN_TEXT: dict[str, type[HiddenText]] = {
    name: type(f"HiddenText_{name}", (HiddenText,), {}) for name in ("rt", "rp", "style", "script", "template")
}


class Element:
    """An element: its name, attributes, children (elements and strings) and parent."""

    __slots__ = ("name", "attrs", "contents", "parent")

    def __init__(self, name: str, attrs: dict, parent: Element | None) -> None:
        self.name = name
        self.attrs = attrs
        self.contents: list[Element | str] = []
        self.parent = parent

    def __repr__(self) -> str:
        return f"<{self.name} {self.attrs}>"

    def get(self, key: str, default: object = None) -> object:
        return self.attrs.get(key, default)

    def __getitem__(self, key: str) -> object:
        return self.attrs[key]

    @property
    def children(self) -> Iterator[Element | str]:
        return iter(self.contents)

    @property
    def descendants(self) -> Iterator[Element | str]:
        """Every element and string below this one, in document order."""
        stack = list(reversed(self.contents))
        while stack:
            node = stack.pop()
            yield node
            if isinstance(node, Element):
                stack.extend(reversed(node.contents))

    def find_all(self, name: str) -> list[Element]:
        return [node for node in self.descendants if isinstance(node, Element) and node.name == name]

    def get_text(self, separator: str = "", strip: bool = False) -> str:
        """The page's text below this element (no comments, scripts or ruby), joined;
        of a script, style, template, rt or rp, its own kind of text."""
        kind = _HIDDEN_TEXT.get(self.name, str)
        strings = (node for node in self.descendants if type(node) is kind)
        if strip:
            strings = (s for s in (s.strip() for s in strings) if s)
        return separator.join(strings)

    @property
    def string(self) -> str | None:
        """The one string this element holds, alone or through one child element; else None."""
        if len(self.contents) != 1:
            return None
        child = self.contents[0]
        return child.string if isinstance(child, Element) else child

    def extract(self) -> None:
        """Take this element out of the tree."""
        if self.parent is not None:
            remove_child(self.parent, self)
            self.parent = None


def remove_child(parent: Element, child: Element | str) -> None:
    """Remove `child` itself (not an equal string) from `parent`'s children."""
    contents = parent.contents
    for i, node in enumerate(contents):
        if node is child:
            del contents[i]
            return


class ParserRejectedMarkup(Exception):
    """lxml refused the page as text and as UTF-8 bytes (as bs4 reports it)."""


def parse_page(markup: str) -> Element:
    """The page's tree under a root element named "[document]"."""
    if markup[:1] == "\ufeff":
        markup = markup[1:]
    rejections = []
    for data, encoding in ((markup, None), (None, "utf8")):
        builder = _TreeBuilder()
        try:
            parser = etree.HTMLParser(target=builder, recover=True, huge_tree=False, encoding=encoding)
            parser.feed(markup.encode("utf8") if data is None else data)
            parser.close()
        except (UnicodeDecodeError, LookupError, etree.ParserError) as exc:
            rejections.append(f"{exc.__class__.__name__}: {exc}")
            continue
        if builder.text:
            builder.end_text()
        return builder.root
    raise ParserRejectedMarkup(
        "The markup you provided was rejected by the parser. Trying a different parser or a different "
        "encoding may help.\n\nOriginal exception(s) from parser:\n " + "\n ".join(rejections))


class _TreeBuilder:
    """The target of lxml's parser events (start, end, data, comment, doctype, pi, close)."""

    def __init__(self) -> None:
        self.root = Element(ROOT_NAME, {}, None)
        self.open: list[Element] = [self.root]
        self.current = self.root
        self.text: list[str] = []
        self.preserving = 0  # open <pre> and <textarea> elements
        self.hiding: list[type[HiddenText]] = []  # the text kinds of the open script, style … elements

    def end_text(self, kind: type[str] | None = None) -> None:
        text = "".join(self.text)
        self.text = []
        # (strip returns the text itself, uncopied, when it starts and ends with none)
        if not self.preserving and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if kind is None:
            kind = self.hiding[-1] if self.hiding else str
        self.current.contents.append(kind(text) if kind is not str else text)

    def start(self, name: str, attrib: dict) -> None:
        if self.text:
            self.end_text()
        attrs = {}
        if attrib:  # (most elements have none, and lxml's empty mapping is not a dict)
            attrs = dict(attrib)
            listed = _LIST_ATTRS.get(name.lower())
            for key, value in attrs.items():
                if key in _LIST_ATTRS_ANY or (listed and key in listed):
                    attrs[key] = _VALUES.findall(value)
        element = Element(name, attrs, self.current)
        self.current.contents.append(element)
        self.open.append(element)
        self.current = element
        if name in _PRESERVE_WHITESPACE:
            self.preserving += 1
        if name in _HIDDEN_TEXT:
            self.hiding.append(_HIDDEN_TEXT[name])

    def end(self, name: str) -> None:
        if self.text:
            self.end_text()
        # The nearest open element of this name closes, with all opened inside it; an
        # end tag of no open element is ignored.
        if self.current.name != name and not any(element.name == name for element in self.open[1:]):
            return
        while len(self.open) > 1:
            element = self.open.pop()
            if element.name in _PRESERVE_WHITESPACE:
                self.preserving -= 1
            if element.name in _HIDDEN_TEXT:
                self.hiding.pop()
            if element.name == name:
                break
        self.current = self.open[-1]

    def data(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        self._skipped(text)

    def doctype(self, name: str | None, public_id: str | None, system_id: str | None) -> None:
        # Spelt as bs4 spells it: a doctype alone in an element is that element's .string.
        text = name or ""
        if public_id is not None:
            text += f' PUBLIC "{public_id}"'
            if system_id is not None:
                text += f' "{system_id}"'
        elif system_id is not None:
            text += f' SYSTEM "{system_id}"'
        self._skipped(text)

    def pi(self, target: str, data: str | None) -> None:
        self._skipped(f"{target} {data}")

    def _skipped(self, text: str) -> None:
        if self.text:
            self.end_text()
        self.text = [text]
        self.end_text(Skipped)

    def close(self) -> None:
        return None
