"""Text tables (.csv, .txt, .tsv): the encoding found from BOMs, zero bytes, UTF-8 or GB18030,
and the delimiter from the first lines."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ingest.problems import Problem
from ingest.readers.model import SheetGrid, UnreadableFile, Workbook, indented_text


# A text file with a few bytes no encoding reads (a GBK export cut mid-character, a stray byte):
# read with those bytes marked (U+FFFD) and the lines named, when they are at most this many and
# at most one character in twenty.
MAX_DAMAGED_PLACES = 20
DAMAGED_SHARE = 20
REPLACEMENT = "\ufffd"
# ="210106003006": Excel's way to keep a code or a month as text in a CSV (no 2.10106E+11). A
# spreadsheet program shows the text inside, and so does the grid.
EXCEL_TEXT = re.compile(r'^=\s*"(.*)"$', re.S)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-16 by its zero bytes, then UTF-8, then GB18030."""
    text, encoding, _ = decode_with_damage(data)
    return text, encoding


def decode_with_damage(data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """``decode_text`` plus the lines (1-based) holding bytes that encoding cannot read, each
    shown as U+FFFD. A file with more than ``MAX_DAMAGED_PLACES`` of them (or more than one
    character in ``DAMAGED_SHARE``) is in no encoding jiedao reads: UnreadableFile("unknown_encoding")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _least_damaged(data[3:], ("utf-8",), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _least_damaged(data, ("utf-16",))
    sample = data[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_zeros = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return _least_damaged(data, ("utf-16-le",), "utf-16")
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return _least_damaged(data, ("utf-16-be",), "utf-16")
    return _least_damaged(data, ("utf-8", "gb18030"))


def _least_damaged(data: bytes, encodings: tuple[str, ...], name: str = "") -> tuple[str, str, tuple[int, ...]]:
    for encoding in encodings:
        try:
            return data.decode(encoding), name or encoding, ()
        except UnicodeDecodeError:
            continue
    readings = [(data.decode(encoding, errors="replace"), encoding) for encoding in encodings]
    text, encoding = min(readings, key=lambda reading: reading[0].count(REPLACEMENT))
    damaged = text.count(REPLACEMENT)
    if damaged > MAX_DAMAGED_PLACES or damaged * DAMAGED_SHARE > len(text):
        raise UnreadableFile("unknown_encoding")
    lines = tuple(number for number, line in enumerate(text.splitlines(), start=1) if REPLACEMENT in line)
    return text, name or encoding, lines


def read_text_table(path: Path) -> Workbook:
    data = path.read_bytes()
    text, encoding, damaged = decode_with_damage(data)
    if "\x00" in text:
        raise UnreadableFile("not_a_spreadsheet", "二进制内容")
    sample = text[:8192]
    delimiter = ","
    if path.suffix.lower() == ".tsv" or sample.count("\t") > sample.count(","):
        delimiter = "\t"
    elif sample.count(";") > sample.count(",") and sample.count(";") > sample.count("\n"):
        delimiter = ";"
    indented: set[str] = set()
    rows = [tuple(excel_text(indented_text(cell, cell.strip(), indented)) for cell in row)
            for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    width = max((len(row) for row in rows), default=0)
    grid = tuple(row + ("",) * (width - len(row)) for row in rows)
    problems = (Problem("damaged_bytes", raw_text=encoding, detail="、".join(map(str, damaged))),) if damaged else ()
    return Workbook("csv", encoding, (SheetGrid(path.stem, grid, indented_texts=frozenset(indented)),), problems)


def excel_text(cell: str) -> str:
    """The text of a ="…" cell, as a spreadsheet program shows it; any other cell as it is."""
    found = EXCEL_TEXT.match(cell)
    return found[1].replace('""', '"').strip() if found else cell
