# cityfacts: build, test and install.
#
#   make            build bin/cf-*
#   make demo       install missing Debian packages (as root), build, run the
#                   pipeline on samples/ and write out/
#   make check      the same set-up, then every test (SANITIZE=1: under ASan+UBSan)
#   make check-deps    install (as root) what the tests need, beyond the build
#   make browser-deps  install chromium and LibreOffice (as root) for the
#                   browser and workbook tests of cf-render
#   make bench      benchmark (tests/bench/), writes bench/RESULTS.md
#   make fuzz       libFuzzer targets (FUZZ_SECONDS per target)
#   make install    PREFIX=/usr/local DESTDIR=
#
# OBJDIR and BINDIR may be pointed elsewhere so that several builds (a
# sanitizer build, a second work tree) never share objects.

VERSION   = 0.1.0
PREFIX    = /usr/local
MANPREFIX = $(PREFIX)/share/man
DESTDIR   =

CC       = cc
OPT      = -O2 -g
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
# The tools find their maps from where they are (see cf-translate-map(1)),
# so PREFIX is not compiled in and `make install PREFIX=...` rebuilds nothing.
CPPFLAGS = -D_DEFAULT_SOURCE -D_GNU_SOURCE -DCF_VERSION='"$(VERSION)"' -Ilib
CFLAGS   = $(OPT) -std=c11 $(WARN)
LDFLAGS  =
LDLIBS   = -ljansson -lcsv -lz -lutf8proc -lxml2 -lxlsxwriter -lm

# SANITIZE=1 builds everything with AddressSanitizer and UBSan in its own
# object directory; WERROR=1 turns warnings into errors (CI).
SANITIZE =
WERROR   =
SAN_FLAGS_1 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SAN_FLAGS   = $(SAN_FLAGS_$(SANITIZE))
WERR_FLAGS_1 = -Werror
WERR_FLAGS   = $(WERR_FLAGS_$(WERROR))
XML_CFLAGS = -I/usr/include/libxml2

ALL_CFLAGS  = $(CPPFLAGS) $(XML_CFLAGS) $(CFLAGS) $(SAN_FLAGS) $(WERR_FLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SAN_FLAGS)

OBJDIR_     = build
OBJDIR_1    = build/san
OBJDIR      = $(OBJDIR_$(SANITIZE))
BINDIR      = bin

# Debian packages the build and the demo need: `make demo` installs only these.
DEBS = build-essential pkg-config libjansson-dev libcsv-dev zlib1g-dev \
       libutf8proc-dev libxml2-dev libxlsxwriter-dev

# The tests need these too (`make check` installs them): Python and jq read
# outputs back, sqlite3 loads the SQL, GNU parallel runs parallel.sh,
# clang's sanitizer and fuzzer runtimes, valgrind, and sshd and ssh for
# tests/ssh.sh (parallel.sh --sshlogin on 127.0.0.1).
DEBS_CHECK = python3 jq sqlite3 parallel clang libclang-rt-14-dev valgrind \
       openssh-server openssh-client

# Only the browser test (tests/render-browser.sh) needs these big ones (a
# CJK font, so that the screenshot shows the Chinese evidence), and the
# workbook test (tests/render-xlsx.sh) LibreOffice Calc; `make check` tries
# to install them (without Debian's recommended extras) and those tests
# skip when it cannot.
DEBS_BROWSER = chromium fonts-wqy-zenhei libreoffice-calc-nogui

# Only `make bench` needs these: /usr/bin/time (peak RSS), Miller and jq
# (the peers of cf-aggregate), node (Recognizers-Text, the peer of
# cf-normalize, which npm installs into bench/work/; npm is Debian's npm
# package or comes with nodejs), perf (the profile).  A comparison whose
# tool is missing is left out of bench/RESULTS.md.
DEBS_BENCH = time miller jq nodejs linux-perf

# Listed, not found by wildcard: a file half-written in the tree is not built
# by accident, and a new one is added here on purpose.
TOOLS  = extract normalize translate-map facts aggregate render
LIBMOD = agg article clause cli csvout date dict die feat hans html humfmt \
	input jtext lang lex link ndjson qnum qtscan quant qword report report_html \
	report_md rules sbuf seg sentence sha256 text textmeta timex timex-latin \
	timex-rel timex-zh utf8
