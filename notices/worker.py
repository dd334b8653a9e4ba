"""Untrusted files are read in child processes with a memory and a time limit: bytes in, `Notice` or a
named error out.

A decompression bomb, a pathological PDF or an HTML page that takes the parser minutes can then cost a
child process, never the bot or a folder ingest: the child's address space is capped with
RLIMIT_AS (so allocation fails with MemoryError inside it), and a child that overruns its time is
killed. Children come from a fork server (a clean single-threaded process with the readers already
imported), never from a fork of the threaded bot.
"""

from __future__ import annotations

import multiprocessing
import queue
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path, PurePath
from typing import Any, TypeVar

from errors import (
    CorruptFile,
    NeedsOcr,
    NoticeError,
    OcrUnavailable,
    ScannedPdf,
    TooManyPages,
    TooMuchMemory,
    TooSlow,
    rebuilt,
)

from .extract import MAX_OCR_PAGES, Progress, ocr_image_page, ocr_pdf_page, ocr_pdf_pages, ocr_result, read_bytes
from .model import Notice
from .ocr import available as ocr_available
from .pdftext import PositionedLine
from .runner import default_ocr_cores

T = TypeVar("T")


# Imported once by the fork server, so each new child starts with the readers loaded.
PRELOAD = ["notices", "notices.pdftext", "docx", "trafilatura", "charset_normalizer"]
_KIND = {".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html"}  # CorruptFile's kind


@dataclass(frozen=True)
class Limits:
    """What one file may cost to read."""

    memory_mb: int = 512  # address space of the reading process; the bot itself stays untouched
    seconds: float = 60.0  # a real notice reads in well under a second (a PDF in ~0.5 s)
    # OCR runs in children of its own: the engine needs ~1.5 GB of address space for its models, and a
    # scan of up to 40 pages takes a few seconds a page, so the whole task has one deadline.
    ocr_memory_mb: int = 2048
    ocr_seconds: float = 600.0
    # Pages of one scan read at once, each in its own OCR child (its own memory limit, its models loaded
    # once and kept) on one core: the engine runs one thread a child, so children = cores used.
    ocr_cores: int = field(default_factory=default_ocr_cores)


DEFAULT_LIMITS = Limits()


