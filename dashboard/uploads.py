"""Saving uploaded spreadsheets into the inbox under names that cannot leave their folder."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_NAME_CHARS = 120
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


@dataclass(frozen=True)
class Upload:
    name: str  # as the browser sent it
    content: bytes


def safe_file_name(name: str) -> str:
    """The last path part, without control or reserved characters, leading dots or spaces."""
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = UNSAFE.sub("_", base).strip().lstrip(".").strip()
    if not base or set(base) <= {"_", "."}:
        base = "upload"
    if len(base) > MAX_NAME_CHARS:
        stem, dot, suffix = base.rpartition(".")
        suffix = suffix[:10] if dot else ""
        base = (stem if dot else base)[: MAX_NAME_CHARS - len(suffix) - 1] + (f".{suffix}" if suffix else "")
    return base


def save_uploads(inbox_dir: Path, uploads: list[Upload], now: dt.datetime) -> Path:
    """Write the files to inbox/uploads/<timestamp>/ and return that folder."""
    folder = inbox_dir / "uploads" / now.strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=False)
    used: set[str] = set()
    for upload in uploads:
        name = safe_file_name(upload.name)
        stem, dot, suffix = name.rpartition(".")
        candidate, counter = name, 1
        while candidate in used:  # two uploads with one name both keep their content
            counter += 1
            candidate = f"{stem}({counter}).{suffix}" if dot else f"{name}({counter})"
        used.add(candidate)
        target = (folder / candidate).resolve()
        if target.parent != folder.resolve():  # belt and braces: never write outside the folder
            raise ValueError(f"不安全的文件名：{upload.name}")
        target.write_bytes(upload.content)
    return folder
