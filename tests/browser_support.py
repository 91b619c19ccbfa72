"""Browser-test plumbing: a real server process on the test database, Debian's Chromium via Playwright."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.training_support import ROOT, worker_env

# Playwright's sync API keeps an event loop on the test thread; the ORM calls the tests make there
# are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "var" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
# The browser reports failed requests as console errors; these are expected only while a test
# has stopped the server on purpose.
NETWORK_FAILURE = ("Failed to load resource", "net::ERR_CONNECTION_REFUSED", "Failed to fetch")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`manage.py runserver` in its own process, so a test can stop and restart it."""

    def __init__(self, artifacts: Path, **env):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**worker_env(artifacts), "DEBUG": "1", **{k: str(v) for k, v in env.items()}}
        self.log = artifacts / f"server-{self.port}.log"
        self.process = None
        self.start()

    def start(self) -> None:
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the server did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


# Fixtures a browser test module imports by name (`from tests.browser_support import fast_passwords, server`):
# they replace the conftest's quick password hasher and start the app in its own process.


@pytest.fixture(autouse=True)
def fast_passwords():
    """The server runs in its own process with the real password hashers: store real hashes."""


@pytest.fixture
def server(tmp_path, transactional_db, settings):
    settings.ARTIFACTS_DIR = tmp_path
    started = Server(tmp_path)
    yield started
    started.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (make test installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A page in its own browser context, collecting console errors as it goes."""

    def __init__(
        self,
        browser,
        server: Server,
        locale: str = "en-US",
        viewport: tuple[int, int] = (1280, 800),
        color_scheme: str = "light",
        enforce_csp: bool = False,
    ):
        # Playwright's wait_for_function evaluates its predicate with eval, which the site's
        # Content-Security-Policy forbids; a test that checks the CSP passes enforce_csp=True and
        # waits with selectors instead.
        self.context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            locale=locale,
            has_touch=viewport[0] < 1000,
            color_scheme=color_scheme,
            bypass_csp=not enforce_csp,
        )
        self.context.set_default_timeout(20_000)
        self.page = self.context.new_page()
        self.server = server
        self.errors: list[str] = []
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def go(self, path: str):
        self.page.goto(self.server.url + path)
        return self.page

    def sign_in(self, username: str, password: str = "correct-horse-1"):
        """With the keyboard, as a physician would: the username field has the focus."""
        self.go("/login/")
        # Type only once the autofocus has landed, or the first keys go nowhere.
        self.page.wait_for_function("document.activeElement && document.activeElement.id === 'id_username'")
        keyboard = self.page.keyboard
        keyboard.type(username)
        keyboard.press("Tab")
        keyboard.type(password)
        with self.page.expect_navigation():
            keyboard.press("Enter")
        if "/login/" in self.page.url:
            raise AssertionError(f"sign-in as {username} failed: {self.page.inner_text('main')}")
        return self.page

    def workspace(self, username: str, campaign_id: int):
        """Signed in as `username`, in the workspace of a campaign, with its first pair on screen."""
        self.sign_in(username)
        page = self.go(f"/annotate/{campaign_id}/")
        page.wait_for_selector("#work:not([hidden])")
        return page

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def console_errors(self, *, allow_network_failures: bool = False) -> list[str]:
        if allow_network_failures:
            return [e for e in self.errors if not any(marker in e for marker in NETWORK_FAILURE)]
        return list(self.errors)

    def close(self) -> None:
        self.context.close()
