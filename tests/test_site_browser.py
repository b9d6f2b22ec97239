"""The site in a real browser (headless Chromium via chromedriver), opened from disk with file://.

Skipped when Chromium, chromedriver or axe-core are missing, unless GUIDEGRAPH_REQUIRE_BROWSER=1
(set by .ci/run), which makes their absence a failure. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from guidegraph.site.search import terms

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
AXE_CANDIDATES = [ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"]
REQUIRED = os.environ.get("GUIDEGRAPH_REQUIRE_BROWSER") == "1"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]
PAGES = {  # one page of every kind
    "home": "index.html",
    "search": "search.html?q=consent",
    "index": "legal-bases/index.html",
    "legal-basis": "legal-bases/crime-and-disorder-act-1998.html",
    "provision": "provisions/ukpga-1998-37-section-115.html",
    "guidance": "guidance/caldicott-principles.html",
    "myth": "myths/consent-needed-share-personal.html",
    "principle-set": "principles/seven-golden-rules.html",
    "principle": "principles/seven-golden-rules-1.html",
    "case-example": "case-examples/cross-government-information-sharing-2005-1.html",
    "place": "places/jurisdiction-england.html",
    "document": "documents/pan-cheshire-information-sharing-2023.html",
    "excerpts": "documents/nspcc-information-sharing-2015.html",
}


def _missing(what: str) -> None:
    message = f"{what} is not installed (apt-get install chromium chromium-driver; npm install axe-core@4)"
    if REQUIRED:
        pytest.fail(message + " and GUIDEGRAPH_REQUIRE_BROWSER=1")
    pytest.skip(message)


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        _missing("Chromium or chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium")
    profile = tempfile.mkdtemp(prefix="guidegraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.set_window_size(1280, 900)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def site(built_output: Path) -> Path:
    return built_output / "site"


@pytest.fixture(scope="module")
def axe_source() -> str:
    found = [Path(os.environ["GUIDEGRAPH_AXE"])] if os.environ.get("GUIDEGRAPH_AXE") else AXE_CANDIDATES
    for path in found:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    _missing("axe-core (.cache/axe/node_modules/axe-core/axe.min.js)")
    return ""


def url(site: Path, page: str) -> str:
    return (site / page.split("?")[0]).as_uri() + ("?" + page.split("?", 1)[1] if "?" in page else "")


def wait(driver: object, condition: str, timeout: float = 10) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(f"return {condition};"))


def search_from_home(driver: object, site: Path, query: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(url(site, "index.html"))
    box = driver.find_element(By.ID, "home-search")
    box.send_keys(query, Keys.ENTER)
    wait(driver, "document.getElementById('search-results') && "
                 "document.getElementById('search-results').getAttribute('data-ready') === 'true'")


def test_search_consent_then_click_through_to_the_consent_myth(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    search_from_home(driver, site, "consent")
    assert driver.current_url.startswith("file://") and "search.html?q=consent" in driver.current_url
    link = driver.find_element(By.CSS_SELECTOR, "#group-myth + ul.results a[href*='myths/consent']")
    link.click()
    wait(driver, "document.readyState === 'complete'")
    assert driver.current_url.endswith("myths/consent-needed-share-personal.html")
    assert "Consent" in driver.find_element(By.TAG_NAME, "h1").text


def test_a_misspelt_search_finds_what_the_guidance_spells_and_says_so(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    search_from_home(driver, site, "concent")
    status = driver.find_element(By.ID, "search-status").text
    assert "results for \u201cconsent\u201d (searched for \u201cconsent\u201d instead of \u201cconcent\u201d)" in status
    assert driver.find_elements(By.CSS_SELECTOR, "#group-myth + ul.results a[href*='myths/consent']")


def test_search_section_115_then_click_through_to_the_act(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    search_from_home(driver, site, "section 115")
    results = driver.find_elements(By.CSS_SELECTOR, "#search-results a.result-title")
    link = next(a for a in results if a.text == "Crime and Disorder Act 1998")
    link.click()
    wait(driver, "document.readyState === 'complete'")
    assert driver.current_url.endswith("legal-bases/crime-and-disorder-act-1998.html")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Crime and Disorder Act 1998"


def test_a_phrase_in_quotes_is_matched_exactly(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    search_from_home(driver, site, '"duty of confidence"')
    snippets = [e.text.lower() for e in driver.find_elements(By.CSS_SELECTOR, ".result-snippet")]
    assert snippets and all("confidence" in s or "confidential" in s for s in snippets)


def legal_bases_found(driver: object, site: Path, query: str) -> list[str]:
    """The titles in the search page's "Legal bases" group for `query`, best first (those shown)."""
    from urllib.parse import quote

    driver.get(url(site, "search.html?q=" + quote(query)))
    wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#group-legal-basis + ul.results a.result-title'),"
        " a => a.textContent);")


