"""The built documentation in a real browser: headless Chromium, driven by Selenium.

The site is built by the ``site`` fixture (tests/conftest.py) and served on a local
port by a server this module starts and stops. Debian's ``chromium`` and
``chromium-driver`` are used with their explicit paths: nothing is downloaded at run
time. Without them the tests are skipped, unless ``INTEGRATION_RULES_BROWSER=required``
(set by ``.ci/run``, which installs them), where their absence is a failure.

Screenshots are kept under ``docs/_build/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from integration_rules import measure

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "_build" / "screenshots"
#: A parameter with dated values, whose page's chart is a step line.
DATED_PARAMETER = "funding.integration_lump_sum"

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


def _browser_or_skip() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if not missing:
        return
    message = f"headless browser not installed: {', '.join(missing)} (Debian: apt-get install chromium chromium-driver)"
    if os.environ.get("INTEGRATION_RULES_BROWSER") == "required":
        pytest.fail(message)
    pytest.skip(message)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No log line per request."""


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    """The built site, served on a free local port for the module's tests."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium at a laptop's width, with a profile of its own, no network calls home."""
    _browser_or_skip()
    os.environ["SE_OFFLINE"] = (
        "true"  # Selenium Manager: never download a driver or browser
    )
    profile = tempfile.mkdtemp(prefix="chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(
        service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)),
        options=options,
    )
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(browser: Any, url: str) -> None:
    browser.get(url)
    WebDriverWait(browser, 30).until(
        expected_conditions.presence_of_element_located((By.TAG_NAME, "h1"))
    )


#: The elements of the main column that stick out of its right edge, outside a box that scrolls.
#: Headings are left out: Furo hangs their "¶" link just past the column, on purpose; and
#: an API signature's box may hang by Furo's 0.25rem (its background), not its text.
_STICKING_OUT = """
const main = document.querySelector('article[role=main]');
const right = main.getBoundingClientRect().right;
const inScrollingBox = (element) => {
  for (let p = element.parentElement; p && p !== main; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') return true;
  }
  return false;
};
return [...main.querySelectorAll('*')]
  .filter((e) => !e.closest('h1, h2, h3, h4, h5, h6'))
  .filter((e) => {
    const hang = e.matches('.sig:not(.sig-inline)') ? 0.25 * parseFloat(getComputedStyle(e).fontSize) + 1 : 1;
    return e.getBoundingClientRect().right > right + hang && !inScrollingBox(e);
  })
  .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().right - right)}px`)
  .slice(0, 10);
"""


def _no_horizontal_overflow(browser: Any) -> None:
    """Neither the page nor the main column's content runs off to the right: wide content scrolls in its own box."""
    assert [] == browser.execute_script(_STICKING_OUT)
    clipped = browser.execute_script(
        "return [...document.querySelectorAll('article[role=main] pre')]"
        ".filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent.slice(0, 60));"
    )
    assert [] == clipped, "code lines run out of their block"
    page_scroll, page_client = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];"
    )
    assert page_scroll <= page_client + 1, (
        f"the page scrolls sideways: {page_scroll} > {page_client}"
    )


def _screenshot(browser: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(int(height), 1000), 6000))
    browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1000)
    assert path.stat().st_size > 10_000
    return path


@pytest.mark.parametrize("width", [1280, 800])
def test_the_home_page_has_its_title_and_does_not_overflow(
    browser: Any, base_url: str, width: int
) -> None:
    browser.set_window_size(width, 1000)
    try:
        _open(browser, f"{base_url}/index.html")
        assert browser.title.startswith("integration_rules")
        assert browser.find_element(By.TAG_NAME, "h1").text == "integration_rules"
        _no_horizontal_overflow(browser)
        # The sidebar's title is on one line: not "integration_rule / s".
        brand = browser.find_element(By.CSS_SELECTOR, ".sidebar-brand-text")
        if brand.is_displayed():
            assert brand.size["height"] < 2 * 30
    finally:
        browser.set_window_size(1280, 1000)
    _screenshot(browser, f"home-{width}")


def test_a_measure_page_has_its_title_conditions_and_example(
    browser: Any, base_url: str
) -> None:
    _open(browser, f"{base_url}/rules/en/measure/formavenir.html")
    assert browser.title.startswith("FormAvenir")
    assert browser.find_element(By.TAG_NAME, "h1").text == "FormAvenir"
    assert browser.find_element(By.ID, "conditions").is_displayed()
    example = browser.find_element(By.CSS_SELECTOR, "#example pre")
    assert "FormAvenir" in example.text
    assert "ELIGIBLE" in example.text
    _no_horizontal_overflow(browser)
    _screenshot(browser, "measure-formavenir-en")


def test_a_parameter_page_draws_its_chart(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/rules/en/parameter/{DATED_PARAMETER}.html")
    assert browser.title.startswith(DATED_PARAMETER)
    chart = browser.find_element(By.CSS_SELECTOR, "svg.step-chart")
    assert chart.is_displayed()
    assert chart.size["width"] > 300
    assert chart.size["height"] > 100
    assert browser.find_elements(By.CSS_SELECTOR, "svg.step-chart polyline.step-line")
    _no_horizontal_overflow(browser)
    _screenshot(browser, "parameter-lump-sum-en")


def test_the_language_switch_reaches_the_german_page(
    browser: Any, base_url: str
) -> None:
    _open(browser, f"{base_url}/rules/en/measure/carriere-au-feminin.html")
    browser.find_element(By.CSS_SELECTOR, ".explorer-languages a.lang-de").click()
    WebDriverWait(browser, 30).until(expected_conditions.url_contains("/rules/de/"))
    assert browser.current_url.endswith("/rules/de/measure/carriere-au-feminin.html")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    summary = measure("carriere-au-feminin").summary.de
    assert summary in browser.find_element(By.CSS_SELECTOR, "article[role=main]").text
    _no_horizontal_overflow(browser)
    _screenshot(browser, "measure-carriere-au-feminin-de")


def test_a_wide_table_scrolls_in_its_own_box(browser: Any, base_url: str) -> None:
    """The parameters reference: its table is wider than the column, and scrolls inside its wrapper."""
    browser.set_window_size(900, 1000)
    try:
        _open(browser, f"{base_url}/reference/parameters.html")
        _no_horizontal_overflow(browser)
        _screenshot(browser, "reference-parameters-900")
    finally:
        browser.set_window_size(1280, 1000)


@pytest.mark.parametrize(
    "page",
    [
        "reference/api",
        "reference/cli",
        "tutorial/what-can-i-join",
        "how-to/evaluate-a-caseload",
        "explanation/sources",
        "rules/fr/status/S",
        "rules/de/document/oie-rs-142-205-2018-08-15",
    ],
)
def test_hand_written_and_generated_pages_fit_the_column_at_a_narrow_width(
    browser: Any, base_url: str, page: str
) -> None:
    """Long doctest lines, signatures and wide tables stay inside the column at 800 px."""
    browser.set_window_size(800, 1000)
    try:
        _open(browser, f"{base_url}/{page}.html")
        _no_horizontal_overflow(browser)
    finally:
        browser.set_window_size(1280, 1000)


def test_search_shows_snippets_and_each_page_once(browser: Any, base_url: str) -> None:
    browser.get(f"{base_url}/search.html?q=glossary")
    wait = WebDriverWait(browser, 60)
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li"))
    wait.until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li p.context")
    )
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results li > a")
    links = [r.get_attribute("href") for r in results]
    assert len(links) == len(set(links)), links
    titles = [r.text for r in results]
    assert titles.count("Glossary") == 1, titles
    _screenshot(browser, "search-glossary")
