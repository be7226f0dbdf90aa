"""Ingesting a batch: find files, skip ones already loaded, parse in parallel, write once.

``ingest_paths`` never raises for bad input: a file that cannot be read is ``rejected`` with a
Chinese message, the others load. The raw store is opened briefly to read the registry, then
only for the write phase, so parsing never holds its lock.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import signal
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ingest import inbox, store
from ingest.batch_street import batch_street
from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.community_lookups import read_aliases
from ingest.decisions import community_aliases, read_decisions
from ingest.derived import DerivedCatalogue, ReportedFigure
from ingest.headers import HeaderCatalog
from ingest.layout import CellRows, ExtractedValue, FileContext, cover_texts, extract_sheets
from ingest.periods import find_period
from ingest.problems import Problem, once_per_text
from ingest.readers import UnreadableFile, read_workbook
from ingest.config import LoaderSettings
from ingest.writer import ParsedFile, connect_when_free, pause_for_crash_test, write_batch

if TYPE_CHECKING:
    from concurrent.futures import Future

    import duckdb

ALREADY_LOADED = "已导入过相同内容的文件，跳过"


@dataclass(frozen=True)
class FileReport:
    file_name: str
    file_sha256: str
    status: str               # loaded | partial | rejected | skipped
    values_loaded: int
    problems: int
    messages: tuple[str, ...]


@dataclass(frozen=True)
class BatchReport:
    batch_id: int
    files_seen: int
    files_new: int
    files_skipped: int
    files_rejected: int
    values_loaded: int
    problems: int
    file_reports: tuple[FileReport, ...]
    files_refused: int = 0    # entries the inbox walk did not read, each with its reason (ingest/inbox.py)


@dataclass(frozen=True)
class Candidate:
    path: Path
    sha256: str
    size_bytes: int
    mtime: datetime
    sent: date | None = None   # when the file was sent, as far as the batch tells (see sending_dates)


def sending_dates(candidates: list[Candidate]) -> list[Candidate]:
    """When each file was sent, for periods written without a year ("7月", "十月份").

    The file's modification day, unless the batch's own file names say the returns are older:
    a copied or re-saved inbox has today's date on every file. Then the latest month named with
    its year in any file name of the batch, plus two months, bounds the sending day."""
    named = [found for candidate in candidates
             if (found := find_period(candidate.path.stem)) is not None and found.grain == "month"]
    latest = max(named, key=lambda period: period.period, default=None)
    bound = date(latest.year, int(latest.period[5:7]), 1) + timedelta(days=61) if latest else None
    return [dataclasses.replace(candidate, sent=min(candidate.mtime.date(), bound) if bound
                                else candidate.mtime.date()) for candidate in candidates]


# Problems a person settles in the mapping review (jiedao mappings): a file stopped only by them waits.
REVIEWABLE = frozenset({"unknown_header", "unknown_indicator", "unknown_community", "ambiguous_community"})


class ParseTimeout(Exception):
    pass


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, folders recursively; what is not read, and why, is ``inbox.walk``'s."""
    return list(inbox.walk(paths).files)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- the worker side (runs in a process pool) -------------------------------------------------
_CONTEXT: dict[str, object] = {}


def init_worker(catalog: HeaderCatalog, matcher: CommunityMatcher) -> None:
    _CONTEXT["catalog"] = catalog
    _CONTEXT["matcher"] = matcher


def parse_file_for_pool(candidate: Candidate, settings: LoaderSettings) -> tuple[ParsedFile, list[tuple]]:
    """``parse_file`` in a worker process. The values travel as plain tuples: pickling tens of
    thousands of dataclass instances cost as much as parsing them."""
    with gc_paused():
        parsed = parse_file(candidate, settings)
        return dataclasses.replace(parsed, values=()), list(map(tuple, parsed.values))


def from_pool(result: tuple[ParsedFile, list[tuple]]) -> ParsedFile:
    parsed, rows = result
    return dataclasses.replace(parsed, values=tuple(map(ExtractedValue._make, rows)))


