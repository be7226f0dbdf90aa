"""Text tables (.csv, .txt, .tsv): the encoding found from BOMs, zero bytes, UTF-8 or GB18030,
and the delimiter from the first lines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest.readers.model import SheetGrid, UnreadableFile, Workbook


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-16 by its zero bytes, then UTF-8, then GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_zeros = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return data.decode("utf-16-le"), "utf-16"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return data.decode("utf-16-be"), "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("unknown_encoding")


def read_text_table(path: Path) -> Workbook:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = decode_text(data)  # UTF-16 without BOM has zeros; anything else is binary
    else:
        text, encoding = decode_text(data)
    if "\x00" in text:
        raise UnreadableFile("not_a_spreadsheet", "二进制内容")
    sample = text[:8192]
    delimiter = ","
    if path.suffix.lower() == ".tsv" or sample.count("\t") > sample.count(","):
        delimiter = "\t"
    elif sample.count(";") > sample.count(",") and sample.count(";") > sample.count("\n"):
        delimiter = ";"
    rows = [tuple(cell.strip() for cell in row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    width = max((len(row) for row in rows), default=0)
    grid = tuple(row + ("",) * (width - len(row)) for row in rows)
    return Workbook("csv", encoding, (SheetGrid(path.stem, grid),))
