"""``campaign-studio import-profiles FILE ...``: the wizard's import, for scripts and big files.

Progress goes to stderr; the last line on stdout is one JSON object
``{"rows", "sent", "rejected", "merged", "batches", "dropped_fields", "rejects_file"}``.
Exit 0 when every row was sent or reported as rejected, 1 when the import stopped
part-way (run it again with ``--resume``), 2 for a usage error or a file that cannot be
read. Ctrl+C stops after the batches in flight (resumable); a second one stops at once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import orjson

from app.domain.profile_fields import ProfileFieldType, compare_echo, parse_declared_field
from app.profile_import.cli_output import ProgressPrinter, print_summary
from app.profile_import.cli_workspace import CliWorkspace, CliWorkspaceError, WorkspaceProgressStore
from app.profile_import.dialect import parse_delimiter
from app.profile_import.encoding import codec_name
from app.profile_import.mapping import Target, apply_overrides, auto_map, check_mapping, parse_target
from app.profile_import.pipeline import ProfileImport
from app.profile_import.plan import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CONCURRENCY,
    MAX_BATCH_SIZE,
    MAX_CONCURRENCY,
    ImportPlan,
    resume_mismatch,
)
from app.profile_import.problems import ProfileImportError
from app.profile_import.source import CsvSource, detect_format
from app.profile_import.summary import ImportOutcome, ImportSummary
from app.profile_import.target import phone_region_from_environment, target_key

if TYPE_CHECKING:
    from app.api.client import ApiClient

SECRET_ENV: Final = "CAMPAIGN_STUDIO_SECRET"  # noqa: S105 - the variable's name, not a secret
EXIT_OK: Final = 0
EXIT_STOPPED: Final = 1
EXIT_USAGE: Final = 2


class UsageError(Exception):
    """A message for stderr, then exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="campaign-studio import-profiles",
        description="Import user profiles from a CSV file into the provider's project, in batches.",
        epilog=(
            "TARGET is uid, phone, email, wp_token, field:NAME or skip; columns named like an identifier "
            "or a declared field are mapped by themselves, others are skipped. Phone numbers without a "
            "+country code are read for the country of the locale (LC_TELEPHONE, LANG). With --base-url "
            f"the secret is read from ${SECRET_ENV}. Exit status: 0 done, 1 stopped part-way (run again "
            "with --resume), 2 usage error or unreadable file."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV file")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--account", metavar="NAME", help="an account of the workspace (its secret is in the keyring)"
    )
    where.add_argument(
        "--base-url", metavar="URL", help="the API address, e.g. https://esp.example.com/api/v1/"
    )
    parser.add_argument("--login", metavar="LOGIN", help="the API login (with --base-url)")
    parser.add_argument("--encoding", metavar="ENC", help="the file's encoding (default: detected)")
    parser.add_argument(
        "--delimiter", metavar="D", help="the column separator: , ; | tab (default: detected)"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=TARGET",
        help="map a column (by its header, or #N) to a target; repeat for more columns",
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME:TYPE",
        help="declare a profile field for this run: String, Int, Float, Bool or Date",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        metavar="N",
        help=f"profiles per request (default {DEFAULT_BATCH_SIZE}, at most {MAX_BATCH_SIZE})",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"requests at a time (default {DEFAULT_CONCURRENCY}, at most {MAX_CONCURRENCY})",
    )
    parser.add_argument(
        "--rejects",
        type=Path,
        metavar="PATH",
        help="where to write the rejected rows (default: FILE.rejected.csv beside FILE)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with an interrupted import of this file, sending only what was not confirmed",
    )
    parser.add_argument("--dry-run", action="store_true", help="read and check every row, send nothing")
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DIR",
        help="the workspace folder (accounts, saved progress); default: your user data folder",
    )
    return parser  # fmt: skip


