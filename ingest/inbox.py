"""Walking the paths given to ingest: the files to read, and for every other entry the reason.

Nothing is left out without a word. Inside a folder, a hidden file or folder (a name starting
with "."), an Office/WPS lock file (~$x.xlsx), a FIFO, socket or device, a symbolic link, and a
name that is not valid UTF-8 (GBK bytes from a Windows zip unpacked on Linux) each come back as
a ``Refusal`` naming the entry and the problem; the other files are read as usual. Symbolic
links inside a folder are never followed: one pointing out of the folder could make ingest read
any file the user can read, and one pointing inside names a file the walk reaches anyway. A path
given explicitly is read as given (the user chose it), unless it is not a regular file or its
name is not valid UTF-8. Nothing here opens a file: a FIFO would block a reader for ever.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ingest.problems import Problem

SPECIAL_KINDS = ((stat.S_ISFIFO, "命名管道 FIFO"), (stat.S_ISSOCK, "套接字"), (stat.S_ISCHR, "字符设备"),
                 (stat.S_ISBLK, "块设备"))


@dataclass(frozen=True)
class Refusal:
    """An entry that is not read: its name as shown (bytes that are not UTF-8 as �) and why."""

    display_name: str
    problem: Problem

    @property
    def message(self) -> str:
        return self.problem.message(self.display_name)


@dataclass(frozen=True)
class Walk:
    files: tuple[Path, ...]
    refused: tuple[Refusal, ...]


def is_utf8(text: str) -> bool:
    """False for a name Python decoded with surrogate escapes (bytes that are not UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(text: str) -> str:
    """The name as a person can read it: undecodable bytes as the replacement character �."""
    return os.fsencode(text).decode("utf-8", "replace")


def bad_name(path: Path, shown_as: str, kind: str) -> Refusal:
    """A name that is not UTF-8; when its bytes read as GBK/GB18030, the message says how."""
    hint = ""
    try:
        as_gbk = os.fsencode(path.name).decode("gb18030")
    except UnicodeDecodeError:
        as_gbk = ""
    if as_gbk and as_gbk.isprintable():
        hint = f"，按 GBK 编码读作「{as_gbk}」"
    return Refusal(shown_as, Problem("bad_file_name", raw_text=kind, detail=hint))


def special_kind(mode: int) -> str:
    return next((label for test, label in SPECIAL_KINDS if test(mode)), "非普通文件")


def walk(paths: Sequence[Path]) -> Walk:
    """Files as given, folders recursively (sorted within each folder), each file once."""
    found: list[Path] = []
    refused: list[Refusal] = []
    for path in map(Path, paths):
        if not is_utf8(str(path)):
            refused.append(bad_name(path, shown(str(path)), "文件夹" if path.is_dir() else "文件"))
        elif path.is_dir():
            found.extend(walk_folder(path, refused))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            refused.append(Refusal(str(path), Problem("special_file", detail=special_kind(path.stat().st_mode))))
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path.resolve(), None)
    return Walk(tuple(unique), tuple(refused))


def walk_folder(root: Path, refused: list[Refusal]) -> list[Path]:
    files: list[Path] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            refused.append(Refusal(relative(root, Path(folder)) + "/", Problem("unreadable_path", detail=error.strerror or "")))
            continue
        for entry in entries:
            path = Path(entry.path)
            name = relative(root, path)
            if not is_utf8(entry.name):
                refused.append(bad_name(path, shown(name), "文件夹" if entry.is_dir(follow_symlinks=False) else "文件"))
            elif entry.is_symlink():
                refused.append(Refusal(name, Problem("symlink_skipped", detail=link_detail(root, path))))
            elif entry.name.startswith("."):
                kind = "文件夹" if entry.is_dir(follow_symlinks=False) else "文件"
                refused.append(Refusal(name + ("/" if kind == "文件夹" else ""), Problem("hidden_file", raw_text=kind)))
            elif entry.is_dir(follow_symlinks=False):
                folders.append(path)
            elif entry.is_file(follow_symlinks=False):
                if entry.name.startswith("~$"):
                    refused.append(Refusal(name, Problem("office_lock_file")))
                else:
                    files.append(path)
            else:
                refused.append(Refusal(name, Problem("special_file", detail=special_kind(entry.stat(follow_symlinks=False).st_mode))))
    return sorted(files)


def relative(root: Path, path: Path) -> str:
    """The entry as the user knows it: its path inside the folder given to ingest."""
    try:
        return str(path.relative_to(root)) if path != root else path.name
    except ValueError:
        return str(path)


def link_detail(root: Path, link: Path) -> str:
    """Where a link points, as far as that is safe to say: never the path of an outside target."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # a broken link, or a loop
        return "，目标不存在"
    try:
        inside = target.relative_to(root.resolve())
    except ValueError:
        return "：它指向收件箱之外，出于安全不读取"
    return f"：它指向收件箱内的「{shown(str(inside))}」，不重复读取（按其本来的位置处理）"