LIBHDR = lib/agg.h lib/article.h lib/clause.h lib/cli.h lib/csvout.h \
	lib/date.h lib/dict.h lib/die.h lib/feat.h lib/hans.h lib/hash.h lib/html.h \
	lib/humfmt.h lib/input.h lib/jtext.h lib/lang.h lib/lex.h lib/link.h \
	lib/ndjson.h lib/qnum.h lib/qtscan.h lib/quant.h lib/qword.h lib/report.h \
	lib/report_html.h lib/report_md.h lib/rules.h lib/sbuf.h lib/seg.h \
	lib/sentence.h lib/sha256.h lib/text.h lib/textmeta.h lib/timex-int.h \
	lib/timex.h lib/utf8.h
LIBOBJ = $(patsubst %,$(OBJDIR)/lib/%.o,$(LIBMOD))
LIBA   = $(OBJDIR)/libcf.a
BINS   = $(patsubst %,$(BINDIR)/cf-%,$(TOOLS))
UNITMOD = agg article clause cli csvout date dict die feat hans hash html \
	humfmt input jtext lang lex link ndjson qnum qtscan quant qword report rules \
	sbuf seg sentence sha256 text textmeta timex utf8
UNITS   = $(patsubst %,$(OBJDIR)/unit/%,$(UNITMOD))

all: $(BINS)

# Rebuild everything when the flags change (a SANITIZE build, WERROR).
$(OBJDIR)/flags: FORCE
	@mkdir -p $(OBJDIR)/lib $(OBJDIR)/tools $(OBJDIR)/unit
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LDLIBS)' > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

$(OBJDIR)/lib/%.o: lib/%.c $(LIBHDR) $(OBJDIR)/flags
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(OBJDIR)/tools/%.o: tools/%.c $(LIBHDR) $(OBJDIR)/flags
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBA): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(BINDIR)/cf-%: $(OBJDIR)/tools/%.o $(LIBA)
	@mkdir -p $(BINDIR)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(OBJDIR)/unit/%: tests/unit/%.c tests/unit/unit.h $(LIBA) $(OBJDIR)/flags
	$(CC) $(ALL_CFLAGS) -Itests/unit $(ALL_LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

# deps: install what is missing when root, else say the exact command.
deps:
	@missing=''; for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_FLAGS) $$missing >/dev/null \
	    || { echo "make deps: apt-get install failed:$$missing" >&2; exit 1; }; \
	else \
	  echo "make deps: missing Debian packages; run as root:" >&2; \
	  echo "  apt-get update && apt-get install -y$$missing" >&2; exit 1; \
	fi

build: deps
	@$(MAKE) --no-print-directory all

demo: build
	@sh pipelines/demo.sh $(BINDIR) out

units: $(UNITS)

check-deps:
	@$(MAKE) --no-print-directory deps DEBS='$(DEBS) $(DEBS_CHECK)'

browser-deps:
	@$(MAKE) --no-print-directory deps DEBS='$(DEBS_BROWSER)' APT_FLAGS=--no-install-recommends

# puppeteer-core (a pinned version that runs on Debian 12's Node.js) drives
# Debian's chromium in tests/render-browser.sh; npm installs it into
# build/node/, and never downloads a browser (puppeteer-core has none).
PUPPETEER = puppeteer-core@24.9.0
NODEDIR   = build/node
browser-node:
	@if [ ! -f $(NODEDIR)/node_modules/puppeteer-core/package.json ]; then \
	  command -v npm >/dev/null || { echo "make browser-node: npm is not installed" >&2; exit 1; }; \
	  mkdir -p $(NODEDIR) && cd $(NODEDIR) && \
	  npm install --no-audit --no-fund --no-save --loglevel=error $(PUPPETEER) >/dev/null; \
	fi

check: check-deps
	@$(MAKE) --no-print-directory browser-deps \
	  || echo "make check: $(DEBS_BROWSER) is not installed; the browser test will skip" >&2
	@$(MAKE) --no-print-directory browser-node \
	  || echo "make check: $(PUPPETEER) could not be installed; the browser test will skip" >&2
	@$(MAKE) --no-print-directory all units
	@CF_BIN=$(BINDIR) CF_UNITDIR=$(OBJDIR)/unit CF_UNITS='$(UNITMOD)' CF_SANITIZE=$(SANITIZE) sh tests/run.sh

bench-deps:
	@$(MAKE) --no-print-directory deps DEBS='$(DEBS_BENCH)'

bench: build
	@$(MAKE) --no-print-directory bench-deps \
	  || echo "make bench: some of $(DEBS_BENCH) are not installed; their comparisons are left out" >&2
	@sh tests/bench/run.sh $(BINDIR)

