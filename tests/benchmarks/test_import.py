"""BENCH import_vs_bare_httpx, import_peak_rss_mb, import_rows_per_s: a million-row CSV imported
through the command line into the sandbox.

The file (about 100 MB, 8 columns, 5% duplicate profiles, 1% bad rows) is generated in a
temporary folder. ``campaign-studio import-profiles`` runs as its own process, timed from
spawn to exit (start-up, the whole-file check, reading, validation, merging, sending,
saving progress). The baseline posts the batches the import cuts (merged and serialized
before its clock starts) with bare httpx at the same concurrency; the import sends about a
tenth more requests, as profiles that a request in flight holds wait for it and go with a
later one. Each run gets
a fresh in-memory sandbox, so both make the server do the same inserts; the two are run
twice in alternating order and the ratio is the mean of the two rounds. Peak RSS is the
importing process's own high-water mark (``VmHWM``, read until it exits: ``wait4``'s
``ru_maxrss`` would report this pytest process's memory, since the child is forked from it
before it runs Python), and CPU seconds of the importer and of the sandbox say where the
time went.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson
import pytest

from app.domain.profiles import merge_profiles
from app.profile_import.batches import BatchReader
from app.profile_import.mapping import auto_map
from app.profile_import.plan import ImportPlan
from app.profile_import.rejects import RejectsFile
from app.profile_import.rows import RowValidator
from app.profile_import.source import CsvSource, detect_format
from app.sandbox.launcher import start_sandbox

ROWS = 1_000_000
BATCH = 1000
CONCURRENCY = 4
FIELDS = ("first_name:String", "city:String", "age:Int", "score:Float", "vip:Bool", "birthday:Date")
REPO = Path(__file__).resolve().parents[2]
NAMES = ("anna", "boris", "chen", "dmitri", "eva", "farid", "greta", "hana", "ivan", "jules", "kira", "leo")
SURNAMES = ("ivanova", "schmidt", "dubois", "rossi", "garcia", "yilmaz", "kowalski", "wang", "kim", "smith")
CITIES = ("Saint Petersburg", "Berlin-Charlottenburg", "Paris", "Roma", "Madrid", "Istanbul", "Warszawa",
          "Beijing", "Seoul", "Nizhny Novgorod")  # fmt: skip


def generate(path: Path) -> None:
    """8 columns; 5% of the rows repeat an earlier profile (half nearby, half far), 1% are bad."""
    rng = random.Random(2026)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("uid,email,first_name,city,age,score,vip,birthday\n")
        lines = []
        for i in range(ROWS):
            roll = rng.random()
            if roll < 0.05 and i > 1000:
                who = i - rng.randrange(1, 300) if roll < 0.025 else rng.randrange(i)
            else:
                who = i
            name = NAMES[who % len(NAMES)]
            email = f"{name}.{SURNAMES[who % 10]}{who}@mailbox.example-{who % 97}.com"
            age = str(18 + who % 60)
            if 0.05 <= roll < 0.0525:
                email = f"{name}.{who}@example"  # invalid email
            elif 0.0525 <= roll < 0.055:
                age = "forty"  # not a whole number
            elif 0.055 <= roll < 0.0575:
                lines.append(f",,{name},{CITIES[i % 10]},{age},1.5,true,2001-02-03\n")  # no identifier
                continue
            elif 0.0575 <= roll < 0.06:
                lines.append(f"u{who:07d},{email},{name}\n")  # ragged
                continue
            lines.append(
                f"u{who:07d},{email},{name.title()},{CITIES[(i + who) % 10]},{age},"
                f"{(i * 7919 % 1000000) / 100:.2f},"
                f"{'true' if i % 3 else 'false'},19{50 + who % 50}-{1 + who % 12:02d}-{1 + who % 28:02d}\n"
            )
            if len(lines) == 10_000:
                handle.writelines(lines)
                lines.clear()
        handle.writelines(lines)


def prebuilt_batches(path: Path, tmp: Path) -> list[bytes]:
    """The request bodies the import sends: validated, merged, serialized."""
    fmt = detect_format(path)
    with CsvSource(path, fmt) as source:
        types = dict(item.split(":") for item in FIELDS)
        from app.domain.profile_fields import ProfileFieldType

        declared = {name: ProfileFieldType(kind) for name, kind in types.items()}
        plan = ImportPlan(path, fmt, tuple(auto_map(source.header, declared)), declared, batch_size=BATCH)
        validator = RowValidator(source.header, plan.targets, plan.field_types, None)
        rejects = RejectsFile(tmp / "baseline.rejected.csv", source.header, ",")
        reader = BatchReader(source, validator, rejects, BATCH)
        bodies = []
        while (batch := reader.next_batch()) is not None:
            bodies.append(orjson.dumps(merge_profiles(batch.profiles)))
        rejects.finish()
    return bodies


class PeakRss:
    """Samples a child's high-water mark of resident memory (it only grows) until it exits."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.is_set():
            try:
                status = Path(f"/proc/{self.pid}/status").read_text()
            except OSError:
                return
            for line in status.splitlines():
                if line.startswith("VmHWM:"):  # absent once the child is a zombie
                    self.mb = max(self.mb, int(line.split()[1]) / 1024)
            self._done.wait(0.05)

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.mb


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def post_all(server, bodies: list[bytes]) -> None:
    url = server.base_url + "users/batch/"
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(auth=server.auth, limits=limits, timeout=120) as client:
        pending = iter(bodies)

        async def worker() -> None:
            for body in pending:
                answer = await client.post(url, content=body, headers={"Content-Type": "application/json"})
                assert answer.status_code == 202, answer.text[:200]

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


