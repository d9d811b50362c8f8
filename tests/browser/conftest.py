"""Playwright driving Debian's Chromium (never a downloaded browser) against the live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
# The machine has no network: without these Chromium keeps trying to reach home.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
WIDTHS = {"phone": 390, "desktop": 1280}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run scripts/system-deps test (make test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def site(transactional_demo, live_server):
    """The live server's base URL, with the demo content loaded."""
    return live_server.url


class Console:
    """Console errors (CSP violations among them) seen by a page."""

    def __init__(self, page):
        self.errors = []
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"{msg.text} at {msg.location}"))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.status} {r.url}"))


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.console = Console(page)
    yield page


def screenshot(page, name):
    """Save the page at phone and desktop widths for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        # caret="initial": hiding the caret leaves style="" behind, which htmx history would keep.
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True, caret="initial")
    page.set_viewport_size(original)


PASSWORD = "a-long-test-password"


def admin_log_in(page, site, django_user_model, username="editor", **names):
    """Create a superuser and log in through the admin's own form, as an editor would."""
    django_user_model.objects.create_superuser(username, f"{username}@example.org", PASSWORD, **names)
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#site-name")).to_be_visible()
