"""A bounded load test of r1540 on the loopback interface (a script, not a test).

    .venv/bin/python scripts/load_test.py                  # 50 users for 300 s
    .venv/bin/python scripts/load_test.py --seconds 90     # shorter

It creates a PostgreSQL database of its own (``r1540_load`` on 127.0.0.1:5432, user postgres,
trust authentication), migrates it, loads the demo data, starts gunicorn on 127.0.0.1 and a
``db_worker`` task worker, and runs ``--users`` concurrent users for ``--seconds``: public pages
in the six languages, the published matrices and a published version's PDF (built by the worker
and then served from the kept file), anonymous and token API calls, States' points of contact
submitting assistance requests through the API with their tokens and answering fields of their
matrix online. Halfway through it kills the worker (SIGKILL, as a crash would) and starts
another. At the end it waits for the queue to drain and checks that every submitted request got
its embedding exactly once and that no task was lost (left ready or running), failed or did its
work twice. It prints requests, errors and p50/p95/p99 latency per kind, and exits 1 if any
request failed or any task check did not hold. Then it stops what it started, drops the
database and removes its files. Nothing leaves 127.0.0.1.

The API's anonymous throttle (600 a minute per address) is raised for the run: every simulated
visitor comes from 127.0.0.1, so the real limit would answer most of them 429.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"
#: URL prefixes of the six languages (English, the default, has none).
LANGUAGES = ["", "/fr", "/es", "/ru", "/zh-hans", "/ar"]
PASSWORD = "r1540-load-" + secrets.token_hex(6)
TITLE_MARK = "Load test request"
#: (kind, weight): how often a user does what.
MIX = [
    ("sign_in", 0),  # a POC signs in before its first answer (once per user)
    ("page", 40),
    ("download", 8),
    ("api", 25),
    ("api_token", 7),
    ("submit_request", 10),
    ("answer_field", 10),
]
PAGES = [
    "{lang}/",
    "{lang}/matrices/",
    "{lang}/matrices/trends/",
    "{lang}/matrices/review/",
    "{lang}/directory/states/",
    "{lang}/reports/",
    "{lang}/assistance/requests/",
    "{lang}/outreach/events/",
    "{lang}/statistics/",
    "{lang}/reporting-status/",
    "{lang}/search/?q=nuclear",
]
API = [
    "/api/v1/states/?limit=20",
    "/api/v1/matrix-versions/?limit=20",
    "/api/v1/matrix-versions/trends/",
    "/api/v1/assistance/requests/?limit=20",
    "/api/v1/assistance/offers/?limit=20",
    "/api/v1/events/?limit=20",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50, help="concurrent users (default 50)")
    parser.add_argument("--seconds", type=int, default=300, help="how long the load lasts (default 300)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--database", default="r1540_load", help="the database created and dropped")
    parser.add_argument("--gunicorn-workers", type=int, default=3)
    parser.add_argument("--drain-seconds", type=int, default=300, help="longest wait for the queue to empty")
    parser.add_argument("--keep", action="store_true", help="keep the database and files (to look at them)")
    parser.add_argument(
        "--kill-signal",
        choices=["KILL", "TERM"],
        default="KILL",
        help="how the worker is stopped halfway: KILL as a crash (default), TERM as a clean stop",
    )
    parser.add_argument("--reuse", action="store_true", help="use the database and files a --keep run left")
    args = parser.parse_args()
    if not args.database.startswith("r1540_load"):
        parser.error("the database name must start with r1540_load (it is dropped at the end)")
    if not 1 <= args.users <= 200 or not 10 <= args.seconds <= 3600:
        parser.error("1–200 users, 10–3600 seconds")
    return args


# --- The database and the processes ------------------------------------------------------------


def admin_connection():
    import psycopg

    return psycopg.connect(host=HOST, port=5432, user="postgres", dbname="postgres", autocommit=True)


def recreate_database(name: str) -> None:
    with admin_connection() as connection:
        connection.execute('DROP DATABASE IF EXISTS "{}" WITH (FORCE)'.format(name))
        connection.execute('CREATE DATABASE "{}"'.format(name))


def drop_database(name: str) -> None:
    from django.db import connections

    connections.close_all()
    with admin_connection() as connection:
        connection.execute('DROP DATABASE IF EXISTS "{}" WITH (FORCE)'.format(name))


def environment(args, data_dir: Path) -> dict:
    return {
        "DATABASE_URL": "postgres://postgres@{}:5432/{}".format(HOST, args.database),
        "DJANGO_SETTINGS_MODULE": "r1540.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        # Plain HTTP on the loopback: no redirect to HTTPS, cookies without the Secure flag.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "R1540_TASKS": "database",
        "R1540_DATA_DIR": str(data_dir),
        "R1540_API_ANON_RATE": "1000000/minute",
        "EMAIL_URL": "consolemail://",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(args, port: int, log: Path) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "r1540.wsgi",
        "--bind",
        "{}:{}".format(HOST, port),
        "--workers",
        str(args.gunicorn_workers),
        "--timeout",
        "120",
    ]
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT)  # noqa: S603


def start_worker(log: Path, worker_id: str) -> subprocess.Popen:
    command = [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.5", "--no-reload"]
    command += ["--worker-id", worker_id]
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT)  # noqa: S603


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped")
        try:
            with urllib.request.urlopen(base + "/", timeout=30) as response:  # noqa: S310  (loopback only)
                if response.status == 200:
                    return
                last = "status {}".format(response.status)
        except urllib.error.HTTPError as error:
            last = "status {}".format(error.code)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last = repr(error)
        time.sleep(2)
    raise RuntimeError("gunicorn did not answer 200 within {} s (last: {})".format(timeout, last))


def log_tail(path: Path, lines: int = 25) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


# --- The data the users work on ---------------------------------------------------------------


def prepare(users: int, *, fresh: bool) -> dict:
    """Demo data plus one State POC per user (password and API token) and the fields each
    answers (a field of its own, so that users never overwrite each other)."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from r1540.core.models import User
    from r1540.core.roles import Role
    from r1540.matrices import selectors, services
    from r1540.matrices.models import MatrixVersion

    if fresh:
        call_command("migrate", verbosity=0, interactive=False)
        call_command("collectstatic", verbosity=0, interactive=False)
        call_command("load_demo", verbosity=0)
    version = MatrixVersion.objects.filter(stage="sent", state__status="member").select_related("state").first()
    if version is None:
        draft = MatrixVersion.objects.filter(stage="draft").first()
        version = services.matrix_version_send(
            version=draft,
            comment_deadline_date=timezone.localdate() + datetime.timedelta(days=60),
            actor=None,
            reason="Load test",
        )
    keys = selectors.template_order(version)
    accounts = []
    for number in range(users):
        user, _created = User.objects.update_or_create(
            username="load-poc-{}".format(number),
            defaults={
                "email": "load-poc-{}@example.org".format(number),
                "role": Role.STATE_POC,
                "state": version.state,
            },
        )
        user.set_password(PASSWORD)
        user.save()
        token, _created = Token.objects.get_or_create(user=user)
        row, weapon, column = keys[number % len(keys)]
        accounts.append(
            {"username": user.username, "token": token.key, "field": {"row": row, "weapon": weapon, "column": column}}
        )
    published = list(MatrixVersion.objects.current_published().select_related("state").order_by("state__iso3")[:40])
    return {
        "accounts": accounts,
        "respond": "/matrices/{}/{}/respond/".format(version.state.iso3.lower(), version.number),
        "versions": ["{{lang}}/matrices/{}/{}/".format(v.state.iso3.lower(), v.number) for v in published],
        "documents": ["/matrices/{}/{}/document.pdf".format(v.state.iso3.lower(), v.number) for v in published[:3]],
    }