@dataclass
class Setup:
    """What the options resolve to before anything is read."""

    base_url: str
    login: str
    secret: str | None
    target: str
    account_id: int | None
    declared: dict[str, ProfileFieldType]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return asyncio.run(_main(args))
    except UsageError as error:
        print(f"campaign-studio import-profiles: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (ProfileImportError, CliWorkspaceError) as error:
        print(f"campaign-studio import-profiles: {error}", file=sys.stderr)
        return EXIT_USAGE


async def _main(args: argparse.Namespace) -> int:
    _check_numbers(args)
    path: Path = args.file.expanduser()
    fields = _declared_by_options(args.field)
    overrides = _overrides(args.map)
    with ExitStack() as stack:
        workspace = None
        if args.account or not args.dry_run:
            workspace = stack.enter_context(CliWorkspace.open(args.workspace))
        setup = _setup(args, workspace)
        declared = {**setup.declared, **fields}
        fmt = detect_format(path, encoding=args.encoding, delimiter=args.delimiter)
        with CsvSource(path, fmt) as source:
            header = list(source.header)
        targets = apply_overrides(header, auto_map(header, declared), overrides)
        plan = ImportPlan(
            path=path, format=fmt, targets=tuple(targets), field_types=declared,
            batch_size=args.batch_size or DEFAULT_BATCH_SIZE, concurrency=args.concurrency,
            phone_region=phone_region_from_environment(os.environ), rejects_path=args.rejects,
        )  # fmt: skip
        printer = ProgressPrinter(sys.stderr)
        if args.dry_run:
            check_mapping(header, targets)
            job = ProfileImport(plan, on_progress=printer.show)
            summary = await _with_signals(job, job.check())
        else:
            store = WorkspaceProgressStore(workspace) if workspace is not None else None
            summary = await _send(args, setup, plan, store, printer, header, overrides, fields)
            account_id = setup.account_id
            if workspace is not None and account_id is not None and summary.stored_fields:
                stored = compare_echo(summary.sent_fields, summary.stored_fields).stored
                await workspace.call(lambda ws: ws.profile_fields.learn(account_id, stored))
        printer.done()
    print_summary(summary, sys.stderr, dry_run=args.dry_run)
    sys.stdout.write(orjson.dumps(summary.to_json()).decode() + "\n")
    sys.stdout.flush()
    return EXIT_OK if summary.outcome in (ImportOutcome.COMPLETED, ImportOutcome.CHECKED) else EXIT_STOPPED


async def _send(
    args: argparse.Namespace,
    setup: Setup,
    plan: ImportPlan,
    store: WorkspaceProgressStore | None,
    printer: ProgressPrinter,
    header: list[str],
    overrides: list[tuple[str, Target]],
    fields: Mapping[str, ProfileFieldType],
) -> ImportSummary:
    if not setup.secret:
        raise UsageError(
            f"set {SECRET_ENV} to the API secret of {setup.login} (it is never read from the command line)"
        )
    client = _client(setup, plan.concurrency)
    async with client:
        job = ProfileImport(plan, client=client, store=store, target=setup.target, on_progress=printer.show)

        def adopt(cut: dict[str, Any]) -> ImportPlan:
            return _adopt(args, plan, cut, header, overrides, fields)

        return await _with_signals(job, job.run(resume=args.resume, adopt=adopt))


def _adopt(
    args: argparse.Namespace,
    plan: ImportPlan,
    cut: dict[str, Any],
    header: list[str],
    overrides: list[tuple[str, Target]],
    fields: Mapping[str, ProfileFieldType],
) -> ImportPlan:
    """The interrupted import's settings, unless an option given now says otherwise."""
    saved = ImportPlan.from_cut(plan.path, cut, concurrency=plan.concurrency, rejects_path=plan.rejects_path)
    changed: list[str] = []
    if args.encoding and codec_name(args.encoding) != saved.format.encoding:
        changed.append("encoding")
    if args.delimiter and parse_delimiter(args.delimiter) != saved.format.delimiter:
        changed.append("delimiter")
    if args.batch_size and args.batch_size != saved.batch_size:
        changed.append("batch_size")
    if overrides:
        given = apply_overrides(header, list(saved.targets), overrides)
        if tuple(given) != saved.targets:
            changed.append("targets")
    if any(saved.field_types.get(name, kind) != kind for name, kind in fields.items()):
        changed.append("field_types")
    if changed:
        raise resume_mismatch(changed)
    return saved


async def _with_signals(job: ProfileImport, work: Any) -> ImportSummary:
    """Run ``work``; the first Ctrl+C (or SIGTERM) stops after the batches in flight, the next at once."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def stop() -> None:
        job.cancel(force=job.cancelled)

    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, stop)
            installed.append(number)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C ends the process
            pass
    try:
        summary: ImportSummary = await work
        return summary
    finally:
        for number in installed:
            loop.remove_signal_handler(number)


def _check_numbers(args: argparse.Namespace) -> None:
    if args.batch_size is not None and not 1 <= args.batch_size <= MAX_BATCH_SIZE:
        raise UsageError(f"--batch-size must be between 1 and {MAX_BATCH_SIZE}")
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        raise UsageError(f"--concurrency must be between 1 and {MAX_CONCURRENCY}")
    if args.base_url and not args.login:
        raise UsageError("--base-url needs --login")
    if args.account and args.login:
        raise UsageError("--login goes with --base-url; an account has its own login")
    if args.base_url:
        _checked_base_url(args.base_url)  # before the workspace is opened: a usage error comes first


def _declared_by_options(values: Sequence[str]) -> dict[str, ProfileFieldType]:
    declared: dict[str, ProfileFieldType] = {}
    for text in values:
        try:
            name, kind = parse_declared_field(text)
        except ValueError as error:
            raise UsageError(f"--field {text}: {error}") from None
        declared[name] = kind
    return declared


def _overrides(values: Sequence[str]) -> list[tuple[str, Target]]:
    overrides = []
    for text in values:
        column, sep, target = text.rpartition("=")
        if not sep or not column:
            raise UsageError(f"--map {text}: expected COLUMN=TARGET, for example --map E-mail=email")
        overrides.append((column, parse_target(target)))
    return overrides


def _setup(args: argparse.Namespace, workspace: CliWorkspace | None) -> Setup:
    if args.account:
        assert workspace is not None
        account, secret, declared = workspace.account(args.account, need_secret=not args.dry_run)
        if account.is_demo:
            raise UsageError(
                "the demo account's server runs only inside the app; start a sandbox "
                "('campaign-studio sandbox') and use --base-url with its address"
            )
        return Setup(account.base_url, account.login, secret, target_key(account.base_url, account.login),
                     account.id, declared)  # fmt: skip
    base_url = _checked_base_url(args.base_url)
    secret = os.environ.get(SECRET_ENV, "").strip() or None
    return Setup(base_url, args.login, secret, target_key(base_url, args.login), None, {})


def _checked_base_url(text: str) -> str:
    from app.api.base_url import check_base_url
    from app.api.errors import ConfigurationError

    try:
        return str(check_base_url(text))
    except ConfigurationError as error:
        raise UsageError(f"--base-url {text}: {error.message}") from None


def _client(setup: Setup, concurrency: int) -> ApiClient:
    from app.api.client import ApiClient
    from app.api.errors import ConfigurationError
    from app.api.http import DEFAULT_MAX_CONNECTIONS

    assert setup.secret is not None
    try:
        return ApiClient(
            setup.base_url,
            setup.login,
            setup.secret,
            max_connections=max(concurrency, DEFAULT_MAX_CONNECTIONS),
        )
    except ConfigurationError as error:
        raise UsageError(error.message) from None
