"""Checks a built PlanCycle site as browsers, feed readers and calendars see it.

- every page: axe-core (WCAG 2.0/2.1 A and AA) in headless Chromium;
- letters.atom parses as a feed (feedparser), every deadlines.ics as a calendar
  (icalendar), every plan.json as JSON;
- manifest.json's SHA-256 of every output matches the file.

Usage: python3 .ci/validate_pages.py SITE_FOLDER
Prints one line per problem and ends with "N passed, N failed".
"""
import hashlib
import json
import pathlib
import sys

import feedparser
import icalendar
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1]).resolve()
passed, failed = 0, 0


def result(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


# Machine-readable files.
for path in sorted(site.rglob("plan.json")):
    try:
        data = json.loads(path.read_text())
        result(isinstance(data.get("activities"), list), f"{path}: plan.json has no activities list")
    except ValueError as error:
        result(False, f"{path}: {error}")
feed = feedparser.parse(str(site / "letters.atom"))
result(not feed.bozo, f"letters.atom does not parse: {feed.get('bozo_exception')}")
result(len(feed.entries) > 0, "letters.atom has no entries")
for path in sorted(site.rglob("deadlines.ics")):
    try:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        result(len(calendar.walk("VEVENT")) > 0, f"{path}: no events")
    except ValueError as error:
        result(False, f"{path}: {error}")
manifest = json.loads((site / "manifest.json").read_text())
for name, digest in sorted(manifest["outputs"].items()):
    result(hashlib.sha256((site / name).read_bytes()).hexdigest() == digest, f"manifest.json: {name} hash differs")

# Accessibility.
import axe_core_python  # noqa: E402

axe_js = (pathlib.Path(axe_core_python.__file__).parent / "axe.min.js").read_text()
options = Options()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    for page in sorted(site.rglob("*.html")):
        driver.get(page.as_uri())
        driver.execute_script(axe_js)
        report = driver.execute_script(
            "return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}});")
        violations = report["violations"]
        for violation in violations:
            targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
            print(f"FAIL {page.relative_to(site)}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
        result(not violations, f"{page.relative_to(site)}: {len(violations)} accessibility violations")
finally:
    driver.quit()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
