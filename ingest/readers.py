"""Every supported format → sheets of cell texts plus merged ranges (nothing else is parsed here).

The format is sniffed from the bytes, not taken from the name: a .docx renamed .xlsx, a truncated
zip or an encrypted workbook raises ``UnreadableFile`` with a problem code, before any parsing.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
import zlib
from xml.etree import ElementTree
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

import python_calamine

from ingest.config import LoaderSettings

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".txt", ".tsv"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class SheetGrid:
    """Cell texts row by row ('' for empty) and merged ranges as (row0, col0, row1, col1) inclusive."""

    name: str
    rows: tuple[tuple[str, ...], ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class Workbook:
    file_format: str          # xlsx | xls | ods | csv
    encoding: str | None      # text files only
    sheets: tuple[SheetGrid, ...]


class UnreadableFile(Exception):
    """A file rejected as a whole; ``problem_code`` is one of ingest.problems."""

    def __init__(self, problem_code: str, detail: str = "") -> None:
        super().__init__(f"{problem_code}: {detail}")
        self.problem_code = problem_code
        self.detail = detail


def cell_text(value: object) -> str:
    """A cell as text the way a person reads it: 1869.0 → "1869", a date → "2025-01-01"."""
    if isinstance(value, float):  # numbers first: the most common non-text cell
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


class FloatTexts(dict):
    """float → its cell text, filled on first use (bounded: cleared when it grows large)."""

    def __missing__(self, value: float) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        text = self[value] = cell_text(value)
        return text


number_text = FloatTexts().__getitem__


def sniff_format(path: Path, head: bytes) -> str:
    """xlsx | ods | ole | text | zip | pdf | other — from the first bytes."""
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    return "text"


def check_size(path: Path, settings: LoaderSettings) -> int:
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise UnreadableFile("file_too_large", f"{size} 字节，上限 {settings.max_file_bytes} 字节")
    return size


ErrorCells = dict[str, list[tuple[int, int, str]]]  # sheet name → (row, col, "#DIV/0!")


def inspect_zip(source: Path | IO[bytes], settings: LoaderSettings) -> str:
    """xlsx or ods, after checking declared sizes (zip bombs) and DTDs (XML bombs) — or UnreadableFile."""
    return inspect_zip_parts(source, settings, want_errors=False)[0]


def inspect_zip_parts(source: Path | IO[bytes], settings: LoaderSettings, *, want_errors: bool = True,
                      data: bytes | None = None) -> tuple[str, ErrorCells, frozenset[str]]:
    """``inspect_zip`` plus an xlsx's formula-error cells and the names of the archive's parts,
    in one pass over the archive (the DTD check reads every part anyway; it notes which ones hold
    error cells). ``data``: the archive's bytes when the caller has them (``source`` is then a
    BytesIO over them), so the parts can be inflated straight from them."""
    if data is None and isinstance(source, io.BytesIO):
        data = source.getvalue()
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
            names = frozenset(entry.filename for entry in entries)
            total = sum(entry.file_size for entry in entries)
            if total > settings.max_unzipped_bytes:
                raise UnreadableFile("zip_bomb", f"共 {total} 字节")
            for entry in entries:
                ratio = entry.file_size / max(entry.compress_size, 1)
                if entry.file_size > 1024 * 1024 and ratio > settings.max_zip_ratio:
                    raise UnreadableFile("zip_bomb", f"「{entry.filename}」压缩比 {ratio:.0f}:1")
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                with_errors = check_xml_parts(archive, data)
                if not want_errors:
                    return "xlsx", {}, names
                try:
                    return "xlsx", xlsx_error_cells(archive, names, with_errors), names
                except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
                    return "xlsx", {}, names
            if "content.xml" in names and b"spreadsheet" in archive.read("mimetype") if "mimetype" in names else False:
                check_xml_parts(archive, data)
                return "ods", {}, names
            if any(name.startswith("word/") for name in names):
                raise UnreadableFile("not_a_spreadsheet", "Word 文档")
            if any(name.startswith("ppt/") for name in names):
                raise UnreadableFile("not_a_spreadsheet", "PowerPoint 文档")
            raise UnreadableFile("not_a_spreadsheet", "压缩包")
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise UnreadableFile("corrupt_file", f"压缩结构损坏：{error}") from None
    except (RuntimeError, NotImplementedError) as error:  # zip-level encryption, unknown compression
        raise UnreadableFile("corrupt_file", f"无法解压：{error}") from None


def declaration_pattern() -> re.Pattern[bytes]:
    """``<!DOCTYPE`` or ``<!ENTITY`` in any letter case, as UTF-8 or UTF-16 (either byte order)."""
    alternatives = []
    for word in ("<!DOCTYPE", "<!ENTITY"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            alternatives.append(b"".join(
                b"(?:" + re.escape(ch.upper().encode(encoding)) + b"|" + re.escape(ch.lower().encode(encoding)) + b")"
                for ch in word))
    return re.compile(b"|".join(alternatives))


XML_DECLARATION = declaration_pattern()
ERROR_MARK = b't="e"'
# Every declaration starts "<!" in UTF-8, "<\0!\0" in UTF-16-LE, "\0<\0!" in UTF-16-BE: a part
# without either byte pair needs no run of the slower case-insensitive pattern, and one without a
# "!" byte (most parts: found by one memchr) needs no look for the pairs either.
DECLARATION_STARTS = (b"<!", b"<\x00!")

IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"\x01\x00\x00\x00", b"\xd7\xcd\xc6\x9a")
BINARY_PARTS = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin", ".wdp")


# A part up to this size, stored or deflated, is inflated in one call straight from the archive's
# bytes; larger or unusual parts are streamed through zipfile in chunks.
WHOLE_PART_BYTES = 4 * 1024 * 1024
LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length
UNSUPPORTED_FLAGS = 0x1 | 0x20 | 0x40     # encrypted, compressed patch data, strong encryption


def whole_part(data: bytes, entry: zipfile.ZipInfo) -> bytes | None:
    """A small part's bytes, read the way zipfile reads them but without its per-part machinery:
    local header, then the stored or deflated bytes, checked against the declared size and CRC.
    None whenever anything is unusual — zipfile then reads the part and reports what is wrong."""
    if entry.file_size > WHOLE_PART_BYTES or entry.flag_bits & UNSUPPORTED_FLAGS \
            or entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return None
    offset = entry.header_offset
    header = data[offset:offset + LOCAL_HEADER.size]
    if len(header) != LOCAL_HEADER.size:
        return None
    signature, name_length, extra_length = LOCAL_HEADER.unpack(header)
    if signature != b"PK\x03\x04":
        return None
    name_start = offset + LOCAL_HEADER.size
    name = data[name_start:name_start + name_length]
    try:
        same_name = name.decode("utf-8" if entry.flag_bits & 0x800 else "cp437") == entry.orig_filename
    except UnicodeDecodeError:
        return None
    if not same_name:
        return None
    start = name_start + name_length + extra_length
    raw = data[start:start + entry.compress_size]
    if len(raw) != entry.compress_size:
        return None
    if entry.compress_type == zipfile.ZIP_STORED:
        body = raw
    else:
        inflater = zlib.decompressobj(-15)
        try:
            body = inflater.decompress(raw, entry.file_size + 1)  # never more than declared (+1 to notice)
        except zlib.error:
            return None
        if not inflater.eof:
            return None
    if len(body) != entry.file_size or zlib.crc32(body) != entry.CRC:
        return None
    return bytes(body)


def scan_part(entry: zipfile.ZipInfo, window: bytes, first: bool, with_errors: set[str]) -> bool:
    """Check one window of a part; False when the part is an image and needs no further look."""
    # A part is skipped as an image by what it holds, not by its name: a worksheet
    # renamed "x.png" is still scanned.
    if first and entry.filename.lower().endswith(BINARY_PARTS) and window.startswith(IMAGE_MAGIC):
        return False
    found = XML_DECLARATION.search(window) \
        if b"!" in window and any(start in window for start in DECLARATION_STARTS) else None
    if found:
        declaration = found.group().replace(b"\x00", b"").decode("ascii").upper()
        raise UnreadableFile("xml_bomb", f"「{entry.filename}」中的 {declaration}")
    if ERROR_MARK in window:
        with_errors.add(entry.filename)
    return True


def check_xml_parts(archive: zipfile.ZipFile, data: bytes | None = None) -> set[str]:
    """Refuse any part that declares a DTD. No workbook needs one, and entity declarations are
    how billion-laughs expansion and external-entity reads work; so the parsers never see them.
    Every part is read whole or in chunks (a DTD may hide anywhere a lenient parser would accept
    it). Returns the parts that hold formula-error cells (``t="e"``), found on the same read.
    ``data``: the archive's bytes, when the caller has them — small parts are then inflated
    straight from them."""
    overlap = 32  # longer than the longest pattern, so a declaration split across chunks is found
    with_errors: set[str] = set()
    for entry in archive.infolist():
        if entry.is_dir():
            continue
        body = whole_part(data, entry) if data is not None else None
        if body is not None:
            scan_part(entry, body, True, with_errors)
            continue
        tail = b""
        with archive.open(entry) as stream:
            first = True
            while chunk := stream.read(1 << 20):
                if not scan_part(entry, tail + chunk, first, with_errors):
                    break
                first = False
                tail = chunk[-overlap:]
    return with_errors


def ole_kind(blob: bytes) -> str:
    """An OLE2 container: a BIFF workbook (xls, WPS .et), an encrypted xlsx, or something else."""
    if "EncryptedPackage".encode("utf-16-le") in blob:
        raise UnreadableFile("password_protected")
    if "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
        return "xls"
    if "WordDocument".encode("utf-16-le") in blob:
        raise UnreadableFile("not_a_spreadsheet", "Word 文档")
    raise UnreadableFile("not_a_spreadsheet", "未知的 OLE 文件")


def inspect_ole(data_head: bytes, path: Path) -> str:
    with open(path, "rb") as handle:
        return ole_kind(handle.read(min(path.stat().st_size, OLE_SCAN_BYTES)))


OLE_SCAN_BYTES = 4 * 1024 * 1024


def check_text_name(name: str, empty: bool) -> None:
    """Content that is neither a zip nor an OLE container is read only under a text-table name."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return
    if suffix in WORKBOOK_SUFFIXES:
        if empty:
            raise UnreadableFile("corrupt_file", "空文件")
        raise UnreadableFile("not_a_spreadsheet", "内容不是 Excel/WPS/ODS 工作簿")
    raise UnreadableFile("unsupported_type", suffix or name)


