"""Save-to-served time of `plancycle serve`: from writing a file to the new page being served.

Starts the release `plancycle serve` on a copy of the shipped content, then, ROUNDS times, saves
an activity with a new title and waits (on the preview's own long poll) until
/2026/plan.html is served with that title. Prints each time and the median.
Also returns, for each save, the rebuild's own time: what serve logs as "Built in N ms" (reading
and checking the content again) plus the time to serve the page (rendered on that first request),
that is, without the wait for the next look at the folders (every 100 ms).

Usage: python3 Tests/Benchmark/serve_latency.py [ROUNDS]   (bench.py imports measure_rebuilds())
"""
import http.client
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

root = pathlib.Path(__file__).resolve().parent.parent.parent


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return body


def measure_rebuilds(plancycle, rounds=20):
    """(save-to-served seconds, rebuild seconds) for each of `rounds` saves."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="plancycle-serve-bench-"))
    server = None
    try:
        for folder in ["content", "Templates"]:
            shutil.copytree(root / folder, work / folder)
        server = subprocess.Popen([plancycle, "serve", "--port", "0", "--content", str(work / "content"),
                                   "--templates", str(work / "Templates")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        port = None
        while port is None:
            line = server.stdout.readline()
            if not line:
                raise RuntimeError("plancycle serve stopped before it listened")
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            port = int(found.group(1)) if found else None
        # Keep reading the log, so that the server never blocks on a full pipe, and keep its build times.
        built = []

        def read_log():
            for line in server.stdout:
                found = re.search(r"Built in (\d+) ms", line)
                if found:
                    built.append(int(found.group(1)) / 1000)

        threading.Thread(target=read_log, daemon=True).start()
        activity = work / "content/2026/activities/igf-2026.md"
        original = activity.read_text()
        times, rebuilds = [], []
        for round in range(rounds):
            title = f"Internet Governance Forum, revision {round}"
            generation = json.loads(get(port, "/_plancycle/changes?after=-1"))["generation"]
            time.sleep(0.15)  # let the watcher settle, as between two real saves
            saved = time.perf_counter()
            activity.write_text(original.replace("title: Internet Governance Forum (IGF) 2026", f"title: {title}"))
            builds = len(built)
            while True:
                generation = json.loads(get(port, f"/_plancycle/changes?after={generation}"))["generation"]
                asked = time.perf_counter()
                if title in get(port, "/2026/plan.html"):
                    served = time.perf_counter()
                    times.append(served - saved)
                    while len(built) == builds:  # the log line may come just after the page
                        time.sleep(0.001)
                    rebuilds.append(built[-1] + served - asked)
                    break
        return times, rebuilds
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    times, rebuilds = measure_rebuilds(str(root / ".build/release/plancycle"), rounds)
    print("save to served, ms: " + ", ".join(f"{t * 1000:.0f}" for t in times))
    print(f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {len(times)} saves")
    print("rebuild (built + page served), ms: " + ", ".join(f"{t * 1000:.0f}" for t in rebuilds))
    print(f"median {statistics.median(rebuilds) * 1000:.0f} ms")
