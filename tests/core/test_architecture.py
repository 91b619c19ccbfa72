"""The import contracts in .importlinter: medpref.core <- annotation <- training <- inference <-
frontend <- medpref.demo, and no app imports the project level (settings, URLs, Celery app)."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = ROOT / ".importlinter"


def contracts() -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    parser.read(CONTRACTS, encoding="utf-8")
    return parser


def names(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def test_the_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache", "--config", str(CONTRACTS)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, (
        f"import contracts broken (run .venv/bin/lint-imports):\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"
    )


def test_every_project_app_has_a_place_in_the_layers():
    """A new app must be placed in the layers, or it could import anything and be imported by anything."""
    config = contracts()
    layers = names(config["importlinter:contract:layers"]["layers"])
    ours = [app for app in settings.INSTALLED_APPS if (ROOT / app.replace(".", "/")).is_dir()]
    assert sorted(ours) == sorted(layers), "settings.INSTALLED_APPS and the layers of .importlinter name different apps"
    assert set(names(config["importlinter"]["root_packages"])) == {app.split(".")[0] for app in ours}


def test_the_layers_follow_the_order_the_apps_are_installed_in():
    """Lowest layer first in INSTALLED_APPS (the kernel), the demo last: one order, written twice, kept equal."""
    layers = names(contracts()["importlinter:contract:layers"]["layers"])
    ours = [app for app in settings.INSTALLED_APPS if (ROOT / app.replace(".", "/")).is_dir()]
    assert ours == list(reversed(layers))


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).with_name("ruff")), *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_code_is_formatted_and_linted_by_ruff():
    """Line length and import order are ruff's (ruff.toml), not a matter of taste: fix with
    `.venv/bin/ruff format . && .venv/bin/ruff check --fix .`."""
    formatted, linted = ruff("format", "--check", "."), ruff("check", ".")
    assert formatted.returncode == 0, f"not formatted:\n{formatted.stdout[-4000:]}"
    assert linted.returncode == 0, f"lint errors:\n{linted.stdout[-6000:]}"