def sniff_bytes(name: str, data: bytes, settings: LoaderSettings) -> str:
    """The format the loader would read ``data`` as (xlsx | xls | ods | csv), with the same checks
    as ``read_workbook`` short of parsing — or UnreadableFile. For uploads, before saving."""
    if len(data) > settings.max_file_bytes:
        raise UnreadableFile("file_too_large", f"{len(data)} 字节，上限 {settings.max_file_bytes} 字节")
    if not data:
        raise UnreadableFile("corrupt_file", "空文件")
    kind = sniff_format(Path(name), data[:8])
    if kind == "zip":
        return inspect_zip(io.BytesIO(data), settings)
    if kind == "ole":
        return ole_kind(data[:OLE_SCAN_BYTES])
    if kind in {"pdf", "image"}:
        raise UnreadableFile("not_a_spreadsheet", "PDF 文件" if kind == "pdf" else "图片")
    check_text_name(name, empty=False)
    try:
        text, _ = decode_text(data)
    except UnicodeDecodeError:  # a BOM followed by bytes that are not that encoding
        raise UnreadableFile("unknown_encoding") from None
    if "\x00" in text:
        raise UnreadableFile("not_a_spreadsheet", "二进制内容")
    return "csv"


def read_workbook(path: Path, settings: LoaderSettings) -> Workbook:
    """All sheets of one file. Raises UnreadableFile for anything that is not a readable table."""
    check_size(path, settings)
    with open(path, "rb") as handle:
        head = handle.read(8)
        kind = sniff_format(path, head)
        if kind == "zip":  # read once: the checks inflate the parts from these bytes
            data = head + handle.read(settings.max_file_bytes + 1 - len(head))
    if kind == "zip":
        if len(data) > settings.max_file_bytes:  # grown since check_size
            raise UnreadableFile("file_too_large", f"{len(data)} 字节，上限 {settings.max_file_bytes} 字节")
        file_format, errors, names = inspect_zip_parts(io.BytesIO(data), settings, data=data)
        return read_calamine(path, file_format, errors, data if plain_xlsx(path, names) else None)
    if kind == "ole":
        return read_calamine(path, inspect_ole(head, path), xls_error_cells(path))
    if kind in {"pdf", "image"}:
        raise UnreadableFile("not_a_spreadsheet", "PDF 文件" if kind == "pdf" else "图片")
    check_text_name(path.name, empty=not head)
    return read_text_table(path)


ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.S)
CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
VALUE = re.compile(rb"<v>([^<]*)</v>")


