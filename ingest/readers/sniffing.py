"""Byte checks before any parsing: the format from the first bytes (not the name), the size
limit, what an OLE2 container holds (a BIFF workbook, an encrypted xlsx, a Word file), and
which names may be read as text tables."""

from __future__ import annotations

from pathlib import Path

from ingest.config import LoaderSettings
from ingest.readers.model import TEXT_SUFFIXES, WORKBOOK_SUFFIXES, UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
OLE_SCAN_BYTES = 4 * 1024 * 1024


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


def ole_kind(blob: bytes) -> str:
    """An OLE2 container: a BIFF8 workbook (xls, WPS .et: its stream is "Workbook"), an Excel
    5.0/95 one ("xls95": its stream is "Book"), an encrypted xlsx, or something else."""
    if "EncryptedPackage".encode("utf-16-le") in blob:
        raise UnreadableFile("password_protected")
    if "Workbook".encode("utf-16-le") in blob:
        return "xls"
    if "Book".encode("utf-16-le") in blob:
        return "xls95"
    if "WordDocument".encode("utf-16-le") in blob:
        raise UnreadableFile("not_a_spreadsheet", "Word 文档")
    raise UnreadableFile("not_a_spreadsheet", "未知的 OLE 文件")


def inspect_ole(data_head: bytes, path: Path) -> str:
    with open(path, "rb") as handle:
        return ole_kind(handle.read(min(path.stat().st_size, OLE_SCAN_BYTES)))


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
