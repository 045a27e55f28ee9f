"""The page tree is the tree BeautifulSoup (lxml) builds, node for node: the page reader
was written against that tree, and reads this one instead."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, CData, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ingest.decode import declared_charset, decode_bytes
from ingest.page_tree import Element, Skipped, parse_page
from tests.conftest import CORPUS, ROOT

PAGES = sorted(CORPUS.glob("*.html")) + sorted(ROOT.glob("eval/*/corpus/*.html"))

SNIPPETS = {
    "whitespace_between_tags": "<div> <p>a</p>\n  <p>b</p>\t</div>",
    "whitespace_in_pre_and_textarea": "<pre>  \n  </pre><textarea> </textarea><pre><b> </b></pre>",
    "non_ascii_space_kept": "<p>\u3000</p><p>\xa0</p>",
    "comment_splits_text": "<p>a<!-- x -->b</p><p><!----></p>",
    "comment_alone_in_title": "<title><!--c--></title><p>x</p>",
    "doctype_and_instruction": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><?php echo 1; ?><p>x</p>',
    "doctype_inside_a_cell": "<table><tr><td><!DOCTYPE html></td></tr></table>",
    "hidden_text": "<a>链接<ruby>漢<rt>hàn</rt><rp>(</rp></ruby><script>var a;</script><style>p{}</style></a>",
    "list_attributes": '<a class=" x  y " rel="a b" id="a b"><td headers="h1 h2">c</td></a><DIV CLASS="">d</DIV>',
    "stray_and_misnested_end_tags": "<b><i>x</b>y</i></zz></p><div><span>z</div>",
    "unclosed_elements": "<ul><li>a<li>b<table><tr><td>c",
    "byte_order_mark": "\ufeff<p>x</p>",
    "text_before_any_tag": "text<p>x</p>tail",
}


def _tree(node: object) -> object:
    """A comparable form of a BeautifulSoup or page tree: elements with their attributes,
    strings with their kind; each element with its text and its .string."""
    if isinstance(node, (Tag, Element)):
        return (node.name, dict(node.attrs), node.get_text(), node.get_text(" ", strip=True),
                node.string, [_tree(child) for child in node.contents])
    if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction, Skipped)):
        kind = "skipped"
    elif type(node) in (str, NavigableString, CData):
        kind = "text"
    else:
        kind = "hidden"
    return (kind, str(node))


@pytest.mark.parametrize("markup", SNIPPETS.values(), ids=SNIPPETS.keys())
def test_snippet_tree_is_beautifulsoups(markup: str) -> None:
    assert _tree(parse_page(markup)) == _tree(BeautifulSoup(markup, "lxml"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_tree_is_beautifulsoups(path) -> None:
    data = path.read_bytes()
    markup = decode_bytes(data, declared=declared_charset(data)).text  # as ingest reads it
    assert _tree(parse_page(markup)) == _tree(BeautifulSoup(markup, "lxml"))


def test_pages_found() -> None:
    assert len(PAGES) >= 10