def test_search_ranks_the_law_behind_the_best_results(driver: object, site: Path) -> None:
    # no legal basis's page holds these words: the law comes from the passages that match them
    found = legal_bases_found(driver, site, "social worker asked the GP surgery for records during a child "
                                            "protection enquiry")
    assert found[0] == "Children Act 1989"
    assert legal_bases_found(driver, site, "tell the police to stop a crime")[0] == "Crime and Disorder Act 1998"
    # each says which results above found it, linking them
    why = driver.execute_script("const p = document.querySelector('#group-legal-basis + ul.results li .result-why');"
                                " return p && [p.textContent, Array.from(p.querySelectorAll('a'), a => a.href)];")
    assert why and why[0].startswith("Found by ") and why[1] and all(u.startswith("file://") for u in why[1])


def _results(driver: object, site: Path, query: str) -> dict[str, list[str]]:
    """The search page's results for `query`: the links shown, by kind."""
    from urllib.parse import quote

    driver.get(url(site, "search.html?q=" + quote(query)))
    wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
    return driver.execute_script("""
        const found = {};
        for (const group of document.querySelectorAll('#search-results section.group')) {
          found[group.querySelector('h2').id.replace('group-', '')] =
            Array.from(group.querySelectorAll('a.result-title'), a => a.getAttribute('href'));
        }
        return found;""")


def test_site_search_answers_the_public_questions_about_as_well_as_the_cli(driver: object, site: Path) -> None:
    """tests/data/public.json through the site's search, scored as `guidegraph eval` scores the CLI's
    answers: an expected Act among the first three legal bases, the keywords in the first myth, a
    phrase in one of the first five passages (the CLI scores 15/15, 8/8 and 15/15)."""
    from guidegraph.evaluate import normalise

    questions = json.loads((ROOT / "tests" / "data" / "public.json").read_text(encoding="utf-8"))
    shards = sorted((site / "search").glob("d*.js"))
    rows = [row for shard in shards
            for row in json.loads(shard.read_text("utf-8").split(",", 1)[1].rsplit(");", 1)[0])]
    title, text = {r[1]: r[0] for r in rows}, {r[1]: normalise(r[3]) for r in rows}
    which_act = sum(any(e.lower() in title[u].lower() for u in _results(driver, site, q["q"]).get("legal-basis", [])[:3]
                        for e in q["expect"]) for q in questions["which_act"])
    myths = sum(all(k in text[found[0]] for k in q["keywords"])
                for q in questions["myths"] if (found := _results(driver, site, q["q"]).get("myth")))
    passages = sum(any(normalise(phrase) in text[u] for u in _results(driver, site, q["q"]).get("passage", [])[:5]
                       for phrase in q["phrases"]) for q in questions["passages"])
    assert which_act >= 14 and myths == 8 and passages >= 14, (which_act, myths, passages)


def test_case_example_to_its_legal_basis_and_back(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    case_page = PAGES["case-example"]
    driver.get(url(site, case_page))
    basis = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby='law'] a")
    basis_title = basis.text
    basis.click()
    wait(driver, "document.readyState === 'complete'")
    assert "/legal-bases/" in driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == basis_title
    back = driver.find_element(By.CSS_SELECTOR, f"a[href='../{case_page}']")
    back.click()
    wait(driver, "document.readyState === 'complete'")
    assert driver.current_url.endswith(case_page)


