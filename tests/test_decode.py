"""Bytes in every supported encoding decode to the same text; bad input gets a coded error."""
from __future__ import annotations

import codecs

import pytest

from ingest import ingest_bytes, ingest_path
from ingest.decode import declared_charset, decode_bytes
from policydb.errors import PolicydbError

SIMPLIFIED = "沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知\n全年全市实际利用外资完成6.6亿美元。"
TRADITIONAL = "嘉興市進一步推動招大引強工作實施方案\n各縣(市、區)人民政府,市政府各部門、直屬各單位:"


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"),
    [
        ("utf8", SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        ("utf8_bom", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        ("utf16_le_bom", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
        ("utf16_be_bom", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
        ("utf16_le_no_bom", SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
        ("utf16_be_no_bom", SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16-be"),
        ("gbk", SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        ("gb2312", SIMPLIFIED.encode("gb2312"), SIMPLIFIED, "gb18030"),
        ("gb18030", SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        ("big5_traditional", TRADITIONAL.encode("big5"), TRADITIONAL, "big5hkscs"),
        ("gbk_traditional", TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),
    ],
)
def test_encodings_decode_to_the_same_text(name, data, text, encoding):
    decoded = decode_bytes(data, name=name)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.replaced == 0


def test_declared_charset_is_honoured_when_it_verifies():
    page = '<html><head><meta charset="gb2312"></head><body><p>实际利用外资</p></body></html>'
    data = page.encode("gbk")
    assert declared_charset(data) == "gb18030"
    assert "实际利用外资" in decode_bytes(data, declared="gb18030").text


@pytest.mark.parametrize(("label", "codec"), [
    ("gb2312", "gb18030"), ("GBK", "gb18030"), ("x-gbk", "gb18030"), ("big5", "big5hkscs"), ("utf8", "utf-8"),
    ("latin1", "cp1252"),  # as browsers read it (WHATWG): windows-1252
    # Codecs Python has for other things label no page encoding: they declare nothing.
    ("zlib", None), ("idna", None), ("punycode", None), ("rot13", None), ("hex", None),
    ("iso-2022-kr", None), ("x-user-defined", None), ("no-such-charset", None),
])
def test_a_declared_label_is_read_as_browsers_read_it(label, codec):
    assert declared_charset(f'<meta charset="{label}">'.encode()) == codec


@pytest.mark.parametrize("label", ["zlib", "idna", "punycode", "utf-16", "utf-32", "rot13", "uu", "x-user-defined"])
@pytest.mark.parametrize("body", ["通知\n全市生产总值增长6%左右。".encode("gbk"), bytes(range(128, 256)) * 3,
                                  "通知\n全市生产总值增长6%左右。".encode("utf-16-le")], ids=["gbk", "high-bytes", "utf-16"])
def test_any_declared_charset_ends_in_text_or_a_coded_error(label, body):
    """Fuzzing found declared codecs that crashed the decoder (LookupError, UnicodeError)."""
    page = b'<html><head><meta charset="' + label.encode() + b'"></head><body><p>' + body + b"</p></body></html>"
    try:
        text = ingest_bytes(page, source="x.html", html=True).text
    except PolicydbError as error:
        assert error.code in ("E004", "E005", "E006")
    else:
        assert text


def test_declared_charset_that_lies_is_overruled():
    page = '<html><head><meta charset="big5"></head><body><p>沧州市实际利用外资完成6.6亿美元</p></body></html>'
    decoded = decode_bytes(page.encode("gbk"), declared=declared_charset(page.encode("gbk")))
    assert "沧州市实际利用外资" in decoded.text


def test_undecodable_bytes_are_replaced_visibly_not_dropped():
    data = SIMPLIFIED.encode("utf-8") + b"\xff" + "附件".encode()
    decoded = decode_bytes(data)
    assert decoded.replaced == 1
    assert "\ufffd附件" in decoded.text or "附件" in decoded.text and "\ufffd" in decoded.text


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "E003"),
        ("blank.txt", b"  \n\r\n\t ", "E003"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E004"),
        ("chart.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E004"),
        ("pages.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "E004"),
        ("notice.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "E004"),
        ("random.txt", bytes(range(128, 256)) * 40 + b"\x01\x02\x03" * 50, "E005"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100, "E005"),
        ("notice.xlsx.json", b'{"a": 1}', "E007"),
    ],
)
def test_bad_files_get_a_coded_error(write_file, name, data, code):
    with pytest.raises(PolicydbError) as caught:
        ingest_path(write_file(name, data))
    assert caught.value.code == code


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(PolicydbError) as caught:
        ingest_path(tmp_path / "nope.txt")
    assert caught.value.code == "E001"
    with pytest.raises(PolicydbError) as caught:
        ingest_path(tmp_path)
    assert caught.value.code == "E002"


def test_page_of_nothing_but_furniture_is_rejected():
    with pytest.raises(PolicydbError) as caught:
        ingest_bytes("当前位置:首页 > 新闻\n分享给朋友:\n".encode(), source="x.txt")
    assert caught.value.code == "E006"


def test_extensionless_file_is_sniffed(write_file):
    path = write_file("content_5359620", b"<!DOCTYPE html><html><body><p>" + SIMPLIFIED.encode() + b"</p></body></html>")
    notice = ingest_path(path)
    assert notice.format == "html"
    assert "实际利用外资完成6.6亿美元" in notice.text


def test_utf8_cut_mid_character_stays_utf8():
    # A detector may read such bytes as a Cyrillic code page; a notice is Chinese, so the
    # damaged UTF-8 is kept, its bad bytes shown.
    data = ("<p>" + SIMPLIFIED * 20 + "</p>" + SIMPLIFIED).encode("utf-8")[:-1]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and decoded.replaced >= 1
    assert "实际利用外资" in decoded.text


def test_utf8_with_one_bad_byte_stays_utf8():
    # Such bytes often also decode as GB18030, into rare characters; the notice is UTF-8.
    data = (SIMPLIFIED * 10).encode("utf-8")
    damaged = data[:99] + b"\x80" + data[99:]
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert decoded.text.count("实际利用外资") == 10
