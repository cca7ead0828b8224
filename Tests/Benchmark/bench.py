"""`make bench`: PlanCycle against Hugo and raw cmark on the same Markdown, in one session.

Generates, with generate.py, a 10,000-activity archive (50 years x 200) published in English, the
same archive published in the six languages of the shipped site.yaml (with the multilingual Hugo
site of the same Markdown), and a 1,000-activity one (5 x 200). Then runs, interleaved, ROUNDS
times each:
  plancycle build   (release) on the 10k archive in English, and in six languages, each without
                    Word files (Hugo makes none: the templates without reference.docx) and with them;
                    on the 1k archive (growth)
  hugo              on the equivalent Hugo site, in English and in six languages
  cmark             on the same activity Markdown concatenated
  plancycle build   on the shipped content/ (six languages), with and without Word files
then takes peak memory (GNU time -v) of each large build, and measures `plancycle serve` on the
shipped content over SERVE_SAVES saves (serve_latency.py): the rebuild's own time, and the time
from saving a file to the new page being served.
It prints medians, ratios and memory, writes Tests/Benchmark/results.md and puts the same tables
in README.md between the bench markers. The goals are those of part 11 (see the README).
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
SIX = "en,fr,ar,es,ru,zh"
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
work = os.path.join(root, ".build-bench")
plancycle = os.path.join(root, ".build/release/plancycle")
templates = os.path.join(root, "Templates")


def run(command):
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def peak_mib(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    kilobytes = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return kilobytes / 1024


def archive(name, years, languages="en"):
    folder = os.path.join(work, name)
    subprocess.run([sys.executable, os.path.join(root, "Tests/Benchmark/generate.py"), folder, str(years), "200", languages], check=True)
    return folder


def build(content, output, with_word=True):
    return [plancycle, "build", "--quiet", "--force", "--content", content, "--templates", templates if with_word else no_word,
            "--output", output]


os.makedirs(work, exist_ok=True)
big, six, small = archive("10k", 50), archive("10k-six", 50, SIX), archive("1k", 5)
# The shipped templates without the reference document: the same build without Word files.
no_word = os.path.join(work, "templates-no-word")
shutil.rmtree(no_word, ignore_errors=True)
shutil.copytree(templates, no_word)
os.remove(os.path.join(no_word, "reference.docx"))
shipped = os.path.join(root, "content")
commands = {
    "en": build(f"{big}/content", f"{big}/site", with_word=False),
    "en-word": build(f"{big}/content", f"{big}/site-word"),
    "hugo": ["hugo", "--quiet", "--source", f"{big}/hugo", "--destination", f"{big}/hugo-public"],
    "cmark": ["sh", "-c", f"cmark {big}/all.md > {work}/cmark.html"],
    "1k": build(f"{small}/content", f"{small}/site", with_word=False),
    "six": build(f"{six}/content", f"{six}/site", with_word=False),
    "six-word": build(f"{six}/content", f"{six}/site-word"),
    "hugo-six": ["hugo", "--quiet", "--source", f"{six}/hugo", "--destination", f"{six}/hugo-public"],
    "shipped": build(shipped, os.path.join(work, "shipped-site")),
    "shipped-no-word": build(shipped, os.path.join(work, "shipped-site-no-word"), with_word=False),
}
for command in commands.values():  # warm-up: caches, first output folders
    run(command)
times = {name: [] for name in commands}
for round in range(ROUNDS):
    for name, command in commands.items():
        times[name].append(run(command))
    print(f"round {round + 1}/{ROUNDS}: " + ", ".join(f"{n} {times[n][-1]:.2f}s" for n in commands), flush=True)
median = {name: statistics.median(values) for name, values in times.items()}
memory = {name: peak_mib(commands[name]) for name in ["en", "en-word", "hugo", "cmark", "six", "six-word", "hugo-six"]}
served, rebuilt = serve_latency.measure_rebuilds(plancycle, SERVE_SAVES)
serve_ms, rebuild_ms = statistics.median(served) * 1000, statistics.median(rebuilt) * 1000
print(f"serve: rebuild median {rebuild_ms:.0f} ms; save to served median {serve_ms:.0f} ms", flush=True)
hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
cmark_version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout.split()[1]


def count(folder, suffix):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(suffix))


markdown_mb = os.path.getsize(f"{big}/all.md") / 1e6
machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"


def faster(name, than):
    ratio = median[than] / median[name]
    return f"{ratio:.2f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x slower", ratio


en_hugo, en_hugo_ratio = faster("en", "hugo")
six_hugo, six_hugo_ratio = faster("six", "hugo-six")
six_memory = max(memory["six"], memory["six-word"])
rows = [
    ("10,000 activities, English: PlanCycle (HTML) against Hugo", en_hugo, "at least 5x faster", en_hugo_ratio >= 5),
    ("10,000 activities, English: PlanCycle (HTML) against raw cmark", f"{median['en'] / median['cmark']:.1f}x the time", "at most 2x",
     median["en"] / median["cmark"] <= 2),
    ("1,000 -> 10,000 activities, English", f"{median['en'] / median['1k']:.1f}x the time", "within 11x", median["en"] / median["1k"] <= 11),
    ("10,000 activities, six languages: PlanCycle (HTML) against Hugo", six_hugo, "at least 5x faster", six_hugo_ratio >= 5),
    ("10,000 activities, six languages: peak memory (with Word files)", f"{six_memory:.0f} MiB", "under 300 MiB", six_memory < 300),
    ("Shipped content: full build", f"{median['shipped']:.2f} s", "at most 0.1 s", median["shipped"] <= 0.1),
    ("Shipped content: `serve` rebuild after a one-file edit", f"{rebuild_ms:.0f} ms", "at most 50 ms", rebuild_ms <= 50),
]
rounds_note = f"{ROUNDS} interleaved rounds, medians"
table = [
    f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}: {machine}; {rounds_note};",
    f"10,000 activities, {markdown_mb:.1f} MB of Markdown; Hugo {hugo_version}, cmark {cmark_version}.",
    "\"HTML\" is the build without Word files (the templates without `reference.docx`), which is what Hugo makes.",
    "",
    "| Command | Median | Peak memory |",
    "|---|---|---|",
    f"| `plancycle build`, 10,000 activities, English, HTML ({count(big + '/site', '.html'):,} pages) | {median['en']:.2f} s | {memory['en']:.0f} MiB |",
    f"| `plancycle build`, the same with its {count(big + '/site-word', '.docx'):,} Word files | {median['en-word']:.2f} s | {memory['en-word']:.0f} MiB |",
    f"| `hugo`, the same Markdown ({count(big + '/hugo-public', '.html'):,} pages) | {median['hugo']:.2f} s | {memory['hugo']:.0f} MiB |",
    f"| `cmark`, the same Markdown | {median['cmark']:.2f} s | {memory['cmark']:.0f} MiB |",
    f"| `plancycle build`, 1,000 activities, English, HTML | {median['1k']:.2f} s | |",
    f"| `plancycle build`, 10,000 activities, six languages, HTML ({count(six + '/site', '.html'):,} pages) | {median['six']:.2f} s | {memory['six']:.0f} MiB |",
    f"| `plancycle build`, the same with its {count(six + '/site-word', '.docx'):,} Word files | {median['six-word']:.2f} s | {memory['six-word']:.0f} MiB |",
    f"| `hugo`, the same Markdown in six languages ({count(six + '/hugo-public', '.html'):,} pages) | {median['hugo-six']:.2f} s | {memory['hugo-six']:.0f} MiB |",
    f"| `plancycle build`, shipped content (with its {count(os.path.join(work, 'shipped-site'), '.docx')} Word files) | {median['shipped']:.2f} s | |",
    f"| `plancycle build`, shipped content, HTML | {median['shipped-no-word']:.2f} s | |",
    f"| `plancycle serve`, rebuild after a one-file edit, shipped content ({len(rebuilt)} saves) | {rebuild_ms:.0f} ms | |",
    f"| `plancycle serve`, from saving to the page served (with the wait for the next look, every 100 ms) | {serve_ms:.0f} ms | |",
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
