"""End to end in a real headless Chromium: a whole call, the report, reload and restart.

Every wait is on a condition (an element, a count, a URL); the timeouts only stop a broken run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from coachsim.bench.app import CHAT_BOX, IDLE, AppServer, launch_browser  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
MESSAGE = "[data-testid=stChatMessage]"
TEXT = "[data-testid=stChatMessageContent] [data-testid=stMarkdownContainer]"
WAIT_MS = 60_000  # a stuck run fails after this; nothing waits for a fixed time
LINES = [
    "Thank you for calling, I'm really glad you reached out. It makes sense you're hurting.",
    "On a scale of 0 to 10, how strong is the feeling right now?",
    "I want to ask you directly: are you having thoughts of suicide right now?",
    "Thank you for telling me. Do you have anything at home you've thought about using?",
    "Would you be willing to put some distance between you and them, like giving them to Meg?",
    "So what's your plan for the next hour, step by step?",
]


@pytest.fixture(scope="module", autouse=True)
def folders() -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ROOT / "docs").mkdir(exist_ok=True)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[AppServer]:
    srv = AppServer(tmp_path)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = launch_browser(p)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    yield pg
    context.close()


def start_call(page: Page, server: AppServer, user: str = "ana", scenario: str = "Dana:") -> str:
    page.goto(f"{server.url}/?user={user}&role=trainee")
    page.get_by_role("combobox", name="Scenario").click()
    page.get_by_role("option").filter(has_text=scenario).click()
    expect(page.get_by_text(scenario).first).to_be_visible()
    page.get_by_role("button", name="Start call").click()
    page.wait_for_url("**call=*")
    expect(page.locator(CHAT_BOX)).to_be_visible(timeout=WAIT_MS)
    return page.url


def say(page: Page, line: str) -> None:
    """Type a coach line, send it, and wait until the client's reply is on the page."""
    before = page.locator(MESSAGE).count()
    box = page.locator(CHAT_BOX)
    box.fill(line)
    box.press("Enter")
    expect(page.locator(MESSAGE)).to_have_count(before + 2, timeout=WAIT_MS)
    expect(page.locator(MESSAGE).nth(before + 1).locator(TEXT).first).not_to_be_empty()
    page.wait_for_selector(IDLE, state="attached")  # the run is over (the call may have ended)


def full_screenshot(page: Page, path: Path) -> None:
    """Streamlit scrolls inside its main block, so grow the window to the content first."""
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": 1280, "height": max(900, int(height))})
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1280, "height": 900})


def squash(text: str) -> str:
    """Text as a comparison sees it: markdown renders quotes and spaces its own way."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("*", "")
    return " ".join(text.split())


def messages(page: Page) -> list[str]:
    return [m.locator(TEXT).first.inner_text().strip() for m in page.locator(MESSAGE).all()]


def test_a_whole_call_then_the_report_and_the_transcript(page: Page, server: AppServer) -> None:
    start_call(page, server)
    ended = page.get_by_role("button", name="Open the report")
    for n, line in enumerate(LINES):
        if ended.is_visible():
            break  # the client ended the call
        say(page, line)
        if n == 2:
            page.screenshot(path=str(ARTIFACTS / "practice.png"))
    # A client who hangs up on the last line redraws the page read-only in a second run, so
    # wait for whichever button the settled page shows.
    end_call = page.get_by_role("button", name="End call")
    expect(ended.or_(end_call).first).to_be_visible(timeout=WAIT_MS)
    shown = messages(page)
    (ended if ended.is_visible() else end_call).click()
    expect(page.get_by_text("Band:", exact=False).first).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_text("Redo from this turn").first).to_be_visible()
    expect(page.locator("[data-testid=stVegaLiteChart]").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "screenshot-report.png"))
    if os.environ.get("COACHSIM_UPDATE_SCREENSHOT"):  # refresh the README's picture on request
        shutil.copy(ARTIFACTS / "screenshot-report.png", ROOT / "docs" / "screenshot-report.png")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download transcript (YAML)").click()
    path = download_info.value.path()
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    assert data["scenario"] and data["turns"][0]["speaker"] == "client"
    coach = [t["text"] for t in data["turns"] if t["speaker"] == "coach"]
    assert coach == LINES[: len(coach)] and len(coach) >= 3
    assert len(data["turns"]) == len(shown)
    for turn, message in zip(data["turns"], shown, strict=True):
        assert squash(turn["text"]) in squash(message)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download printable report (HTML)").click()
    assert "Band:" in Path(download_info.value.path()).read_text(encoding="utf-8")
    full_screenshot(page, ARTIFACTS / "report-full.png")


def test_a_reload_mid_call_finds_every_turn(page: Page, server: AppServer) -> None:
    url = start_call(page, server)
    for line in LINES[:3]:
        say(page, line)
    before = messages(page)
    assert len(before) == 7
    page.reload()
    expect(page.locator(MESSAGE)).to_have_count(len(before), timeout=WAIT_MS)
    expect(page.locator(MESSAGE).last.locator(TEXT).first).not_to_be_empty()
    assert messages(page) == before
    assert page.url == url
    say(page, LINES[3])  # and the call goes on
    assert messages(page)[: len(before)] == before


def test_a_server_restart_mid_call_finds_every_turn(page: Page, server: AppServer) -> None:
    url = start_call(page, server)
    for line in LINES[:2]:
        say(page, line)
    before = messages(page)
    server.restart()
    page.goto(url)
    expect(page.locator(MESSAGE)).to_have_count(len(before), timeout=WAIT_MS)
    expect(page.locator(MESSAGE).last.locator(TEXT).first).not_to_be_empty()
    assert messages(page) == before
    say(page, LINES[2])
    assert len(messages(page)) == len(before) + 2
