"""Saving uploaded files into the inbox, where the next ingest finds them.

Each upload is judged by its bytes with the readers' own checks (size, format, zip and XML
bombs, encryption): a file the loader would reject as a whole is refused here with a Chinese
message naming it, and the others are saved. Names come from a browser and are hostile until
proven otherwise, so each is reduced to a plain file name that cannot leave
``inbox/uploads/<timestamp>/``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ingest.problems import PROBLEM_TEMPLATES
from ingest.readers import TEXT_SUFFIXES, UnreadableFile, sniff_bytes
from jiedao.settings import Settings

FALLBACK_STEM = "upload"
# ext4 and most file systems allow 255 bytes per name; a Chinese character takes 3 in UTF-8.
# 200 leaves room for a "(12)" de-duplication mark and the ".<name>.part" temporary name.
MAX_NAME_BYTES = 200
MAX_SUFFIX_CHARS = 10
WINDOWS_RESERVED = re.compile(r'[<>:"|?*]')
WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
DRIVE = re.compile(r"^[A-Za-z]:")
EDGE_DOTS_AND_SPACES = re.compile(r"^[\s.]+|[\s.]+$")
# A web system's "Excel" export (an HTML page or tab-separated text named .xls) keeps its name.
SUFFIXES_OF_FORMAT = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls", ".et"), "ods": (".ods",),
                      "csv": (*sorted(TEXT_SUFFIXES), ".xls", ".et"), "html": (".xls", ".et")}
DEFAULT_SUFFIX = {"xlsx": ".xlsx", "xls": ".xls", "ods": ".ods", "csv": ".csv", "html": ".xls"}


@dataclass(frozen=True)
class SavedUpload:
    original_name: str
    saved_path: Path


@dataclass(frozen=True)
class RefusedUpload:
    original_name: str
    message: str          # Chinese, names the file and says why


@dataclass(frozen=True)
class UploadResult:
    """``folder`` always exists afterwards (empty when every file was refused)."""

    folder: Path
    saved: tuple[SavedUpload, ...]
    refused: tuple[RefusedUpload, ...]


def safe_file_name(original: str) -> str:
    """A plain file name: no directories, drive letters, control or invisible characters, hidden-
    file dots or Windows-reserved names; Chinese kept; at most MAX_NAME_BYTES in UTF-8."""
    name = unicodedata.normalize("NFC", original)
    # Cc: NUL, tabs, newlines; Cf: bidi overrides ("xslx.exe" shown as "exe.xlsx") and zero-widths.
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"})
    name = re.split(r"[/\\]", name)[-1]          # ../../etc/passwd, C:\Windows\x, /abs/x
    name = DRIVE.sub("", name)                   # C:x.xlsx, relative to drive C's current folder
    name = WINDOWS_RESERVED.sub("_", name)
    name = EDGE_DOTS_AND_SPACES.sub("", name)    # ".." and ".hidden" (the loader skips hidden files)
    if WINDOWS_DEVICE.match(name):
        name = "_" + name
    if not name.strip("_"):
        name = FALLBACK_STEM
    return cap_length(name)


def cap_length(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS:
        stem, suffix = name, ""
    ending = f".{suffix}" if suffix else ""
    budget = MAX_NAME_BYTES - len(ending.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore") + ending


def with_format_suffix(name: str, file_format: str) -> str:
    """A workbook sent as "报表" or "报表.dat" is saved as "报表.xlsx", so people and programs
    opening the inbox see what it is. (The loader goes by content either way.)"""
    if name.lower().endswith(SUFFIXES_OF_FORMAT[file_format]):
        return name
    suffix = DEFAULT_SUFFIX[file_format]
    stem = name.encode("utf-8")[: MAX_NAME_BYTES - len(suffix)].decode("utf-8", errors="ignore")
    return stem + suffix


def printable(name: str) -> str:
    """The original name for a message: invisible characters written out (\\x00, \\u202e)."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def refusal_message(original: str, error: UnreadableFile) -> str:
    reason = PROBLEM_TEMPLATES[error.problem_code][1].format(raw="", detail=error.detail)
    return f"文件「{printable(original)}」未保存：{reason.removesuffix('，未解析')}"


def unique_name(name: str, taken: set[str]) -> str:
    """name, or "stem(2).suffix", "stem(3).suffix" …; compared case-insensitively because
    Windows and macOS file systems do."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    candidate, counter = name, 1
    while candidate.casefold() in taken:
        counter += 1
        candidate = f"{stem}({counter}).{suffix}" if suffix else f"{stem}({counter})"
    taken.add(candidate.casefold())
    return candidate


def new_folder(uploads_dir: Path, now: datetime) -> Path:
    """inbox/uploads/<YYYYmmdd-HHMMSS-ffffff>, made fresh: two uploads never share a folder."""
    uploads_dir.mkdir(parents=True, exist_ok=True)
    base = now.strftime("%Y%m%d-%H%M%S-%f")
    for attempt in range(1, 1000):
        folder = uploads_dir / (base if attempt == 1 else f"{base}-{attempt}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(f"无法在 {uploads_dir} 中新建上传文件夹")


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Written under a hidden temporary name, then renamed: an ingest running meanwhile (it skips
    hidden files) never reads half a file."""
    target = folder / name
    if target.resolve().parent != folder.resolve():  # belt and braces: never outside the folder
        raise ValueError(f"不安全的文件名：{name}")
    temporary = folder / f".{name}.part"
    with open(temporary, "xb") as handle:  # "x": never through an existing file or link
        handle.write(data)
    os.replace(temporary, target)
    return target


def save_uploads(settings: Settings, uploads: Sequence[tuple[str, bytes]], *,
                 now: datetime | None = None) -> UploadResult:
    """Save each (original file name, bytes) that the loader can read; refuse the others."""
    folder = new_folder(settings.inbox_dir / "uploads", now or datetime.now())
    taken: set[str] = set()
    saved: list[SavedUpload] = []
    refused: list[RefusedUpload] = []
    for original, data in uploads:
        name = safe_file_name(original)
        try:
            file_format = sniff_bytes(name, data, settings)
        except UnreadableFile as error:
            refused.append(RefusedUpload(original, refusal_message(original, error)))
            continue
        name = unique_name(with_format_suffix(name, file_format), taken)
        saved.append(SavedUpload(original, write_atomically(folder, name, data)))
    return UploadResult(folder, tuple(saved), tuple(refused))
