"""`plancycle serve` in a real browser: a page reloads by itself after a save, shows the problems
panel when a save breaks the content, and loses it when the next save fixes it.

Usage: python3 .ci/serve_reload.py PLANCYCLE_BINARY [SCREENSHOT_FOLDER]
Works on a temporary copy of content/ and Templates/. Ends with "N passed, N failed".
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

root = pathlib.Path(__file__).resolve().parent.parent
binary = pathlib.Path(sys.argv[1]).resolve()
shots = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None
passed, failed = 0, 0


def result(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")


def edit(path, old, new):
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new))


work = pathlib.Path(tempfile.mkdtemp(prefix="plancycle-serve-ci-"))
server = None
browser = None
try:
    for folder in ["content", "Templates"]:
        shutil.copytree(root / folder, work / folder)
    server = subprocess.Popen(
        [str(binary), "serve", "--port", "0", "--content", str(work / "content"), "--templates", str(work / "Templates")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    address = None
    started = time.time()
    while address is None and time.time() - started < 60:
        line = server.stdout.readline()
        if not line:
            break
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        address = found.group(0) if found else None
    result(address is not None, "serve prints the address it listens on")
    if address is None:
        raise SystemExit(1)

    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(browser, 20, poll_frequency=0.05)

    # 1. Open the plan page.
    browser.get(address + "2026/plan.html")
    result("Internet Governance Forum (IGF) 2026" in browser.page_source, "the plan page opens")
    # A mark that only a reload of the page can remove: nobody here navigates or refreshes.
    browser.execute_script("window.plancycleNotReloaded = true;")

    # 2. Change a title in the content.
    activity = work / "content/2026/activities/igf-2026.md"
    edit(activity, "title: Internet Governance Forum (IGF) 2026", "title: Internet Governance Forum, renamed while previewing")

    # 3. The page reloads to the new title by itself.
    try:
        wait.until(lambda b: "Internet Governance Forum, renamed while previewing" in b.page_source)
        result(True, "the page shows the new title without a manual refresh")
    except Exception:
        result(False, "the page shows the new title without a manual refresh")
    result(browser.execute_script("return window.plancycleNotReloaded === undefined;"), "the page was reloaded by its own script")

    # An error: the panel appears over the last good page, naming the file, line and column.
    edit(activity, "participation: [attend, contribute]", "participation: [atend, contribute]")
    try:
        wait.until(lambda b: b.find_elements("id", "plancycle-problems"))
        panel = browser.find_element("id", "plancycle-problems").text
        result(re.search(r"igf-2026\.md:\d+:\d+", panel) is not None and "atend" in panel, "a broken save shows the problems panel")
        result("renamed while previewing" in browser.page_source, "the last good page stays under the panel")
        if shots:
            browser.save_screenshot(str(shots / "serve-problems.png"))
    except Exception:
        result(False, "a broken save shows the problems panel")

    # The fix: the panel goes away by itself.
    edit(activity, "participation: [atend, contribute]", "participation: [attend, contribute]")
    try:
        wait.until(lambda b: not b.find_elements("id", "plancycle-problems"))
        result(True, "the fix removes the panel by itself")
    except Exception:
        result(False, "the fix removes the panel by itself")
finally:
    if browser:
        browser.quit()
    if server:
        server.terminate()
        try:
            rest, _ = server.communicate(timeout=10)
            result(server.returncode == 0 and "Stopped." in rest, "serve stops cleanly when asked")
        except subprocess.TimeoutExpired:
            server.kill()
            result(False, "serve stops cleanly when asked")
    shutil.rmtree(work, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