def _context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:  # not on Windows or macOS builds without it: a fresh interpreter
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _serve(conn: Connection, memory_bytes: int) -> None:
    """The child: read jobs until the parent hangs up; every failure becomes a message, not a crash."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from . import parse_bytes, parse_images

    def report(done: int, total: int) -> None:
        conn.send(("progress", (done, total)))

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        # a file to read (source, name, ocr), or ("call", fn, args, name): e.g. a fetched page decoded and read
        source, name, ocr = job if len(job) == 3 else (job[1:3], job[3], False)

        try:
            if len(job) == 4:
                fn, args = source
                conn.send(("ok", fn(*args)))
                continue
            if isinstance(source, list):  # the pages of an album, by OCR
                conn.send(("ok", parse_images(source, name, report)))
                continue
            data = read_bytes(source) if isinstance(source, str) else source
            conn.send(("ok", parse_bytes(data, name, report, ocr=ocr)))
        except NeedsOcr:
            conn.send(("ocr", ""))
        except NoticeError as err:
            if _ran_out_of_memory(err):  # a reader that wraps every exception as "damaged" hit the limit
                conn.send(("memory", ""))
                return
            conn.send(("error", err.parts()))  # the code and its arguments: the chat words it
        except MemoryError:
            conn.send(("memory", ""))
            return  # a heap that ran out may be left in any state: the parent starts a fresh child
        except RecursionError:  # deeply nested XML or HTML
            conn.send(("error", CorruptFile(name, _kind(name), "RecursionError").parts()))
        except Exception as err:  # any reader library's own exception: the file is damaged
            conn.send(("error", CorruptFile(name, _kind(name), type(err).__name__).parts()))


def _ran_out_of_memory(err: BaseException) -> bool:
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, MemoryError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _starts_pdf(source: bytes | Path) -> bool:
    """As extract.sniff tells a PDF: its marker within the first KB."""
    if isinstance(source, Path):
        with source.open("rb") as file:
            return b"%PDF" in file.read(1024)
    return b"%PDF" in source[:1024]


def _kind(name: str) -> str:
    return _KIND.get(PurePath(name).suffix.lower(), "notice")


class Worker:
    """One child process reading one file at a time (restarted after a kill or a crash)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def parse(
        self, source: bytes | Path | list[bytes], name: str, *, ocr: bool = False, progress: Progress | None = None
    ) -> Notice:
        """Parse bytes (or a file the child opens itself, or page images) within the limits; with `ocr`,
        scans and images are read by OCR, reporting `progress`. One deadline for the whole task."""
        notice = self._ask((str(source) if isinstance(source, Path) else source, name, ocr), name, progress)
        assert isinstance(notice, Notice)
        return notice

    def call(self, fn: Callable[..., T], args: tuple[Any, ...], name: str, deadline: float | None = None) -> T:
        """`fn(*args)` in the child, within the limits (`fn` a module-level function, so it crosses by name);
        by `deadline` (monotonic) when the call is one step of a task."""
        result: T = self._ask(("call", fn, args, name), name, None, deadline)
        return result

    def _ask(self, job: tuple[Any, ...], name: str, progress: Progress | None, deadline: float | None = None) -> Any:
        conn = self._start()
        conn.send(job)
        if deadline is None:
            deadline = time.monotonic() + self.limits.seconds
        while True:
            if not conn.poll(max(0.0, deadline - time.monotonic())):
                self.close()
                raise TooSlow(name, self.limits.seconds)
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError):  # killed mid-way (the kernel's OOM killer, a crash in a C library)
                self.close()
                raise TooMuchMemory(name, self.limits.memory_mb) from None
            if kind != "progress":
                break
            if progress is not None:
                progress(*payload)
        if kind == "ocr":
            raise NeedsOcr(name)
        if kind == "ok":
            return payload
        if kind == "memory":
            self.close()
            raise TooMuchMemory(name, self.limits.memory_mb)
        code, params = payload
        raise rebuilt(code, params)

    def _start(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self.close()
        ctx = _context()
        parent, child = ctx.Pipe()
        memory = self.limits.memory_mb * 1024 * 1024
        process = ctx.Process(target=_serve, args=(child, memory), daemon=True, name="rectibot-reader")  # type: ignore[attr-defined]
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def close(self) -> None:
        """Stop the child (a new one starts on the next file)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
        self._process, self._conn = None, None


class WorkerPool:
    """`size` children, so one slow file does not hold up everyone else's; thread-safe."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS, size: int = 1) -> None:
        self.limits = limits
        self._free: queue.Queue[Worker] = queue.Queue()
        self._all = [Worker(limits) for _ in range(max(1, size))]
        for worker in self._all:
            self._free.put(worker)
        self._closed = threading.Event()
        ocr_limits = Limits(memory_mb=limits.ocr_memory_mb, seconds=limits.ocr_seconds)
        self._ocr = [Worker(ocr_limits) for _ in range(max(1, limits.ocr_cores))]
        self._ocr_turn = threading.Lock()  # one OCR task at a time: its pages take the cores given

    def parse(self, source: bytes | Path, name: str, progress: Progress | None = None) -> Notice:
        """Parse a notice file's bytes (or path) in a free child; blocks while all are busy.

        A scan or an image is then read by OCR in the OCR child (its own memory limit and one deadline for
        the whole file), reporting `progress` page by page; its pixels are checked before any decoding.
        """
        worker = self._free.get()
        try:
            return worker.parse(source, name)
        except NeedsOcr:
            pass
        finally:
            self._free.put(worker)
        if not ocr_available():  # said here, where the install is known, without starting a child
            raise ScannedPdf(name) if _starts_pdf(source) else OcrUnavailable(name)
        with self._ocr_turn:
            if not _starts_pdf(source):  # an image: one page
                return self._ocr[0].parse(source, name, ocr=True, progress=progress)
            deadline = time.monotonic() + self.limits.ocr_seconds  # one deadline for the whole file
            scan = str(source) if isinstance(source, Path) else source
            total = self._ocr[0].call(_scan_pages, (scan, name), name, deadline)
            pages = self._read_pages([(_scan_page, (scan, name, i)) for i in range(total)], name, deadline, progress)
            return self._ocr[0].call(_notice_of_pages, (pages, name), name, deadline)

    def run(self, fn: Callable[..., T], /, *args: Any, name: str) -> T:
        """`fn(*args)` in a free child (a `Runner`): what decodes and reads a fetched page, within the limits."""
        worker = self._free.get()
        try:
            return worker.call(fn, args, name)
        finally:
            self._free.put(worker)

    def parse_images(self, images: list[bytes], name: str, progress: Progress | None = None) -> Notice:
        """Read photos or scans of a notice's pages, in order, as one notice, by OCR in the OCR child."""
        if not ocr_available():
            raise OcrUnavailable(name)
        if len(images) > MAX_OCR_PAGES:
            raise TooManyPages(name, len(images), MAX_OCR_PAGES)
        with self._ocr_turn:
            deadline = time.monotonic() + self.limits.ocr_seconds
            jobs = [(ocr_image_page, (image, name, n, len(images))) for n, image in enumerate(images, 1)]
            pages = self._read_pages(jobs, name, deadline, progress)
            return self._ocr[0].call(_notice_of_pages, (pages, name), name, deadline)

    def _read_pages(
        self,
        jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]],
        name: str,
        deadline: float,
        progress: Progress | None,
    ) -> list[Any]:
        """Each job (one page) in the next free OCR child, in order of pages; the first failure stops the rest."""
        results: list[Any] = [None] * len(jobs)
        todo = iter(enumerate(jobs))
        turn = threading.Lock()  # guards the queue of pages, the failure and the count of pages done
        failures: list[BaseException] = []
        done = 0

        def serve(worker: Worker) -> None:
            nonlocal done
            while True:
                with turn:
                    job = None if failures else next(todo, None)
                if job is None:
                    return
                index, (fn, args) = job
                try:
                    results[index] = worker.call(fn, args, name, deadline)
                except BaseException as err:  # the task's error, raised by the caller
                    with turn:
                        failures.append(err)
                    return
                with turn:
                    done += 1
                    if progress is not None:
                        progress(done, len(jobs))

        workers = self._ocr[: max(1, min(len(self._ocr), len(jobs)))]
        helpers = [threading.Thread(target=serve, args=(w,), name="rectibot-ocr") for w in workers[1:]]
        for helper in helpers:
            helper.start()
        serve(workers[0])
        for helper in helpers:
            helper.join()
        if failures:
            raise failures[0]
        return results

    def close(self) -> None:
        for worker in self._all:
            worker.close()
        for worker in self._ocr:
            worker.close()


def _scan_pages(source: str | bytes, name: str) -> int:
    """In an OCR child: the pages of a scanned PDF (bytes, or a path it opens itself)."""
    return ocr_pdf_pages(read_bytes(source) if isinstance(source, str) else source, name)


def _scan_page(source: str | bytes, name: str, index: int) -> list[PositionedLine]:
    """In an OCR child: the lines of one page of a scanned PDF."""
    return ocr_pdf_page(read_bytes(source) if isinstance(source, str) else source, name, index)


def _notice_of_pages(pages: list[list[PositionedLine]], name: str) -> Notice:
    """In a child: the notice of pages read by OCR, parsed within the limits like any untrusted text."""
    from . import from_extracted

    return from_extracted(ocr_result(pages, name), name)