def run_bare(bodies: list[bytes]) -> tuple[float, float]:
    with start_sandbox(declare_fields=FIELDS) as server:
        before = cpu_seconds(server.process.pid)
        started = time.perf_counter()
        asyncio.run(post_all(server, bodies))
        elapsed = time.perf_counter() - started
        return elapsed, cpu_seconds(server.process.pid) - before


def run_ours(path: Path, tmp: Path, number: int) -> dict[str, float | str]:
    with start_sandbox(declare_fields=FIELDS) as server:
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "CAMPAIGN_STUDIO_SECRET": server.secret,
            "LANG": "C.UTF-8",
        }
        argv = [
            sys.executable, "-m", "app", "import-profiles", str(path),
            "--base-url", server.base_url, "--login", server.login,
            "--batch-size", str(BATCH), "--concurrency", str(CONCURRENCY),
            "--workspace", str(tmp / f"ws{number}"), "--rejects", str(tmp / f"rejects{number}.csv"),
            *(arg for field in FIELDS for arg in ("--field", field)),
        ]  # fmt: skip
        out, err = tmp / f"out{number}.txt", tmp / f"err{number}.txt"
        before = cpu_seconds(server.process.pid)
        with out.open("w") as stdout, err.open("w") as stderr:
            started = time.perf_counter()
            process = subprocess.Popen(argv, env=env, stdout=stdout, stderr=stderr)
            rss = PeakRss(process.pid)
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
            peak = rss.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        sandbox_cpu = cpu_seconds(server.process.pid) - before
    assert process.returncode == 0, err.read_text()[-2000:]
    summary = orjson.loads(out.read_text().strip().splitlines()[-1])
    assert summary["rows"] == ROWS and summary["rejected"] > 0.009 * ROWS, summary
    timing = next((line for line in err.read_text().splitlines() if line.startswith("Time:")), "")
    return {
        "elapsed": elapsed,
        "rss_mb": peak,
        "cpu": usage.ru_utime + usage.ru_stime,
        "sandbox_cpu": sandbox_cpu,
        "sent": summary["sent"],
        "timing": timing,
    }


@pytest.fixture(scope="module")
def csv_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("import-bench") / "million.csv"
    generate(path)
    return path


@pytest.mark.timeout(3600)  # two rounds of a million rows on a shared machine
def test_import_a_million_rows(csv_file, tmp_path) -> None:
    size_mb = csv_file.stat().st_size / 1e6
    bodies = prebuilt_batches(csv_file, tmp_path)
    print(f"\nfile: {size_mb:.0f} MB, {ROWS:,} rows; {len(bodies)} batches")
    ratios, ours_runs = [], []
    for number in range(2):
        if number % 2:
            ours = run_ours(csv_file, tmp_path, number)
            bare, bare_sandbox_cpu = run_bare(bodies)
        else:
            bare, bare_sandbox_cpu = run_bare(bodies)
            ours = run_ours(csv_file, tmp_path, number)
        ratio = float(ours["elapsed"]) / bare
        ratios.append(ratio)
        ours_runs.append(ours)
        print(
            f"round {number}: import {ours['elapsed']:.1f} s (importer CPU {ours['cpu']:.1f} s, sandbox CPU "
            f"{ours['sandbox_cpu']:.1f} s, peak RSS {ours['rss_mb']:.0f} MB); bare httpx {bare:.1f} s "
            f"(sandbox CPU {bare_sandbox_cpu:.1f} s); {ours['timing']}"
        )
    elapsed = statistics.mean(float(run["elapsed"]) for run in ours_runs)
    print(f"BENCH import_vs_bare_httpx {statistics.mean(ratios):.2f} x")
    print(f"BENCH import_peak_rss_mb {max(float(run['rss_mb']) for run in ours_runs):.0f} MB")
    print(f"BENCH import_rows_per_s {ROWS / elapsed:.0f} rows/s")
    # Reported, not asserted (targets: <= 1.3 x, <= 300 MB): a loaded machine must not fail the run.
    assert all(run["sent"] for run in ours_runs)
