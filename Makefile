# PlanCycle: `make site` and `make test` do all the set-up they need.
SWIFT ?= swift
PLANCYCLE = .build/release/plancycle
# Swift's own libraries linked into the program: it starts about 3 ms sooner and calls Swift's
# runtime directly (together a tenth off the shipped site's build), and runs where only libcmark
# and zlib are installed.
RELEASE_BUILD = $(SWIFT) build -c release --product plancycle --static-swift-stdlib

.PHONY: site test validate bench fuzz setup check clean

site: setup
	$(RELEASE_BUILD)
	$(PLANCYCLE) build --content content --templates Templates --output site

# The Swift tests (with the official Mustache spec, fetched once from Debian's archive), then every
# Word file of the shipped site opened with python-docx.
test: setup
	bash Tests/MustacheSpec/fetch
	$(SWIFT) test
	bash Tests/Word/run

# Nu HTML checker, axe-core in headless Chromium, feed/calendar/JSON parsers (installs them).
validate: setup
	bash .ci/validate-pages

# PlanCycle against Hugo and raw cmark on a generated 10,000-activity archive (see README).
bench: setup
	$(RELEASE_BUILD)
	bash Tests/Benchmark/run

# libFuzzer with AddressSanitizer on the readers, templates, wording, Markdown and serve's paths (see README).
fuzz: setup
	bash Tests/Fuzz/run

check: setup
	$(RELEASE_BUILD)
	$(PLANCYCLE) check

# libcmark comes from Debian's libcmark-dev, and zlib (for the Word files' zip) from zlib1g-dev;
# install them only when pkg-config cannot find them.
setup:
	@if ! pkg-config --exists libcmark zlib 2>/dev/null; then \
		echo "Installing libcmark-dev and zlib1g-dev (and pkg-config) with apt-get..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcmark-dev zlib1g-dev pkg-config; \
	fi

clean:
	rm -rf .build .build-bench site
