# Build and install casus (README, "Install").
#
#   make                                  release build (.build/release/casus)
#   sudo make install                     into PREFIX (default /usr/local)
#   make install PREFIX=/usr DESTDIR=pkg  staged, for a package
#   sudo make uninstall
#
# Installed: the binary (mode 755), the man page in English (man1/casus.1) and Dutch
# (nl/man1/casus.1), and completions for bash, zsh and fish. The man page and the completions are
# made by the binary itself from its command definitions (`casus manual`,
# `casus --generate-completion-script SHELL`), so they always match it. The configuration is
# inside the binary; nothing else is needed beside it.

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
SWIFT       ?= swift
# The Swift runtime and Foundation inside the binary: it runs where no Swift toolchain is.
# Generic types made through their metadata accessors, in casus and in the packages it builds: a
# look-up by mangled name checks the type's requirements by scanning all 8,300 conformances of the
# binary, and that was a sixth of every command's start (BENCHMARKS.md, twentieth stop).
SWIFTFLAGS  ?= -c release --static-swift-stdlib \
               -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
BIN         ?= .build/release/casus
# The language of the completions' descriptions (zsh and fish show them): nl or en.
HELP_LANG   ?= nl

.PHONY: all build install install-files uninstall

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product casus

install: build install-files

# Installs $(BIN) as it is (the test suite installs its debug build this way, into a DESTDIR).
install-files:
	@set -e; \
	stage=$$(mktemp -d); trap 'rm -rf "$$stage"' EXIT; \
	env -u CASUS_CONFIG CASUS_LANG=en "$(BIN)" manual > "$$stage/casus.1"; \
	env -u CASUS_CONFIG CASUS_LANG=nl "$(BIN)" manual > "$$stage/casus.nl.1"; \
	for shell in bash zsh fish; do \
		env -u CASUS_CONFIG CASUS_LANG=$(HELP_LANG) "$(BIN)" --generate-completion-script $$shell > "$$stage/casus.$$shell"; \
	done; \
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(MANDIR)/nl/man1" \
		"$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"; \
	install -m 755 "$(BIN)" "$(DESTDIR)$(BINDIR)/casus"; \
	install -m 644 "$$stage/casus.1" "$(DESTDIR)$(MANDIR)/man1/casus.1"; \
	install -m 644 "$$stage/casus.nl.1" "$(DESTDIR)$(MANDIR)/nl/man1/casus.1"; \
	install -m 644 "$$stage/casus.bash" "$(DESTDIR)$(BASHCOMPDIR)/casus"; \
	install -m 644 "$$stage/casus.zsh" "$(DESTDIR)$(ZSHCOMPDIR)/_casus"; \
	install -m 644 "$$stage/casus.fish" "$(DESTDIR)$(FISHCOMPDIR)/casus.fish"; \
	echo "casus installed in $(DESTDIR)$(BINDIR)/casus (man page, bash/zsh/fish completions beside it)"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/casus" "$(DESTDIR)$(MANDIR)/man1/casus.1" "$(DESTDIR)$(MANDIR)/nl/man1/casus.1" \
		"$(DESTDIR)$(BASHCOMPDIR)/casus" "$(DESTDIR)$(ZSHCOMPDIR)/_casus" "$(DESTDIR)$(FISHCOMPDIR)/casus.fish"