# The libFuzzer targets, tests/fuzz/TARGET.c, are built with clang from the
# same LIBMOD as the tools, in an object directory of their own (coverage
# and the sanitizers in every object); tests/fuzz/run.sh then seeds each
# and runs it for FUZZ_SECONDS.  FUZZ_TARGETS picks some of them.
FUZZ = agg dict html input link ndjson quant sentence text utf8
FUZZ_TARGETS = $(FUZZ)
FUZZ_SECONDS = 30
FUZZ_CC      = clang
FUZZ_DIR     = build/fuzz
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  = $(CPPFLAGS) $(XML_CFLAGS) -g -O1 -std=c11 $(WARN) $(FUZZ_SAN)
FUZZ_LIBOBJ  = $(patsubst %,$(FUZZ_DIR)/lib/%.o,$(LIBMOD))
FUZZ_BINS    = $(patsubst %,$(FUZZ_DIR)/bin/%,$(FUZZ_TARGETS))

fuzz: check-deps
	@$(MAKE) --no-print-directory fuzz-targets
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_DIR=$(FUZZ_DIR) FUZZ_TARGETS='$(FUZZ_TARGETS)' sh tests/fuzz/run.sh

fuzz-targets: $(FUZZ_BINS)

$(FUZZ_DIR)/flags: FORCE
	@mkdir -p $(FUZZ_DIR)/lib $(FUZZ_DIR)/bin
	@echo '$(FUZZ_CC) $(FUZZ_CFLAGS) $(LDFLAGS) $(LDLIBS)' > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

$(FUZZ_DIR)/lib/%.o: lib/%.c $(LIBHDR) $(FUZZ_DIR)/flags
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/libcf.a: $(FUZZ_LIBOBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_LIBOBJ)

$(FUZZ_DIR)/bin/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(LIBHDR) $(FUZZ_DIR)/libcf.a $(FUZZ_DIR)/flags
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Itests/fuzz $(LDFLAGS) -o $@ $< $(FUZZ_DIR)/libcf.a $(LDLIBS)

.PHONY: fuzz-targets

# The pipelines are installed beside the maps, and run as cf-report and
# cf-nightly: small wrappers that find them, and the tools, from where
# they are themselves.
PIPELINES = common report nightly parallel
PIPECMDS  = report nightly

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(PREFIX)/share/cityfacts/maps \
	  $(DESTDIR)$(PREFIX)/share/cityfacts/pipelines
	for t in $(TOOLS); do \
	  cp -f $(BINDIR)/cf-$$t $(DESTDIR)$(PREFIX)/bin/cf-$$t; chmod 755 $(DESTDIR)$(PREFIX)/bin/cf-$$t; \
	  if [ -f tools/$$t.1 ]; then cp -f tools/$$t.1 $(DESTDIR)$(MANPREFIX)/man1/cf-$$t.1; fi; \
	done
	cp -f lib/maps/*.csv $(DESTDIR)$(PREFIX)/share/cityfacts/maps/
	for p in $(PIPELINES); do \
	  cp -f pipelines/$$p.sh $(DESTDIR)$(PREFIX)/share/cityfacts/pipelines/$$p.sh; \
	done
	for p in $(PIPECMDS); do \
	  { echo '#!/bin/sh'; \
	    echo "# cf-$$p: cityfacts' pipelines/$$p.sh, installed (see cf-$$p --help)."; \
	    echo 'here=$$(dirname "$$(readlink -f "$$0")")'; \
	    echo 'CF_BIN=$${CF_BIN:-$$here} CF_ME=cf-'$$p' exec bash "$$here/../share/cityfacts/pipelines/'$$p'.sh" "$$@"'; \
	  } > $(DESTDIR)$(PREFIX)/bin/cf-$$p; \
	  chmod 755 $(DESTDIR)$(PREFIX)/bin/cf-$$p; \
	done

uninstall:
	for t in $(TOOLS) $(PIPECMDS); do rm -f $(DESTDIR)$(PREFIX)/bin/cf-$$t $(DESTDIR)$(MANPREFIX)/man1/cf-$$t.1; done
	rm -rf $(DESTDIR)$(PREFIX)/share/cityfacts

clean:
	rm -rf build bin out

FORCE:

# Keep the objects of tools between builds (they are intermediate files).
.SECONDARY:

.PHONY: all deps check-deps browser-deps browser-node bench-deps build demo units check bench fuzz install uninstall clean FORCE
