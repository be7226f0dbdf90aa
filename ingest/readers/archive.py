"""Zip and XML-bomb checks on an xlsx or ods archive, before any parser sees it: declared sizes
and compression ratios (zip bombs), any DTD or entity declaration in any part (billion laughs,
external entities) — and, on the same pass, which parts hold formula-error cells or formulas with no
saved result."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import IO, NamedTuple
from xml.etree import ElementTree

from ingest.config import LoaderSettings
from ingest.readers.error_cells import (ERROR_MARK, FORMULA_MARK, has_formula_without_result, no_error_cells,
                                        xlsx_error_cells)
from ingest.readers.model import BINARY_PARTS, ErrorCells, UnreadableFile


class ZipFindings(NamedTuple):
    """What the checks of an archive found: its format, an xlsx's formula-error cells, the names of
    its parts, and whether any part says "hidden" (False only when every part was read and none
    does: then no column or row can be hidden, and ``xlsx_hidden_columns`` / ``_rows`` need not look)."""

    file_format: str
    errors: ErrorCells
    names: frozenset[str]
    may_hide_columns: bool = True


def inspect_zip(source: Path | IO[bytes], settings: LoaderSettings) -> str:
    """xlsx or ods, after checking declared sizes (zip bombs) and DTDs (XML bombs) — or UnreadableFile."""
    return inspect_zip_parts(source, settings, want_errors=False).file_format


def inspect_zip_parts(source: Path | IO[bytes], settings: LoaderSettings, *, want_errors: bool = True,
                      data: bytes | None = None) -> ZipFindings:
    """``inspect_zip`` plus an xlsx's formula-error cells and the names of the archive's parts,
    in one pass over the archive (the DTD check reads every part anyway; it notes which ones hold
    error cells). ``data``: the archive's bytes when the caller has them (``source`` is then a
    BytesIO over them), so the parts can be inflated straight from them."""
    if data is None and isinstance(source, io.BytesIO):
        data = source.getvalue()
    if data is not None and (found := plain_xlsx_parts(data, settings, want_errors)) is not None:
        return found
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
            names = frozenset(entry.filename for entry in entries)
            check_sizes(entries, settings)
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                with_errors = check_xml_parts(archive, data)
                if not want_errors:
                    return ZipFindings("xlsx", {}, names)
                try:
                    return ZipFindings("xlsx", xlsx_error_cells(archive, names, with_errors), names)
                except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
                    return ZipFindings("xlsx", {}, names)
            if "content.xml" in names and b"spreadsheet" in archive.read("mimetype") if "mimetype" in names else False:
                check_xml_parts(archive, data)
                return ZipFindings("ods", {}, names)
            if any(name.startswith("word/") for name in names):
                raise UnreadableFile("not_a_spreadsheet", "Word 文档")
            if any(name.startswith("ppt/") for name in names):
                raise UnreadableFile("not_a_spreadsheet", "PowerPoint 文档")
            raise UnreadableFile("not_a_spreadsheet", "压缩包")
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise UnreadableFile("corrupt_file", f"压缩结构损坏：{error}") from None
    except (RuntimeError, NotImplementedError) as error:  # zip-level encryption, unknown compression
        raise UnreadableFile("corrupt_file", f"无法解压：{error}") from None


def check_sizes(entries: list, settings: LoaderSettings) -> None:
    """Zip bombs, from the sizes the central directory declares: in all, and each part's ratio."""
    total = sum(entry.file_size for entry in entries)
    if total > settings.max_unzipped_bytes:
        raise UnreadableFile("zip_bomb", f"共 {total} 字节")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > 1024 * 1024 and ratio > settings.max_zip_ratio:
            raise UnreadableFile("zip_bomb", f"「{entry.filename}」压缩比 {ratio:.0f}:1")


class Part(NamedTuple):
    """A central-directory entry with the ``zipfile.ZipInfo`` fields the checks use."""

    filename: str
    orig_filename: str
    flag_bits: int
    compress_type: int
    CRC: int
    compress_size: int
    file_size: int
    header_offset: int

    def is_dir(self) -> bool:
        return self.filename.endswith("/")


END_RECORD = struct.Struct("<4s4H2LH")          # end of central directory, without a comment
CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")   # one central-directory entry, before its name
ZIP64_LOCATOR = b"PK\x06\x07"


