"""`make test` installs what the browser tests need whenever any part of it is missing, not only
when Chromium is: the Noto fonts too (Chinese and Arabic screenshots and PDFs)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MAKE = shutil.which("make") or "make"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _fake(directory: Path, name: str, body: str) -> None:
    path = directory / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)


def _run_browser_deps(fakes: Path) -> None:
    """`make browser-deps` with the fake commands first on PATH, outside any enclosing make."""
    environment = {
        name: value for name, value in os.environ.items() if name not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")
    }
    environment["PATH"] = "{}:{}".format(fakes, environment["PATH"])
    subprocess.run(  # noqa: S603  (a fixed command line)
        [MAKE, "--no-print-directory", "-s", "browser-deps"], cwd=ROOT, env=environment, check=True
    )


def test_browser_deps_installs_the_fonts_when_chromium_alone_is_present(tmp_path):
    calls = tmp_path / "calls"
    # Chromium is there (on PATH and for dpkg); the fonts are not.
    _fake(tmp_path, "chromium", "exit 0\n")
    _fake(tmp_path, "dpkg", '[ "$2" = chromium ] && exit 0\nexit 1\n')
    _fake(tmp_path, "apt-get", 'echo "apt-get $*" >> {}\n'.format(calls))
    _fake(tmp_path, "id", "echo 0\n")  # as root, as on the developers' machines and CI

    _run_browser_deps(tmp_path)

    installed = calls.read_text()
    assert "install" in installed
    assert "fonts-noto-core" in installed and "fonts-noto-cjk" in installed
    assert "chromium" not in installed.split("install", 1)[1]


def test_browser_deps_installs_nothing_when_everything_is_present(tmp_path):
    calls = tmp_path / "calls"
    _fake(tmp_path, "dpkg", "exit 0\n")
    _fake(tmp_path, "apt-get", 'echo "apt-get $*" >> {}\n'.format(calls))

    _run_browser_deps(tmp_path)

    assert not calls.exists()