def _requests(driver: object) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_no_page_requests_anything_outside_the_site(driver: object, site: Path) -> None:
    driver.get_log("performance")  # drop what earlier tests logged
    root = site.as_uri()
    outside = []
    for page in PAGES.values():
        driver.get(url(site, page))
        wait(driver, "document.readyState === 'complete'")
        if page.startswith("search.html"):
            wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
        entries = driver.execute_script("return performance.getEntries().map(e => e.name)")
        outside += [(page, e) for e in entries if e.startswith(("http:", "https:", "ws:", "wss:"))]
        outside += [(page, u) for u in _requests(driver) if not u.startswith((root, "data:"))]
    assert not outside, outside[:10]


def test_first_search_reports_its_time(driver: object, site: Path) -> None:
    """The first search after the page loads (data files loaded on demand) answers and records how
    long it took, which `benchmarks/site.py` reads against its target (200 ms): a timed assertion
    here would fail by chance on a busy test machine."""
    from selenium.webdriver.common.by import By

    driver.get(url(site, "search.html?q=share+information+without+consent"))
    wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
    assert driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert 0 < driver.execute_script("return window.ggSearch.timing.ms") < 60_000


def test_zero_axe_violations_on_every_kind_of_page(driver: object, site: Path, axe_source: str) -> None:
    report = {}
    for kind, page in PAGES.items():
        driver.get(url(site, page))
        wait(driver, "document.readyState === 'complete'")
        if kind == "search":
            wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
        driver.execute_script(axe_source)
        violations = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(r => done(r.violations.map(v => [v.id, v.help, v.nodes.slice(0, 3).map(n => n.target.join(' '))])))"
            ".catch(e => done([['error', String(e), []]]));",
            WCAG_TAGS,
        )
        if violations:
            report[kind] = violations
    assert not report, json.dumps(report, indent=1)[:3000]


def test_keyboard_skip_link_and_visible_focus(driver: object, site: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.get(url(site, PAGES["legal-basis"]))
    ActionChains(driver).send_keys(Keys.TAB).perform()
    active = driver.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    style = driver.execute_script("const s = getComputedStyle(document.activeElement);"
                                  "return [s.outlineStyle, s.outlineWidth, s.top];")
    assert style[0] != "none" and style[1] != "0px" and style[2] != "-64px"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    assert driver.switch_to.active_element.get_attribute("id") == "main"
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element.tag_name == "a"


@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_and_no_sideways_scrolling(driver: object, site: Path, width: int) -> None:
    folder = ARTIFACTS / f"{width}px"
    folder.mkdir(parents=True, exist_ok=True)
    overflowing = []
    for kind, page in PAGES.items():
        driver.set_window_size(width, 900)
        driver.get(url(site, page))
        wait(driver, "document.readyState === 'complete'")
        if kind == "search":
            wait(driver, "document.getElementById('search-results').getAttribute('data-ready') === 'true'")
        if driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth"):
            overflowing.append(kind)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, 600), 4000))
        driver.save_screenshot(str(folder / f"{kind}.png"))
    driver.set_window_size(1280, 900)
    assert not overflowing, f"pages wider than {width}px: {overflowing}"


def test_print_stylesheet_hides_navigation(driver: object, site: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url(site, PAGES["myth"]))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
        assert not driver.find_element(By.CSS_SELECTOR, ".site-header .search-box").is_displayed()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "print-myth.png"))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_browser_tokens_and_stems_agree_with_python(driver: object, site: Path) -> None:
    driver.get(url(site, "search.html"))
    wait(driver, "window.ggSearch && window.ggSearch.data.meta")
    samples = ["Sharing the children's records", "Safeguarding partnerships’ procedures, consented, GPs",
               "Café naïve: s47 enquiries under the Children Act 1989", "yelling happily at the agreed conditions",
               "significant harm.² under the Act 1989³ and H₂O"]
    assert driver.execute_script("return arguments[0].map(t => window.ggSearch.terms(t))", samples) == [
        terms(s) for s in samples]
