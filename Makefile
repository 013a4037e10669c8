# Pledge Desk — set-up, build, run and test on a fresh Debian 12 machine.
#   make run    install what is missing, build, start a local platform server
#               (once it exists) and the app (under Xvfb when there is no display)
#   make test   everything CI checks: formatting, lints, type checks, unit,
#               integration and end-to-end tests in the real window
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

APT_PACKAGES := libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev \
  librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev pkg-config libssl-dev \
  xvfb xauth webkit2gtk-driver imagemagick fonts-noto-core postgresql
CARGO ?= cargo
NPM ?= npm

.PHONY: help deps apt npm tauri-driver ui ui-check types build run test lint bench clean

help:
	@echo "make run    build and start Pledge Desk (installs what is missing)"
	@echo "make test   formatting, lints, type checks and every test"
	@echo "make bench  the benchmarks whose figures README reports"
	@echo "make types  regenerate ui/src/generated/types.ts from the Rust types"

deps: apt npm tauri-driver

# Installs the system packages only when one is missing (apt is slow even when idle).
apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

npm: ui/node_modules/.package-lock.json

ui/node_modules/.package-lock.json: ui/package-lock.json ui/package.json
	cd ui && $(NPM) ci --no-audit --no-fund

tauri-driver:
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --version '^2' --locked

ui: npm
	cd ui && $(NPM) run build

ui-check: npm
	cd ui && $(NPM) run check

types:
	UPDATE_TS_TYPES=1 $(CARGO) test -q --lib -p pledge-desk ts_types

build: apt ui
	$(CARGO) build --workspace

run: build
	@if [ -z "$${DISPLAY:-}" ]; then \
	  echo "No display: starting Pledge Desk under Xvfb (smoke mode; screenshot with: DISPLAY=:99 import -window root shot.png)"; \
	  (Xvfb :99 -screen 0 1280x900x24 >/dev/null 2>&1 &) ; sleep 1; \
	  DISPLAY=:99 $(CARGO) run --bin pledge-desk; \
	else \
	  $(CARGO) run --bin pledge-desk; \
	fi

lint: npm
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test: deps ui ui-check lint
	$(CARGO) test --workspace --no-fail-fast

bench: deps ui
	$(CARGO) bench -p pledge-store --bench store
	$(CARGO) bench -p pledge-server --bench ingest
	$(CARGO) build --release -p pledge-desk -p footprint
	$(CARGO) run --release -q -p footprint --bin footprint

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