# --- One user ---------------------------------------------------------------------------------


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class User:
    """One simulated user: its own cookies; a State POC's account and token."""

    def __init__(self, base: str, plan: dict, account: dict, rng: random.Random):
        self.base, self.plan, self.account, self.rng = base, plan, account, rng
        self.jar = http.cookiejar.CookieJar()
        self.browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.form_poster = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.signed_in = False

    def fetch(self, path: str, *, data: bytes | None = None, headers: dict | None = None, follow: bool = True):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})  # noqa: S310
        opener = self.browser if follow else self.form_poster
        try:
            with opener.open(request, timeout=120) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def csrf(self) -> str:
        return next((cookie.value for cookie in self.jar if cookie.name == "csrftoken"), "")

    def act(self, kind: str) -> tuple[int, bool, dict]:
        """Do one thing; (status, ok, details)."""
        lang = self.rng.choice(LANGUAGES)
        if kind == "page":
            path = self.rng.choice(PAGES + self.plan["versions"]).format(lang=lang)
            status, _body = self.fetch(path)
            return status, status == 200, {}
        if kind == "download":
            path = self.rng.choice(
                ["{}/matrices/published.csv".format(lang), "/matrices/published.xlsx", *self.plan["documents"]]
            )
            status, _body = self.fetch(path)
            return status, status in (200, 202), {"pending": status == 202}
        if kind == "api":
            status, _body = self.fetch(self.rng.choice(API))
            return status, status == 200, {}
        headers = {"Authorization": "Token " + self.account["token"], "Accept": "application/json"}
        if kind == "api_token":
            status, _body = self.fetch(self.rng.choice(API), headers=headers)
            return status, status == 200, {}
        if kind == "submit_request":
            body = {
                "title": "{} {}".format(TITLE_MARK, secrets.token_hex(4)),
                "description": "Training for customs officers on the control of dual-use goods at the border.",
                "language": "en",
                "areas": ["border_law_enforcement"],
                "weapons": ["chemical"],
                "types": ["training"],
            }
            status, answer = self.fetch(
                "/api/v1/assistance/requests/",
                data=json.dumps(body).encode(),
                headers={**headers, "Content-Type": "application/json"},
            )
            created = json.loads(answer).get("id") if status == 201 else None
            return status, status == 201, {"created": created, "answer": answer[:300] if status != 201 else b""}
        if kind == "answer_field":
            return self.answer_field()
        raise ValueError(kind)

    def sign_in(self) -> tuple[int, bool]:
        status, _body = self.fetch("/account/login/")
        if status != 200:
            return status, False
        form = {"username": self.account["username"], "password": PASSWORD, "csrfmiddlewaretoken": self.csrf()}
        status, _body = self.fetch(
            "/account/login/",
            data=urllib.parse.urlencode(form).encode(),
            headers={"Referer": self.base + "/account/login/"},
            follow=False,
        )
        self.signed_in = status == 302
        return status, self.signed_in

    def answer_field(self) -> tuple[int, bool, dict]:
        if not self.signed_in:
            status, ok = self.sign_in()
            if not ok:
                return status, False, {"step": "sign in"}
        path = self.plan["respond"] + "?" + urllib.parse.urlencode(self.account["field"])
        status, page = self.fetch(path)
        if status != 200:
            return status, False, {"step": "form"}
        found = re.search(rb'name="lock_version" value="(\d+)"', page)
        form = {
            "csrfmiddlewaretoken": self.csrf(),
            "lock_version": found.group(1).decode() if found else "0",
            "kind": "supplement",
            "comment": "Our law of {} covers this field.".format(self.rng.randint(1990, 2025)),
            "publishable": "on",
        }
        status, _body = self.fetch(
            path, data=urllib.parse.urlencode(form).encode(), headers={"Referer": self.base + path}, follow=False
        )
        return status, status == 302, {}