def directory(data: bytes) -> list[Part] | None:
    """The parts of a plain archive — no comment, no zip64, nothing before or after it, one disk,
    no odd name or extra field — read straight from its central directory the way zipfile reads
    them (about a fifth of zipfile's time). None for any other archive: zipfile then reads it and
    reports whatever is wrong in its own words."""
    end = len(data) - END_RECORD.size
    if end < 0:
        return None
    signature, disk, first_disk, here, _, size, offset, comment = END_RECORD.unpack_from(data, end)
    if signature != b"PK\x05\x06" or comment or disk or first_disk or offset + size != end \
            or data[max(end - 20, 0):end - 16] == ZIP64_LOCATOR:
        return None
    parts: list[Part] = []
    position = offset
    while position < end:
        if position + CENTRAL_HEADER.size > end:
            return None
        (signature, _, needed, flags, method, _, _, crc, compressed, size, name_length, extra_length,
         comment_length, _, _, _, local) = CENTRAL_HEADER.unpack_from(data, position)
        start = position + CENTRAL_HEADER.size
        position = start + name_length + extra_length + comment_length
        if signature != b"PK\x01\x02" or (needed & 0xFF) > zipfile.MAX_EXTRACT_VERSION \
                or 0xFFFFFFFF in (compressed, size, local) or position > end \
                or not plain_extra(data[start + name_length:start + name_length + extra_length]):
            return None
        try:
            name = data[start:start + name_length].decode("utf-8" if flags & 0x800 else "cp437")
        except UnicodeDecodeError:
            return None
        if not name or "\x00" in name:
            return None
        parts.append(Part(name, name, flags, method, crc, compressed, size, local))
    return parts


def plain_extra(extra: bytes) -> bool:
    """Extra fields zipfile reads without a word: well formed, no zip64 sizes."""
    while len(extra) >= 4:
        kind, length = struct.unpack_from("<HH", extra)
        if kind == 1 or length + 4 > len(extra):
            return False
        extra = extra[length + 4:]
    return True


def plain_xlsx_parts(data: bytes, settings: LoaderSettings, want_errors: bool) -> ZipFindings | None:
    """``inspect_zip_parts`` for the usual case — an xlsx in a plain archive, every part inflated
    whole from ``data`` — without zipfile's per-archive and per-part machinery: the same size
    limits, the same scan of every part. None as soon as anything is unusual (a part zipfile
    must read, an ods, not a workbook): the zipfile path then does it all again from the start,
    so every refusal reads as before."""
    parts = directory(data)
    if parts is None:
        return None
    names = frozenset(part.filename for part in parts)
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        return None
    check_sizes(parts, settings)
    with_errors: set[str] = set()
    hiding = False
    for part in parts:
        if part.is_dir():
            continue
        body = whole_part(data, part)
        if body is None:
            return None
        scan_part(part, body, True, with_errors)
        hiding = hiding or b"hidden" in body  # a hidden row may stand anywhere in a sheet part
    if not want_errors or no_error_cells(names, with_errors):
        return ZipFindings("xlsx", {}, names, hiding)
    return None  # error cells to read: zipfile reads them (rare)


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
# Every declaration starts "<!" in UTF-8, "<\0!\0" in UTF-16-LE, "\0<\0!" in UTF-16-BE: a part
# without either byte pair needs no run of the slower case-insensitive pattern, and one without a
# "!" byte (most parts: found by one memchr) needs no look for the pairs either.
DECLARATION_STARTS = (b"<!", b"<\x00!")

IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"\x01\x00\x00\x00", b"\xd7\xcd\xc6\x9a")


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


def scan_part(entry: zipfile.ZipInfo, window: bytes, first: bool, with_errors: set[str],
              whole: bool = True) -> bool:
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
    elif FORMULA_MARK in window and entry.filename.startswith("xl/worksheets/") \
            and (not whole or has_formula_without_result(window)):
        with_errors.add(entry.filename)  # a formula with no saved result (a window: looked at whole later)
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
                if not scan_part(entry, tail + chunk, first, with_errors, whole=False):
                    break
                first = False
                tail = chunk[-overlap:]
    return with_errors
