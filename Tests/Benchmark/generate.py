"""Generates a synthetic PlanCycle archive and an equivalent Hugo site, for `make bench`.

    python3 Tests/Benchmark/generate.py OUT_DIR YEARS ACTIVITIES_PER_YEAR [LANGUAGES]

OUT_DIR/content    PlanCycle content: YEARS years of ACTIVITIES_PER_YEAR activities with ~2 KB
                   Markdown bodies, letters for urgent activities, outcomes and a report for past
                   years, published in LANGUAGES (comma-separated; default `en`), the content
                   itself written once, in English, as the secretariat writes it.
OUT_DIR/hugo       a Hugo site with the same Markdown: one page per activity, one list per year;
                   with more than one language, a multilingual site with the same Markdown in
                   each language's content folder.
OUT_DIR/all.md     the same activity bodies concatenated, for the `cmark` command.
Deterministic: the same arguments give the same files.
"""
import os
import random
import shutil
import sys

out, years, per_year = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
languages = sys.argv[4].split(",") if len(sys.argv) > 4 else ["en"]
here = os.path.dirname(os.path.abspath(__file__))
project = os.path.dirname(os.path.dirname(here))
rng = random.Random(20261123)
last = 2026
first = last - years + 1

WORDS = ("digital development connectivity governance inclusion capacity building standards spectrum "
         "cybersecurity artificial intelligence data statistics broadband rural communities regulators "
         "partnership stakeholders sustainable ministers consultation outcome review implementation "
         "infrastructure affordability skills youth gender accessibility resilience innovation").split()
PROCESSES = ["wsis", "sdgs", "gdc", "igf", "ai", "unga"]
FORMS = ["host", "attend", "contribute", "sign"]
STATES = [line.split(":", 1)[1].strip() for line in open(os.path.join(project, "content/member-states.yaml"))
          if line.startswith("- code:")]


