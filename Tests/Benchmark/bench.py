"""`make bench`: PlanCycle against Hugo and raw cmark on the same Markdown, in one session.

Generates a 10,000-activity archive (50 years x 200) and a 1,000-activity one (5 x 200) with
generate.py, then runs, interleaved, ROUNDS times each:
  plancycle build   (release) on the 10k archive, and on the 1k archive (linearity)
  hugo              on the equivalent Hugo site (one page per activity, one list per year)
  cmark             on the same activity Markdown concatenated
  plancycle build   on the shipped content/ (six languages), with and without Word files
and then measures `plancycle serve` on the shipped content: the time from saving a file to the
new page being served, over SERVE_SAVES saves (serve_latency.py).
It prints medians, ratios and peak memory (GNU time -v), writes Tests/Benchmark/results.md and
puts the same table in README.md between the bench markers.
"""
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

import serve_latency

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
SERVE_SAVES = int(os.environ.get("SERVE_SAVES", "20"))
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
work = os.path.join(root, ".build-bench")
plancycle = os.path.join(root, ".build/release/plancycle")
templates = os.path.join(root, "Templates")


def run(command, quiet=True):
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.DEVNULL if quiet else None)
    return time.perf_counter() - started


def peak_mb(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    kilobytes = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return kilobytes / 1024


def archive(name, years):
    folder = os.path.join(work, name)
    subprocess.run([sys.executable, os.path.join(root, "Tests/Benchmark/generate.py"), folder, str(years), "200"], check=True)
    return folder


os.makedirs(work, exist_ok=True)
big, small = archive("10k", 50), archive("1k", 5)
# The shipped templates without the reference document: the same build without Word files.
no_word = os.path.join(work, "templates-no-word")
shutil.rmtree(no_word, ignore_errors=True)
shutil.copytree(templates, no_word)
os.remove(os.path.join(no_word, "reference.docx"))
cmark_out = os.path.join(work, "cmark.html")
commands = {
    "plancycle": [plancycle, "build", "--quiet", "--force", "--content", f"{big}/content", "--templates", templates, "--output", f"{big}/site"],
    "hugo": ["hugo", "--quiet", "--source", f"{big}/hugo", "--destination", f"{big}/hugo-public"],
    "cmark": ["sh", "-c", f"cmark {big}/all.md > {cmark_out}"],
    "plancycle-1k": [plancycle, "build", "--quiet", "--force", "--content", f"{small}/content", "--templates", templates, "--output", f"{small}/site"],
    "plancycle-shipped": [plancycle, "build", "--quiet", "--force", "--content", os.path.join(root, "content"), "--templates", templates,
                          "--output", os.path.join(work, "shipped-site")],
    "plancycle-shipped-no-word": [plancycle, "build", "--quiet", "--force", "--content", os.path.join(root, "content"),
                                  "--templates", no_word, "--output", os.path.join(work, "shipped-site-no-word")],
}
for command in commands.values():  # warm-up: caches, first output folders
    run(command)
times = {name: [] for name in commands}
for round in range(ROUNDS):
    for name, command in commands.items():
        times[name].append(run(command))
    print(f"round {round + 1}/{ROUNDS}: " + ", ".join(f"{n} {times[n][-1]:.2f}s" for n in commands), flush=True)
median = {name: statistics.median(values) for name, values in times.items()}
saves = serve_latency.measure(plancycle, SERVE_SAVES)
print(f"serve, save to served: median {statistics.median(saves) * 1000:.0f} ms, max {max(saves) * 1000:.0f} ms", flush=True)
memory = {name: peak_mb(commands[name]) for name in ["plancycle", "hugo", "cmark"]}
hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
cmark_version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout.split()[1]
word_files = sum(1 for _, _, files in os.walk(os.path.join(work, "shipped-site")) for f in files if f.endswith(".docx"))
markdown_mb = os.path.getsize(f"{big}/all.md") / 1e6
machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"

rows = [
    ("PlanCycle full build vs Hugo",
     f"{median['hugo'] / median['plancycle']:.2f}x faster" if median['hugo'] >= median['plancycle']
     else f"{median['plancycle'] / median['hugo']:.2f}x slower", "at least 5x faster",
     median["hugo"] / median["plancycle"] >= 5),
    ("PlanCycle full build vs raw cmark", f"{median['plancycle'] / median['cmark']:.1f}x the time", "at most 2x",
     median["plancycle"] / median["cmark"] <= 2),
    ("Peak memory, 10,000 activities", f"{memory['plancycle']:.0f} MB", "under 300 MB", memory["plancycle"] < 300),
    ("1,000 -> 10,000 activities", f"{median['plancycle'] / median['plancycle-1k']:.1f}x the time", "within 11x",
     median["plancycle"] / median["plancycle-1k"] <= 11),
    ("Shipped content (6 languages)", f"{median['plancycle-shipped']:.2f} s", "under 0.3 s", median["plancycle-shipped"] < 0.3),
    ("Shipped content: with Word files against without",
     f"{median['plancycle-shipped'] / median['plancycle-shipped-no-word']:.2f}x the time", "at most 2x",
     median["plancycle-shipped"] / median["plancycle-shipped-no-word"] <= 2),
    ("`serve`: save to page served (shipped content)", f"{statistics.median(saves) * 1000:.0f} ms", "within 300 ms",
     statistics.median(saves) <= 0.3),
]
table = [
    f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}: {machine}; {ROUNDS} interleaved rounds, medians;",
    f"10,000 activities, {markdown_mb:.1f} MB of Markdown; Hugo {hugo_version}, cmark {cmark_version}.",
    "",
    "| Command | Median | Peak memory |",
    "|---|---|---|",
    f"| `plancycle build`, 10,000 activities | {median['plancycle']:.2f} s | {memory['plancycle']:.0f} MB |",
    f"| `hugo`, the same 10,000 pages | {median['hugo']:.2f} s | {memory['hugo']:.0f} MB |",
    f"| `cmark`, the same Markdown | {median['cmark']:.2f} s | {memory['cmark']:.0f} MB |",
    f"| `plancycle build`, 1,000 activities | {median['plancycle-1k']:.2f} s | |",
    f"| `plancycle build`, shipped content (with its {word_files} Word files) | {median['plancycle-shipped']:.2f} s | |",
    f"| `plancycle build`, shipped content without Word files | {median['plancycle-shipped-no-word']:.2f} s | |",
    f"| `plancycle serve`, save to page served, shipped content ({len(saves)} saves; slowest {max(saves) * 1000:.0f} ms) "
    f"| {statistics.median(saves) * 1000:.0f} ms | |",
    "",
    "| Target | Measured | Goal | Met |",
    "|---|---|---|---|",
] + [f"| {what} | {measured} | {goal} | {'yes' if ok else '**no**'} |" for what, measured, goal, ok in rows]
text = "\n".join(table) + "\n"
print()
print(text)
with open(os.path.join(root, "Tests/Benchmark/results.md"), "w") as f:
    f.write("# Benchmark results\n\n" + text)
readme = os.path.join(root, "README.md")
content = open(readme).read()
start, end = "<!-- bench:start -->\n", "<!-- bench:end -->"
if start in content and end in content:
    before, rest = content.split(start, 1)
    content = before + start + text + end + rest.split(end, 1)[1]
    open(readme, "w").write(content)