# --- The run ----------------------------------------------------------------------------------


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []
        self.pending = 0
        self.created: list[int] = []
        self.count = 0

    def add(self, kind: str, seconds: float, status: int, ok: bool, details: dict) -> None:
        with self.lock:
            self.count += 1
            self.latencies[kind].append(seconds)
            if not ok:
                self.errors[kind] += 1
                if len(self.samples) < 20:
                    self.samples.append("{} {} {}".format(kind, status, details))
            self.pending += bool(details.get("pending"))
            if details.get("created"):
                self.created.append(details["created"])


def run_users(base: str, plan: dict, args, tally: Tally, on_half) -> float:
    kinds, weights = zip(*MIX, strict=True)
    started = time.monotonic()
    deadline = started + args.seconds
    halfway = threading.Event()

    def user_loop(number: int) -> None:
        rng = random.Random(number)  # noqa: S311  (a load pattern, not a secret)
        user = User(base, plan, plan["accounts"][number], rng)
        while time.monotonic() < deadline and tally.count < args.max_requests:
            kind = rng.choices(kinds, weights)[0]
            if kind == "answer_field" and not user.signed_in:  # once per user, timed apart
                begin = time.monotonic()
                try:
                    status, ok = user.sign_in()
                except OSError as error:
                    status, ok = 0, False
                    print("sign in: {!r}".format(error), flush=True)
                tally.add("sign_in", time.monotonic() - begin, status, ok, {})
                if not ok:
                    continue
            begin = time.monotonic()
            try:
                status, ok, details = user.act(kind)
            except (OSError, ValueError) as error:  # refused, reset, timed out, bad JSON
                status, ok, details = 0, False, {"error": repr(error)}
            tally.add(kind, time.monotonic() - begin, status, ok, details)
            if not halfway.is_set() and time.monotonic() - started >= args.seconds / 2:
                halfway.set()
                on_half()
            time.sleep(rng.uniform(0.2, 1.0))  # a person reads before the next click

    with ThreadPoolExecutor(max_workers=args.users) as pool:
        list(pool.map(user_loop, range(args.users)))
    return time.monotonic() - started


