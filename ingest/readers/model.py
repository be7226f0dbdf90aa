"""What the readers hand on and share: a sheet as cell texts with merged ranges, a workbook of
sheets, the refusal of a whole file (``UnreadableFile`` with a problem code), the suffixes read
as tables, and the archive part names that hold images rather than XML."""

from __future__ import annotations

from dataclasses import dataclass

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".txt", ".tsv"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods"}
# Archive parts named like images or other binary blobs: skipped by the XML scan when they
# start like an image, so a sheet named like one is read for error cells anyway.
BINARY_PARTS = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin", ".wdp")

ErrorCells = dict[str, list[tuple[int, int, str]]]  # sheet name → (row, col, "#DIV/0!" or "=SUM(…)")


@dataclass(frozen=True)
class SheetGrid:
    """Cell texts row by row ('' for empty) and merged ranges as (row0, col0, row1, col1) inclusive."""

    name: str
    rows: tuple[tuple[str, ...], ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden: bool = False      # hidden or very hidden in the workbook: scratch work, not the return
    # Formula cells with no saved result (their text is "=" and the formula): never a number.
    formula_cells: frozenset[tuple[int, int]] = frozenset()
    hidden_columns: frozenset[int] = frozenset()  # xlsx columns Excel does not show (stale figures)
    hidden_rows: frozenset[int] = frozenset()     # rows the sheet does not show (first figures, filtered out)
    # Texts typed after leading spaces somewhere in the sheet (「　　户数」): an item under the line above.
    indented_texts: frozenset[str] = frozenset()


def indented_text(raw: str, text: str, found: set[str]) -> str:
    """``text`` (``raw`` stripped), noting it in ``found`` when ``raw`` began with spaces."""
    if text is not raw and text and raw[:1].isspace():
        found.add(text)
    return text


@dataclass(frozen=True)
class Workbook:
    file_format: str          # xlsx | xls | ods | csv
    encoding: str | None      # text files only
    sheets: tuple[SheetGrid, ...]
    problems: tuple = ()      # ingest.problems.Problem about the whole file (damaged bytes), if any


class UnreadableFile(Exception):
    """A file rejected as a whole; ``problem_code`` is one of ingest.problems."""

    def __init__(self, problem_code: str, detail: str = "") -> None:
        super().__init__(f"{problem_code}: {detail}")
        self.problem_code = problem_code
        self.detail = detail