def _raise_timeout(signum: int, frame: object) -> None:
    raise ParseTimeout()


def parse_file(candidate: Candidate, settings: LoaderSettings) -> ParsedFile:
    """Read and extract one file; every failure becomes a file-level problem, never an exception."""
    try:
        return _parse_with_alarm(candidate, settings)
    except ParseTimeout:  # the alarm may also fire while an error is being handled
        return rejected(candidate, "parse_timeout", f"{settings.file_timeout_seconds:g}")


def _parse_with_alarm(candidate: Candidate, settings: LoaderSettings) -> ParsedFile:
    use_alarm = threading.current_thread() is threading.main_thread()
    if use_alarm:
        signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, settings.file_timeout_seconds)
    try:
        return _parse(candidate, settings)
    except UnreadableFile as error:
        return rejected(candidate, error.problem_code, error.detail)
    except ParseTimeout:
        raise
    except Exception as error:  # a reader bug must not stop the batch; it is reported instead
        return rejected(candidate, "parse_failed", f"{type(error).__name__}: {error}"[:200])
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)


def rejected(candidate: Candidate, code: str, detail: str, file_format: str = "unknown") -> ParsedFile:
    return ParsedFile(candidate.path, candidate.sha256, candidate.size_bytes, candidate.mtime,
                      file_format, None, "rejected", (), (Problem(code, detail=detail),), (), 0)


def _parse(candidate: Candidate, settings: LoaderSettings) -> ParsedFile:
    workbook = read_workbook(candidate.path, settings)
    context = FileContext(candidate.path.name, _CONTEXT["catalog"], _CONTEXT["matcher"],  # type: ignore[arg-type]
                          candidate.sent or candidate.mtime.date(), DerivedCatalogue.from_seeds(settings.seeds_dir),
                          cover_texts(workbook.sheets))
    values: list[ExtractedValue] = []
    reported: list[ReportedFigure] = []
    problems: list[Problem] = list(workbook.problems)
    cells = CellRows()  # every non-empty cell's role, a column at a time
    nonempty = 0
    for extraction in extract_sheets(workbook.sheets, context):  # a legend sheet's codes read first
        values.extend(extraction.values)
        reported.extend(extraction.reported)
        problems.extend(extraction.problems)
        cells.extend(extraction.cell_rows)
        nonempty += len(extraction.cell_rows)  # every non-empty cell has exactly one role
    problems = once_per_text(problems)
    if not values and not any(problem.severity == "error" for problem in problems):
        detail = "没有任何内容" if not nonempty else "只有文字说明，没有数据"
        return ParsedFile(candidate.path, candidate.sha256, candidate.size_bytes, candidate.mtime,
                          workbook.file_format, workbook.encoding, "rejected", (),
                          (*problems, Problem("no_data", detail=detail)), cells, nonempty)
    # A file of which nothing could be placed (another city's community, no period anywhere) is
    # refused with its problems, never "partial" with 0 values — unless the mapping review can
    # settle what stopped it (a header or a name to confirm): then it waits there.
    if not values and not any(problem.problem_code in REVIEWABLE for problem in problems):
        status = "rejected"
    else:
        status = "partial" if any(problem.severity != "info" for problem in problems) else "loaded"
    return ParsedFile(candidate.path, candidate.sha256, candidate.size_bytes, candidate.mtime,
                      workbook.file_format, workbook.encoding, status, tuple(values), tuple(problems),
                      cells, nonempty, tuple(reported))


# -- the batch --------------------------------------------------------------------------------
def load_lookups(settings: LoaderSettings) -> tuple[HeaderCatalog, CommunityMatcher, set[str], int]:
    """Registry, known sha256s and the next batch id — read, then the store is closed again."""
    con = connect_when_free(settings)
    try:
        store.seed_registry_if_empty(con, settings.seeds_dir)
        catalog, matcher = lookups_from(con, settings)
        # a withdrawn file is skipped like a loaded one until `jiedao files restore`
        known = {row[0] for row in con.execute("select file_sha256 from files").fetchall()} | store.withheld_sha256s(con)
        (last_batch,) = con.execute("select coalesce(max(batch_id), 0) from batches").fetchone()
    finally:
        con.close()
    return catalog, matcher, known, int(last_batch) + 1


