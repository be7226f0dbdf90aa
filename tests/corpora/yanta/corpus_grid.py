"""A sheet as cells and merges, and the recorder of truth, ignore and quarter cells (writers: corpus_writers).

Cells are 0-based (row, col) here; the recorder stores A1 references. For csv, html and tsv the sheet
is the file stem and every cell is text.
"""
import calendar
import os
import re

TEXT_WRITERS = ("csv", "html", "tsv")


class Formula:
    """A formula with its cached result (xlsxwriter only)."""

    def __init__(self, text, cached):
        self.text, self.cached = text, cached


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def ref(r, c):
    return f"{col_letter(c)}{r + 1}"


def plain(v):
    """The text a number is written as in a text file, and the raw text recorded for a typed cell."""
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


_FW = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def parse_number(raw):
    """How a person reads a written figure (used only to check the generator against itself)."""
    if isinstance(raw, (int, float)):
        return float(raw)
    s = str(raw).translate(_FW).strip().replace(",", "")
    if s in ("无", "無"):
        return 0.0
    mult = 1.0
    if "万" in s:
        mult = 10000.0
    m = re.search(r"-?\d+(\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {raw!r}")
    return float(m.group(0)) * mult


class Sheet:
    def __init__(self, book, name):
        self.book, self.name = book, name
        self.cells, self.fmts, self.merges = {}, {}, []
        self.hidden = False
        self.header_rows = set()      # html: rows written with <th>
        self.widths = {}

    # -- placing
    def put(self, r, c, v, fmt=None):
        if v is None:
            return
        self.cells[(r, c)] = v
        if fmt:
            self.fmts[(r, c)] = fmt

    def row(self, r, c0, values, fmt=None):
        for i, v in enumerate(values):
            self.put(r, c0 + i, v, fmt)

    def merge(self, r1, c1, r2, c2, v=None, fmt=None):
        self.put(r1, c1, v, fmt)
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def sheet_name(self):
        return self.book.stem if self.book.writer in TEXT_WRITERS else self.name

    def _record(self, kind, r, c, key, value, raw, role):
        self.book.corpus.record(kind, self.book, self, r, c, key, value, raw, role)

    # -- value cells with their truth
    def val(self, r, c, key, cell, truth=None, mult=1.0, fmt=None, role=None):
        """A truth cell: key = (community_code, 'YYYY-MM', indicator_code); cell as written; truth in
        the catalogue's unit (default: the number written × mult)."""
        self.put(r, c, cell, fmt)
        raw = plain(cell) if not isinstance(cell, str) else cell
        num = parse_number(cell) * mult
        if truth is None:
            truth = num
        assert abs(num - truth) <= 1e-6 * max(1.0, abs(truth)), (self.book.rel, ref(r, c), cell, truth)
        role = role or self.book.corpus.role_for(self.book, key)
        self._record("truth", r, c, key, truth, raw, role)

    def blank(self, r, c, key, cell):
        """A slot holding —, / or nothing: an ignore key unless another file reports it."""
        self.put(r, c, cell if cell != "" else None)
        self._record("ignore", r, c, key, None, cell, "")

    def quarter(self, r, c, key, cell, mult=1.0, fmt=None):
        """A quarter total: key = (code, 'YYYY-Qn', indicator)."""
        self.put(r, c, cell, fmt)
        raw = plain(cell) if not isinstance(cell, str) else cell
        self._record("quarter", r, c, key, parse_number(cell) * mult, raw, "")

    def nrows(self):
        rs = [r for r, _ in self.cells] + [m[2] for m in self.merges]
        return max(rs) + 1 if rs else 0

    def ncols(self):
        cs = [c for _, c in self.cells] + [m[3] for m in self.merges]
        return max(cs) + 1 if cs else 0

    def grid(self):
        """Rows of cell values (None for empty); used by the text writers."""
        return [[self.cells.get((r, c)) for c in range(self.ncols())] for r in range(self.nrows())]

    def check_merges(self):
        for (r1, c1, r2, c2) in self.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        assert (r, c) not in self.cells, (self.book.rel, self.name, ref(r, c), "inside a merge")


class Book:
    def __init__(self, corpus, rel, writer, sent, features, encoding="utf-8", charset=None):
        self.corpus, self.rel, self.writer, self.sent = corpus, rel, writer, sent
        self.features, self.encoding, self.charset = features, encoding, charset
        self.stem = os.path.splitext(os.path.basename(rel))[0]
        self.sheets = []
        self.batch = rel.split("/")[0]
        corpus.books.append(self)

    def sheet(self, name="Sheet1"):
        s = Sheet(self, name)
        self.sheets.append(s)
        return s

    @property
    def fmt(self):
        return os.path.splitext(self.rel)[1].lstrip(".")


class Corpus:
    def __init__(self, root):
        self.root = root
        self.books, self.cells, self.ignore, self.quarters, self.bad = [], [], [], [], []
        self.superseded_keys = {}     # key -> value the first version held (batch1)

    def role_for(self, book, key):
        if key in self.superseded_keys:
            return "correction" if book.batch == "batch2" else "superseded"
        return "primary"

    def record(self, kind, book, sheet, r, c, key, value, raw, role):
        row = dict(community_code=key[0], period=key[1], indicator_code=key[2], value=value, file=book.rel,
                   sheet=sheet.sheet_name(), cell=ref(r, c), raw=raw, role=role, _sheet=sheet, _rc=(r, c))
        {"truth": self.cells, "ignore": self.ignore, "quarter": self.quarters}[kind].append(row)

    # -- writing
    def write_all(self):
        for b in self.books:
            path = os.path.join(self.root, b.rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            for s in b.sheets:
                s.check_merges()
            from corpus_writers import WRITERS
            WRITERS[b.writer](b, path)
            stamp(path, b.sent)


def stamp(path, sent):
    """File mtime = the day and hour it was sent, Beijing time."""
    ts = calendar.timegm(sent.timetuple()) - 8 * 3600
    os.utime(path, (ts, ts))
