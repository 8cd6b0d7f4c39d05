"""``campaign-studio import-profiles`` end to end, as its own process against the sandbox."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.store.secrets import SecretStore
from app.store.workspace import Workspace

from .conftest import REPO, free_port
from .file_keyring import FILE_ENV, FileKeyring

KEYS = ["rows", "sent", "rejected", "merged", "batches", "dropped_fields", "rejects_file"]
MESSY = (
    "Телефон;E-mail;Имя;Город;Возраст\r\n"
    "8 (999) 123-45-67;ivan@example.ru;Иван;Москва;31\r\n"
    "+7 916 000-00-01;petr@example;Пётр;Санкт-Петербург;40\r\n"  # no dot in the domain
    ";;Безымянный;Казань;\r\n"  # no identifier
    "8-999-123-45-67;;Иван;Тверь;\r\n"  # Ivan again (same phone): merged, later wins
    "+7 903 111 22 33;olga@example.ru;Ольга;Омск;двадцать\r\n"  # age is not a number
)


def write_messy(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_bytes(MESSY.encode("cp1251"))
    return path


def base(server) -> list[str]:
    return ["--base-url", server.base_url, "--login", server.login]


def test_a_messy_windows_export_imports_with_its_rejects(cli, start_server, server_data, tmp_path) -> None:
    server = start_server()
    path = write_messy(tmp_path)
    done = cli(path, *base(server), "--map", "Город=field:city", "--map", "Возраст=field:age",
               "--field", "age:Int", "--workspace", tmp_path / "ws", secret=server.secret)  # fmt: skip
    assert done.code == 0, done.stderr
    summary = done.summary
    assert list(summary) == KEYS
    rejects = tmp_path / "export.rejected.csv"
    assert summary == {"rows": 5, "sent": 2, "rejected": 3, "merged": 1, "batches": 1, "dropped_fields": [],
                       "rejects_file": str(rejects)}  # fmt: skip
    ivan = server_data.profile("phone", "+79991234567")
    assert (
        ivan is not None
        and ivan["email"] == "ivan@example.ru"
        and ivan["fields"] == {"city": "Тверь", "age": 31}
    )
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["row", "line", "reason", "Телефон", "E-mail", "Имя", "Город", "Возраст"]
    assert [(row[0], row[3]) for row in rows[1:]] == [
        ("3", "+7 916 000-00-01"),
        ("4", ""),
        ("6", "+7 903 111 22 33"),
    ]
    assert "is not a valid email address" in rows[1][2]
    assert "nothing says whose profile it is" in rows[2][2]
    assert "“двадцать” is not a whole number" in rows[3][2]
    assert (
        "Checking the file" in done.stderr
        and "The rejected rows and the reason for each are in" in done.stderr
    )


def test_fields_the_project_does_not_declare_are_reported(cli, start_server, tmp_path) -> None:
    server = start_server(declare_fields=("city:String",))
    path = tmp_path / "list.csv"
    path.write_text("email,city,nickname\na@example.com,Oslo,Ace\nb@example.com,Rome,Bee\n")
    done = cli(path, *base(server), "--map", "nickname=field:nickname", "--field", "city:String",
               "--workspace", tmp_path / "ws", secret=server.secret)  # fmt: skip
    assert done.code == 0, done.stderr
    assert done.summary["dropped_fields"] == ["nickname"] and done.summary["rejects_file"] is None
    assert "not declared in the project settings: nickname" in done.stderr


@pytest.mark.parametrize(
    ("content", "options", "says"),
    [
        (None, [], "does not exist"),
        (b"", [], "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, [], "is not a text file"),
        (
            b"email,city\na@example.com,Oslo\n",
            ["--map", "email=skip"],
            "No column is mapped to an identifier",
        ),
        (b"email,mail\na@example.com,b@example.com\n", ["--map", "mail=email"], "are both mapped to email"),
        (b"email\na@example.com\n", ["--map", "town=skip"], "The file has no column “town”"),
        (b"email\na@example.com\n", ["--map", "email"], "expected COLUMN=TARGET"),
        (b"email\na@example.com\n", ["--field", "age:Number"], "unknown field type"),
        (b"email\na@example.com\n", ["--batch-size", "0"], "--batch-size must be between"),
        (b"email\na@example.com\n", ["--encoding", "klingon"], "is not an encoding name"),
    ],
)
def test_usage_errors_and_unreadable_files_exit_2(cli, tmp_path, content, options, says) -> None:
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_bytes(content)
    done = cli(path, "--base-url", "http://127.0.0.1:9/api/v1/", "--login", "me", *options,
               "--workspace", tmp_path / "ws", secret="s3cret")  # fmt: skip
    assert done.code == 2, done.stderr
    assert says in done.stderr
    assert done.stdout == ""


def test_how_to_connect_is_checked_before_anything_is_read(cli, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("email\na@example.com\n")
    no_login = cli(path, "--base-url", "http://127.0.0.1:9/api/v1/")
    assert no_login.code == 2 and "--base-url needs --login" in no_login.stderr
    remote_http = cli(path, "--base-url", "http://esp.example.com/api/v1/", "--login", "me", secret="x")
    assert remote_http.code == 2 and "plain HTTP" in remote_http.stderr
    no_secret = cli(
        path, "--base-url", "http://127.0.0.1:9/api/v1/", "--login", "me", "--workspace", tmp_path
    )
    assert no_secret.code == 2 and "set CAMPAIGN_STUDIO_SECRET" in no_secret.stderr
    neither = cli(path)
    assert neither.code == 2 and "one of the arguments --account --base-url is required" in neither.stderr
    unknown = cli(path, "--account", "Nope", "--workspace", tmp_path / "ws")
    assert unknown.code == 2 and "no account is called 'Nope'" in unknown.stderr


def test_a_dry_run_reads_everything_and_talks_to_nobody(cli, tmp_path) -> None:
    path = write_messy(tmp_path)
    done = cli(path, "--base-url", "http://127.0.0.1:9/api/v1/", "--login", "me", "--dry-run",
               "--map", "Возраст=field:age", "--field", "age:Int")  # fmt: skip
    assert done.code == 0, done.stderr
    rejects = str(tmp_path / "export.rejected.csv")
    assert done.summary == {"rows": 5, "sent": 0, "rejected": 3, "merged": 1, "batches": 1,
                            "dropped_fields": [], "rejects_file": rejects}  # fmt: skip
    assert "Nothing was sent" in done.stderr


def test_server_down_exits_1_and_resume_finishes(cli, start_server, server_data, tmp_path) -> None:
    port = free_port()
    path = tmp_path / "list.csv"
    path.write_text("uid,city\n" + "".join(f"u{i},City {i}\n" for i in range(250)))
    options = ["--base-url", f"http://127.0.0.1:{port}/api/v1/", "--login", "demo", "--batch-size", "100",
               "--field", "city:String", "--workspace", tmp_path / "ws"]  # fmt: skip
    down = cli(path, *options, secret="the-secret")
    assert down.code == 1, down.stderr
    assert down.summary["sent"] == 0 and down.summary["batches"] == 0
    assert "The import stopped" in down.stderr and "--resume" in down.stderr
    start_server(port=port, secret="the-secret")
    up = cli(path, *options, "--resume", secret="the-secret")
    assert up.code == 0, up.stderr
    assert up.summary == {"rows": 250, "sent": 250, "rejected": 0, "merged": 0, "batches": 3,
                          "dropped_fields": [], "rejects_file": None}  # fmt: skip
    assert server_data.count() == 250
    again = cli(path, *options, "--resume", secret="the-secret")
    assert again.code == 0 and again.summary["sent"] == 250
    assert "3 batches confirmed earlier were not sent again" in again.stderr
    other = cli(path, *options[:-2], "--batch-size", "50", "--resume", "--workspace", tmp_path / "ws",
                secret="the-secret")  # fmt: skip
    assert other.code == 2 and "set up differently (batch size)" in other.stderr


def test_a_flaky_server_is_worked_through_with_resume(cli, start_server, server_data, tmp_path) -> None:
    server = start_server(faults=0.4, seed=3, extra_args=("--fault-kinds", "drop-after", "502-html", "503"))
    path = tmp_path / "list.csv"
    path.write_text("uid,city\n" + "".join(f"u{i},City {i}\n" for i in range(400)) + "u0,Last\n")
    options = [*base(server), "--batch-size", "20", "--concurrency", "3", "--field", "city:String",
               "--workspace", tmp_path / "ws"]  # fmt: skip
    codes = []
    for _ in range(10):
        done = cli(path, *options, *(["--resume"] if codes else []), secret=server.secret)
        codes.append(done.code)
        if done.code == 0:
            break
        assert done.code == 1, done.stderr
    assert codes[-1] == 0, codes
    assert done.summary["sent"] == 401 and done.summary["batches"] == 21
    assert server_data.count() == 400
    assert server_data.profile("uid", "u0")["fields"] == {"city": "Last"}
    assert len(server.fault_log()) > 0


def test_an_account_of_the_workspace_and_its_keyring_secret(cli, start_server, tmp_path) -> None:
    server = start_server(declare_fields=("city:String", "age:Int"))
    keyring_file = tmp_path / "keyring.json"
    os.environ[FILE_ENV] = str(keyring_file)
    try:
        with Workspace.open(tmp_path / "ws") as ws:
            account = ws.accounts.add("Shop", server.base_url, server.login)
            ws.profile_fields.declare(account.id, "city", ProfileFieldType.STRING)
            SecretStore(FileKeyring(), namespace=ws.id).set(account.id, server.secret)
    finally:
        del os.environ[FILE_ENV]
    path = tmp_path / "list.csv"
    path.write_text("Email,City,Age\na@example.com,Oslo,31\n")
    env = {"PYTHON_KEYRING_BACKEND": "tests.integration.profile_import.file_keyring.FileKeyring",
           FILE_ENV: str(keyring_file)}  # fmt: skip
    done = cli(path, "--account", "shop", "--map", "Age=field:age", "--workspace", tmp_path / "ws", env=env)
    assert done.code == 0, done.stderr
    assert done.summary["sent"] == 1
    with Workspace.open(tmp_path / "ws") as ws:
        fields = {f.name: (f.type, f.origin) for f in ws.profile_fields.list(account.id)}
    # City was declared in the account; age was learned from what the server stored.
    assert fields == {
        "city": (ProfileFieldType.STRING, FieldOrigin.USER),
        "age": (ProfileFieldType.INT, FieldOrigin.SERVER),
    }
    missing = cli(path, "--account", "Shop", "--workspace", tmp_path / "ws",
                  env={**env, FILE_ENV: str(tmp_path / "empty.json")})  # fmt: skip
    assert missing.code == 2 and "the keyring holds no secret for the account 'Shop'" in missing.stderr


def test_ctrl_c_stops_after_the_batches_in_flight(start_server, server_data, tmp_path) -> None:
    server = start_server(extra_args=("--latency", "100"))
    path = tmp_path / "list.csv"
    path.write_text("uid\n" + "".join(f"u{i}\n" for i in range(3000)))
    env = {**os.environ, "PYTHONPATH": str(REPO), "CAMPAIGN_STUDIO_SECRET": server.secret}
    argv = [sys.executable, "-m", "app", "import-profiles", str(path), *base(server), "--batch-size", "10",
            "--concurrency", "2", "--workspace", str(tmp_path / "ws")]  # fmt: skip
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # No deadline of our own: pytest's timeout ends a hang, and a busy machine only makes it later.
        while (server_data.folder / "sandbox.sqlite3").exists() is False or server_data.count() < 30:
            assert process.poll() is None  # 300 batches at 100 ms, two at a time: not done for 15 s
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1, stderr
    assert "The import was stopped" in stderr
    sent = int(stdout.strip().splitlines()[-1].split('"sent":')[1].split(",")[0])
    assert 30 <= sent < 3000
    assert server_data.count() == sent  # the batches in flight were answered and counted