def lookups_from(con: "duckdb.DuckDBPyConnection", settings: LoaderSettings) -> tuple[HeaderCatalog, CommunityMatcher]:
    """The header catalogue and the community matcher as a batch uses them: seeds, the store's
    registry, and the mapping review's decisions (``settings.mappings_file``)."""
    communities = [RegistryCommunity(*row) for row in con.execute(
        "select community_code, community_name, street_code from registry_communities").fetchall()]
    streets = [RegistryStreet(*row) for row in con.execute(
        "select street_code, street_name, city_code from registry_streets").fetchall()]
    decisions = read_decisions(settings.mappings_file)
    matcher = CommunityMatcher(communities, streets,
                               {**read_aliases(settings.seeds_dir), **community_aliases(decisions)})
    return HeaderCatalog.from_seeds(settings.seeds_dir).with_decisions(decisions), matcher


def read_one(settings: LoaderSettings, path: Path) -> ParsedFile:
    """One file read exactly as a batch would read it, nothing written: what a submission's
    preview shows before it is sent (values, problems, status)."""
    catalog, matcher, _, _ = load_lookups(settings)
    init_worker(catalog, matcher)
    stat = path.stat()
    (candidate,) = sending_dates([Candidate(path, sha256_of(path), stat.st_size,
                                            datetime.fromtimestamp(stat.st_mtime))])
    return parse_file(candidate, settings)