def sentence(n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(sentences=5):
    return " ".join(sentence(rng.randint(10, 18)) for _ in range(sentences))


def body():
    """About 2 KB of Markdown: paragraphs, a heading, a list, emphasis and a link."""
    parts = [paragraph(), "### Context", paragraph(4),
             "\n".join(f"- **{rng.choice(WORDS)}**: {sentence(8)}" for _ in range(4)),
             paragraph(3) + " See [the ITU website](https://www.itu.int/)."]
    return "\n\n".join(parts) + "\n"


def day(year, month, d):
    return f"{year:04d}-{month:02d}-{d:02d}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


shutil.rmtree(out, ignore_errors=True)
content = os.path.join(out, "content")
hugo = os.path.join(out, "hugo")
site = open(os.path.join(project, "content/site.yaml"), encoding="utf-8").read()
assert "languages: [en, fr, ar, es, ru, zh]" in site
site = site.replace("languages: [en, fr, ar, es, ru, zh]", f"languages: [{', '.join(languages)}]")
write(os.path.join(content, "site.yaml"), site)
shutil.copy(os.path.join(project, "content/member-states.yaml"), os.path.join(content, "member-states.yaml"))
config = ('baseURL = "https://example.org/"\ntitle = "Benchmark"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
if len(languages) > 1:
    config += f'defaultContentLanguage = "{languages[0]}"\n\n[languages]\n' + "".join(
        f'[languages.{code}]\ncontentDir = "content/{code}"\nweight = {weight + 1}\n' for weight, code in enumerate(languages))
write(os.path.join(hugo, "config.toml"), config)
write(os.path.join(hugo, "layouts/_default/baseof.html"),
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
      '<body>{{ block "main" . }}{{ end }}</body></html>\n')
write(os.path.join(hugo, "layouts/_default/single.html"),
      '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.start }} – {{ .Params.place }}</p>{{ .Content }}{{ end }}\n')
write(os.path.join(hugo, "layouts/_default/list.html"),
      '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>'
      ' {{ .Params.start }}</li>{{ end }}</ul>{{ end }}\n')
hugo_pages = {}  # path under a language's content folder: text


def hugo_page(path, text):
    hugo_pages[path] = text


hugo_page("_index.md", "---\ntitle: Archive\n---\n")
bodies = []

for year in range(first, last + 1):
    folder = os.path.join(content, str(year))
    write(os.path.join(folder, "year.md"), f"""---
meeting:
  number: {year - 1900}
  start: {day(year, 1, 14)}
  end: {day(year, 1, 15)}
  place: Geneva
plan:
  number: 3
  date: {day(year - 1, 12, 12)}
  title: Annual plan of participation for {year}
  summary: The plan for {year}.
  action_required: The Council Working Group is invited to take note of this document.
  references: ["PP Resolution 140 (Rev. Bucharest, 2022)"]
---
{paragraph()}
""")
    hugo_page(f"{year}/_index.md", f"---\ntitle: Plan {year}\n---\n")
    replied = set()
    for index in range(per_year):
        aid = f"activity-{index + 1:03d}"
        month = 3 + index % 9
        start = day(year, month, 1 + index % 27)
        end = day(year, month, 2 + index % 27)
        urgent = index % 10 == 0
        text = body()
        bodies.append(text)
        processes = rng.sample(PROCESSES, 2)
        forms = rng.sample(FORMS, 2)
        write(os.path.join(folder, "activities", aid + ".md"), f"""---
title: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} forum {year} no. {index + 1}
processes: [{", ".join(processes)}]
high_level: {"true" if index % 7 == 0 else "false"}
start: {start}
end: {end}
place: Geneva, Switzerland
format: {rng.choice(["in-person", "virtual", "hybrid"])}
impact:
  rating: {rng.choice(["high", "medium", "low"])}
  reasons: >-
    {sentence(20)}
resources:
  itu:
    - unit: General Secretariat (SG)
      roles: Programme and logistics
      staff_days: {rng.randint(5, 120)}
    - unit: Telecommunication Development Bureau (BDT)
      roles: Substantive input
      staff_days: {rng.randint(2, 40)}
  third_party:
    - name: UNDP
      support: {sentence(8)}
participation: [{", ".join(forms)}]
member_state_support: >-
  {sentence(16)}
urgent: {"true" if urgent else "false"}
---
{text}""")
        hugo_page(f"{year}/{aid}.md", f"---\ntitle: Activity {index + 1} of {year}\nstart: {start}\nplace: Geneva\n---\n{text}")
        if urgent:
            write(os.path.join(folder, "letters", aid + ".md"), f"""---
activity: {aid}
status: sent
number: {index // 10 + 1}
date: {day(year, 1, 5)}
subject: Consultation on activity {index + 1} of {year}
deadline: {day(year, 2, 20)}
consultation:
  form: email
  email: cwg-wsis-sdg@itu.int
---
{paragraph(3)}

{paragraph(2)}
""")
        if year < last:
            replies = ""
            if urgent:
                states = sorted(rng.sample(STATES, rng.randint(8, 40)))
                replied.update(states)
                replies = f"replies:\n  - letter: {aid}\n    channel: email\n    member_states: [{', '.join(states)}]\n"
            status = "held" if index % 13 else "postponed"
            write(os.path.join(folder, "outcomes", aid + ".md"), f"""---
status: {status}
participation: [{forms[0]}]
staff_days: {rng.randint(5, 150)}
{replies}---
{paragraph(2)}
""")
    if year < last:
        write(os.path.join(folder, "report.md"), f"""---
report:
  number: 5
  date: {day(year + 1, 1, 5)}
  status: final
  title: Summary report on {year}
  summary: The year {year}.
  action_required: The Council Working Group is invited to take note of this report.
  references: ["PP Resolution 140 (Rev. Bucharest, 2022)"]
---
{paragraph()}
""")

for code in languages:
    for path, text in hugo_pages.items():
        write(os.path.join(hugo, "content", code if len(languages) > 1 else "", path), text)
write(os.path.join(out, "all.md"), "\n".join(bodies))
print(f"{years} years x {per_year} activities = {years * per_year} activities in {len(languages)} language(s), "
      f"{sum(len(b.encode()) for b in bodies) / 1e6:.1f} MB of Markdown in {out}")