def drain(seconds: int, live_worker: str) -> None:
    """Wait until no task is waiting or running on the live worker (or ``seconds`` have passed)."""
    from django.db import connections
    from django.db.models import Q
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connections.close_all()
        busy = Q(status="READY") | Q(status="RUNNING", worker_ids__contains=[live_worker])
        if not DBTaskResult.objects.filter(busy).exists():
            return
        time.sleep(2)


def check_tasks(created: list[int], since) -> dict:
    """Every submitted request embedded exactly once; no task lost, failed or run twice with effect."""
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    from r1540.assistance.models import AssistanceRequest

    results = DBTaskResult.objects.filter(enqueued_at__gte=since)  # this run's
    statuses = dict(results.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    requests = AssistanceRequest.objects.filter(pk__in=created)
    embeddings = defaultdict(int)  # request id → runs that embedded its text
    for result in results.filter(task_path="r1540.assistance.tasks.embed_text"):
        kwargs = result.args_kwargs["kwargs"]
        if kwargs.get("kind") == "request" and result.return_value is True:
            embeddings[kwargs["pk"]] += 1
    ids = set(requests.values_list("pk", flat=True))
    missing = sorted(set(created) - ids)
    not_embedded = sorted(requests.filter(embedding__isnull=True).values_list("pk", flat=True))
    not_once = sorted(pk for pk in ids if embeddings[pk] != 1)
    downloads = defaultdict(list)  # a download's arguments → what each run did
    for result in results.filter(task_path="r1540.matrices.tasks.build_download"):
        downloads[json.dumps(result.args_kwargs["kwargs"], sort_keys=True)].append(result.return_value)
    built_twice = [key for key, values in downloads.items() if values.count("built") > 1]
    return {
        "task_statuses": statuses,
        "requests_submitted": len(created),
        "requests_stored": len(ids),
        "requests_missing": missing,
        "requests_not_embedded": not_embedded,
        "requests_not_embedded_exactly_once": not_once,
        "download_builds": sum(values.count("built") for values in downloads.values()),
        "downloads_built_twice": built_twice,
        "lost_tasks": statuses.get("READY", 0) + statuses.get("RUNNING", 0),
        "lost_running_when_killed": [
            "{} {}".format(path, json.dumps(arguments["kwargs"], sort_keys=True))
            for path, arguments in results.filter(status="RUNNING").values_list("task_path", "args_kwargs")
        ],
        "failed_tasks": statuses.get("FAILED", 0),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(tally: Tally, elapsed: float, checks: dict, kill_note: str) -> bool:
    print(
        "\n== r1540 load test: {} requests in {:.0f} s ({:.1f}/s)".format(tally.count, elapsed, tally.count / elapsed)
    )
    print("{:<16}{:>9}{:>8}{:>10}{:>10}{:>10}".format("kind", "requests", "errors", "p50 ms", "p95 ms", "p99 ms"))
    for kind, _weight in MIX:
        values = tally.latencies.get(kind, [])
        if not values:
            continue
        print(
            "{:<16}{:>9}{:>8}{:>10.0f}{:>10.0f}{:>10.0f}".format(
                kind,
                len(values),
                tally.errors.get(kind, 0),
                statistics.median(values) * 1000,
                percentile(values, 0.95) * 1000,
                percentile(values, 0.99) * 1000,
            )
        )
    errors = sum(tally.errors.values())
    print("errors: {}   downloads answered 202 (being built): {}".format(errors, tally.pending))
    for sample in tally.samples:
        print("  e.g. " + sample)
    print(kill_note)
    print("tasks: " + json.dumps(checks, default=str))
    good = (
        errors == 0
        and not checks["requests_missing"]
        and not checks["requests_not_embedded"]
        and not checks["requests_not_embedded_exactly_once"]
        and not checks["downloads_built_twice"]
        and checks["lost_tasks"] == 0
        and checks["failed_tasks"] == 0
    )
    print("RESULT: {}".format("PASS" if good else "FAIL"))
    return good


def main() -> int:
    args = parse_args()
    data_dir = ROOT / "data" / args.database  # SQLite is not used; static files, downloads, logs
    fresh = not (args.reuse and (data_dir / "static" / "staticfiles.json").exists())
    if fresh:
        shutil.rmtree(data_dir, ignore_errors=True)
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    os.environ.update(environment(args, data_dir))
    server = worker = None
    try:
        if fresh:
            print("Creating the database {} and loading the demo (minutes)…".format(args.database), flush=True)
            recreate_database(args.database)
        import django

        django.setup()
        plan = prepare(args.users, fresh=fresh)
        from django.db import connections
        from django.utils import timezone

        connections.close_all()
        port = free_port()
        base = "http://{}:{}".format(HOST, port)
        server = start_server(args, port, logs / "gunicorn.log")
        worker_ids = ["load-worker-1"]
        worker = start_worker(logs / "worker.log", worker_ids[-1])
        wait_until_up(base, server)
        print("Serving on {}; {} users for {} s…".format(base, args.users, args.seconds), flush=True)
        kill_note = ["worker: not killed (the run ended first)"]

        def kill_and_restart():
            nonlocal worker
            pid = worker.pid
            worker.send_signal(getattr(signal, "SIG" + args.kill_signal))
            worker.wait()
            time.sleep(3)
            worker_ids.append("load-worker-2")
            worker = start_worker(logs / "worker.log", worker_ids[-1])
            kill_note[0] = "worker: pid {} sent SIG{} at {:.0f} s, pid {} started 3 s later".format(
                pid, args.kill_signal, args.seconds / 2, worker.pid
            )

        tally = Tally()
        since = timezone.now()
        elapsed = run_users(base, plan, args, tally, kill_and_restart)
        print("Load over; waiting for the task queue to drain…", flush=True)
        drain(args.drain_seconds, worker_ids[-1])
        checks = check_tasks(tally.created, since)
        return 0 if report(tally, elapsed, checks, kill_note[0]) else 1
    except Exception:
        for name in ("gunicorn.log", "worker.log"):
            print("--- last lines of {}:\n{}".format(name, log_tail(logs / name)))
        raise
    finally:
        stop(worker)
        stop(server)
        if args.keep:
            print("Kept: database {}, files in {} (reuse them with --reuse)".format(args.database, data_dir))
        else:
            try:
                drop_database(args.database)
            finally:
                shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