def column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def xlsx_error_cells(archive: zipfile.ZipFile, names: set[str], with_errors: set[str]) -> ErrorCells:
    """Formula errors (#DIV/0!) that calamine returns as empty: read from the sheet XML instead,
    so an error cell is reported rather than silently lost. ``with_errors``: the XML parts
    ``check_xml_parts`` saw an error cell in — the others need not be read again."""
    found: ErrorCells = {}
    if "xl/workbook.xml" not in names:
        return found
    if not with_errors and not any(name.lower().endswith(BINARY_PARTS) for name in names):
        return found  # no sheet part can be read for errors: each would be skipped below
    namespaces = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                  "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    for sheet in workbook.iter(f"{{{namespaces['m']}}}sheet"):
        target = targets.get(sheet.get(f"{{{namespaces['r']}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if member not in names or (member not in with_errors
                                    and not member.lower().endswith(BINARY_PARTS)):
            continue
        xml = archive.read(member)
        if ERROR_MARK not in xml:
            continue
        for attributes, body in ERROR_CELL.findall(xml):
            ref, value = CELL_REF.search(attributes), VALUE.search(body)
            if ref and value:
                found.setdefault(sheet.get("name", ""), []).append(
                    (int(ref.group(2)) - 1, column_index(ref.group(1)), value.group(1).decode("utf-8", "replace")))
    return found


def xls_error_cells(path: Path) -> ErrorCells:
    """Formula errors (#DIV/0!) and error constants of an old-Excel/WPS .xls, which calamine also
    returns as empty: read with xlrd, so an error cell is reported rather than silently lost. A
    file xlrd cannot read gives no error cells; calamine's read still decides if it is readable."""
    import xlrd

    found: ErrorCells = {}
    try:
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception:  # noqa: BLE001 — calamine reports an unreadable file in its own words
        return found
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            for r in range(sheet.nrows):
                for c, cell_type in enumerate(sheet.row_types(r)):
                    if cell_type == xlrd.XL_CELL_ERROR:
                        found.setdefault(sheet.name, []).append(
                            (r, c, xlrd.error_text_from_code.get(sheet.cell_value(r, c), "#ERROR!")))
            book.unload_sheet(index)
    except Exception:  # noqa: BLE001 — what was found so far still counts
        pass
    finally:
        book.release_resources()
    return found


def with_cells(rows: tuple[tuple[str, ...], ...], extra: list[tuple[int, int, str]]) -> tuple[tuple[str, ...], ...]:
    grid = [list(row) for row in rows]
    for r, c, text in extra:
        while len(grid) <= r:
            grid.append([])
        grid[r].extend([""] * (c + 1 - len(grid[r])))
        grid[r][c] = text
    width = max((len(row) for row in grid), default=0)
    return tuple(tuple(row + [""] * (width - len(row))) for row in grid)


def plain_xlsx(path: Path, names: frozenset[str]) -> bool:
    """A workbook calamine reads with its xlsx reader whether it is given the path (chosen by the
    suffix) or the bytes (each reader tried in turn: xls fails on a zip, and xlsb and ods find
    none of their parts here) — so reading the bytes already in memory gives the same sheets."""
    return path.suffix in (".xlsx", ".xlsm") and "xl/workbook.xml" in names \
        and not names & {"xl/workbook.bin", "content.xml", "mimetype"}


def open_calamine(path: Path, data: bytes | None) -> python_calamine.CalamineWorkbook:
    """From the bytes when given (no file reads through a buffered reader's seeks), else from
    the path; a failure from the bytes is read again from the path, so errors read the same."""
    if data is not None:
        try:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception:  # noqa: BLE001 — the path read below reports it
            pass
    return python_calamine.CalamineWorkbook.from_path(str(path))


def read_calamine(path: Path, file_format: str, errors: ErrorCells, data: bytes | None = None) -> Workbook:
    try:
        book = open_calamine(path, data)
        try:
            sheets = []
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                # Most cells are text or empty: strip them here rather than call cell_text per cell;
                # numbers repeat, so each float's text is worked out once.
                rows = tuple([tuple([v.strip() if type(v) is str else (type(v) is float and number_text(v))
                                     or cell_text(v) for v in row])
                              for row in sheet.to_python(skip_empty_area=False)])
                merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or ()))
                sheets.append(SheetGrid(name, rows, merged))
        finally:
            book.close()
    except python_calamine.PasswordError:
        raise UnreadableFile("password_protected") from None
    except (python_calamine.ZipError, python_calamine.XmlError) as error:
        raise UnreadableFile("corrupt_file", str(error)[:120]) from None
    except python_calamine.CalamineError as error:
        message = str(error)
        if "password" in message.lower() or "encrypt" in message.lower():
            raise UnreadableFile("password_protected") from None
        raise UnreadableFile("corrupt_file", message[:120]) from None
    if errors:
        sheets = [SheetGrid(sheet.name, with_cells(sheet.rows, errors[sheet.name]), sheet.merged)
                  if sheet.name in errors else sheet for sheet in sheets]
    return Workbook(file_format, None, tuple(sheets))


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