@contextlib.contextmanager
def gc_paused():
    """The cyclic garbage collector off while a batch is parsed and written. A batch allocates
    hundreds of thousands of tuples (rows, cells, values) and creates no reference cycles, yet
    each allocation burst set off full collections that walked all of them again: a third of the
    write phase. Freed by reference counting as before; the collector's state is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def ingest_paths(settings: LoaderSettings, paths: Sequence[Path], *, progress: bool = False,
                 reread: frozenset[str] = frozenset()) -> BatchReport:
    """Load files or folders as one batch. A file whose content was loaded before is skipped,
    unless its sha256 is in ``reread``: then it is read again (with today's header decisions and
    aliases) and its new rows replace its earlier ones in the same transaction."""
    with gc_paused():
        return _ingest_paths(settings, paths, progress=progress, reread=reread)


def _ingest_paths(settings: LoaderSettings, paths: Sequence[Path], *, progress: bool,
                  reread: frozenset[str]) -> BatchReport:
    started_at = datetime.now()
    catalog, matcher, known, batch_id = load_lookups(settings)
    walked = inbox.walk(paths)
    files, refused = list(walked.files), list(walked.refused)
    candidates: list[Candidate] = []
    skipped: list[FileReport] = []
    seen_now: set[str] = set()
    for path in files:
        try:
            digest = sha256_of(path)
            stat = path.stat()
        except OSError as error:  # gone, or not readable by this user, since the walk
            refused.append(inbox.Refusal(path.name, Problem("unreadable_path", detail=error.strerror or "")))
            continue
        if (digest in known and digest not in reread) or digest in seen_now:
            skipped.append(FileReport(path.name, digest, "skipped", 0, 0, (ALREADY_LOADED,)))
            continue
        seen_now.add(digest)
        candidates.append(Candidate(path, digest, stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    candidates = sending_dates(candidates)
    matcher.settle_home_street(batch_street(matcher, [path.name for path in files]))
    parsed = parse_all(settings, candidates, catalog, matcher, progress=progress)
    pause_for_crash_test("parsed")
    batch = write_batch(settings, batch_id, started_at, len(files), parsed, catalog, replacing=reread,
                        refused=tuple((item.display_name, item.problem) for item in refused))
    written = batch.written
    skipped.extend(FileReport(item.path.name, item.sha256, "skipped", 0, 0, (ALREADY_LOADED,))
                   for item in batch.already_loaded)
    reports = [
        FileReport(item.path.name, item.sha256, item.status, item.values_loaded, len(item.problems),
                   tuple(problem.message(item.path.name) for problem in item.problems))
        for item in written
    ]
    return BatchReport(
        batch_id=batch.batch_id,
        files_seen=len(files),
        files_new=len(written),
        files_skipped=len(skipped),
        files_rejected=sum(1 for item in written if item.status == "rejected"),
        values_loaded=sum(item.values_loaded for item in written),
        problems=sum(len(item.problems) for item in written),
        file_reports=tuple(reports + skipped + [FileReport(item.display_name, "", "refused", 0, 1, (item.message,))
                                                for item in refused]),
        files_refused=len(refused),
    )


POOL_MIN_FILES = 64
POOL_MIN_WORKERS = 3


def parse_all(settings: LoaderSettings, candidates: list[Candidate], catalog: HeaderCatalog,
              matcher: CommunityMatcher, *, progress: bool = False) -> list[ParsedFile]:
    if not candidates:
        return []
    # Worker processes pay for themselves only over many files and on more than two cores
    # (start-up, cold caches, sending results back: on two cores two workers took 50 % more CPU
    # than parsing here, and longer). In both, SIGALRM bounds each file.
    if len(candidates) < POOL_MIN_FILES or settings.workers < POOL_MIN_WORKERS:
        init_worker(catalog, matcher)
        return [parse_file(candidate, settings) for candidate in candidates]
    # concurrent.futures (logging) and its process pool (multiprocessing): imported only when used.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    results: dict[int, ParsedFile] = {}
    bar = ProgressBar(len(candidates)) if progress else None
    executor = ProcessPoolExecutor(max_workers=settings.workers, initializer=init_worker,
                                   initargs=(catalog, matcher))
    stuck = False
    try:
        # A few files in flight per worker, not all at once: waiting on every future after each
        # finished file would cost quadratic time in the number of files.
        waiting = iter(enumerate(candidates))
        futures: dict[Future[ParsedFile], int] = {}
        running_since: dict[Future[ParsedFile], float] = {}
        pending: set[Future[ParsedFile]] = set()
        while True:
            while len(pending) < settings.workers * 4 and (item := next(waiting, None)) is not None:
                future = executor.submit(parse_file_for_pool, item[1], settings)
                futures[future] = item[0]
                pending.add(future)
            if not pending:
                break
            done, pending = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
            now = time.monotonic()
            for future in done:
                index = futures[future]
                try:
                    results[index] = from_pool(future.result())
                except Exception as error:  # a worker that died (out of memory, a crash in a parser)
                    results[index] = rejected(candidates[index], "parse_failed", f"{type(error).__name__}: {error}"[:200])
                if bar:
                    bar.advance(len(results[index].problems))
            # A parser stuck in native code ignores the alarm: give up on it after a grace period.
            for future in list(pending):
                if future.running():
                    running_since.setdefault(future, now)
                    if now - running_since[future] > settings.file_timeout_seconds + 5:
                        index = futures[future]
                        results[index] = rejected(candidates[index], "parse_timeout", f"{settings.file_timeout_seconds:g}")
                        pending.discard(future)
                        stuck = True
                        if bar:
                            bar.advance(1)
    finally:
        if stuck:
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
        executor.shutdown(wait=not stuck, cancel_futures=True)
        if bar:
            bar.close()
    return [results[index] for index in range(len(candidates))]


class ProgressBar:
    """rich progress: files done and problems found so far."""

    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.problems = 0
        self.progress = Progress(TextColumn("导入"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("问题 {task.fields[problems]}"), TimeElapsedColumn())
        self.task = self.progress.add_task("files", total=total, problems=0)
        self.progress.start()

    def advance(self, problems: int) -> None:
        self.problems += problems
        self.progress.update(self.task, advance=1, problems=self.problems)

    def close(self) -> None:
        self.progress.stop()
