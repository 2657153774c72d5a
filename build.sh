#!/usr/bin/env bash
# Declutter's single entry point.
#
#   ./build.sh           install what is missing, build dist/chrome, dist/firefox, dist/www
#   ./build.sh test      the above, then every check and test (what CI runs);
#                        `./build.sh test e2e` (or lint, js, native, wasm) runs only those groups
#   ./build.sh setup     only install what is missing
#   ./build.sh quality   run the extraction quality report (examples/quality.rs)
#   ./build.sh bench     the benchmarks: native examples (bench, scaling, dedupe_bench), clean() vs dom_smoothie
#                        (bench/peers), and the browser benches (bench/browser.mjs in Chromium,
#                        bench/firefox.mjs in Firefox ESR); the bench feature (the
#                        bare lol_html pass, countElements) is on for these builds only
#   ./build.sh lint      formatting, clippy, the core/binding boundary check, JS lint and type check
#
# Installs come only from package registries (Debian, crates.io, npm); nothing is downloaded from
# anywhere else (no `npx playwright install`, no wasm-pack downloads: see --mode no-install).
set -Eeuo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
# npm binaryen's wasm-opt must shadow Debian's binaryen, which miscompiles current Rust output.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
if [ -t 1 ]; then BOLD=$'\033[1m' RED=$'\033[1;31m' GREEN=$'\033[1;32m' RESET=$'\033[0m'; else BOLD="" RED="" GREEN="" RESET=""; fi
CHROMIUM=/usr/bin/chromium
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
WASM_FEATURES=(--no-default-features --features wasm)
PKG_DIR=target/pkg            # wasm-pack output (generated glue + .wasm), copied into each dist/

# ---------------------------------------------------------------------------------------------
# Output helpers: a header per step with its duration, and the failing step named on error.
STEP=""
STEP_START=0
TOTAL_START=$SECONDS
step() {
  end_step
  STEP="$*"
  STEP_START=$SECONDS
  printf '\n%s==> %s%s\n' "$BOLD" "$STEP" "$RESET"
}
end_step() {
  if [ -n "$STEP" ]; then printf '    (%s: %ds)\n' "$STEP" $((SECONDS - STEP_START)); fi
  STEP=""
}
on_error() {
  local rc=$?
  [ "$BASHPID" = "$$" ] || return "$rc" # inside $(...): let the caller's own check report it
  printf '\n%sFAILED (exit %d) in step: %s%s\n' "$RED" "$rc" "${STEP:-?}" "$RESET" >&2
  exit "$rc"
}
trap on_error ERR
note() { printf '    %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif have sudo; then sudo "$@"; else
    echo "need root to run: $*" >&2
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# setup: install only what is missing.
apt_install() {
  [ "$#" -gt 0 ] || return 0
  note "apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  local pkg need_update=0
  for pkg in "$@"; do apt-cache show "$pkg" >/dev/null 2>&1 || need_update=1; done
  if [ "$need_update" = 1 ]; then as_root apt-get -o DPkg::Lock::Timeout=300 update -q; fi
  as_root apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "$@"
}

wasm_bindgen_version() {
  grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p'
}

setup() {
  step "setup: system packages"
  local pkgs=()
  [ -x "$CHROMIUM" ] || pkgs+=(chromium)
  [ -x "$CHROMEDRIVER" ] || pkgs+=(chromium-driver)
  have firefox-esr || have firefox || pkgs+=(firefox-esr)
  have node || pkgs+=(nodejs)
  have npm || pkgs+=(npm)
  have gzip || pkgs+=(gzip)
  if [ "${#pkgs[@]}" -gt 0 ]; then apt_install "${pkgs[@]}"; else note "chromium, chromedriver, firefox, node: present"; fi

  step "setup: Rust toolchain"
  # NOTE: outputs are captured before matching: `cmd | grep -q` can kill cmd with SIGPIPE under pipefail.
  local targets
  targets=$(rustup target list --installed)
  grep -qx wasm32-unknown-unknown <<<"$targets" || rustup target add wasm32-unknown-unknown
  local comps
  comps=$(rustup component list --installed)
  grep -q '^rustfmt' <<<"$comps" || rustup component add rustfmt
  grep -q '^clippy' <<<"$comps" || rustup component add clippy
  have wasm-pack || cargo install wasm-pack --locked
  local wbg
  wbg=$(wasm_bindgen_version)
  [ -n "$wbg" ] || { echo "cannot find wasm-bindgen's version in Cargo.lock" >&2; return 1; }
  # NOTE: no --locked: wasm-bindgen-cli's own lockfile pins a yanked crate, which --locked refuses.
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  # geckodriver drives Firefox in the Firefox smoke test.
  have geckodriver || cargo install geckodriver --locked
  note "$(rustc --version); wasm-pack $(wasm-pack --version | awk '{print $2}'); $(wasm-bindgen --version); geckodriver $(geckodriver --version | awk 'NR == 1 {print $2}')"

  step "setup: npm packages"
  # `npm ci` wipes node_modules; skip it when the installed tree already matches the lockfile
  # (an optional package for another platform is never installed, so its absence is a match).
  if [ -f node_modules/.package-lock.json ] && [ -x node_modules/.bin/wasm-opt ] &&
    node -e '
      const a = require("./package-lock.json").packages, b = require("./node_modules/.package-lock.json").packages;
      for (const [k, v] of Object.entries(a)) {
        if (!k || v.extraneous || (!b[k] && v.optional)) continue;
        if (!b[k] || b[k].version !== v.version) process.exit(1);
      }
    '; then
    note "node_modules matches package-lock.json"
  else
    npm ci --no-audit --no-fund
  fi
  note "wasm-opt: $(command -v wasm-opt) ($(wasm-opt --version))"
  end_step
}

# ---------------------------------------------------------------------------------------------
# build: wasm + glue, then dist/chrome, dist/firefox, dist/www.
build_wasm() {
  step "build: WebAssembly core (wasm-pack, release, feature wasm)"
  # --mode no-install: fail instead of downloading a wasm-bindgen that doesn't match Cargo.lock.
  # The WASM is optimised for speed, like native builds (Cargo.toml): at 3, clean() takes about 20 %
  # less time than at "s" on 181 real pages in Node, for 10 % more bytes, which an extension loaded
  # from disk does not feel (PERFORMANCE.md, "WASM size"). WASM_OPT_LEVEL=s builds the smaller one.
  CARGO_PROFILE_RELEASE_OPT_LEVEL="${WASM_OPT_LEVEL:-3}" wasm-pack build --target web --release --mode no-install --no-typescript --no-pack \
    --out-dir "$ROOT/$PKG_DIR" --out-name declutter -- "${WASM_FEATURES[@]}"
  rm -f "$PKG_DIR/.gitignore"
}

# Writes dist/<browser>/manifest.json: the base manifest, with the browser's overlay merged over it.
write_manifest() {
  node --input-type=module - "$@" <<'EOF'
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const [base, overlay, out, hasLocales] = process.argv.slice(2);
// Objects merge key by key; arrays and scalars replace; null deletes; "__comment" keys are dropped.
function merge(a, b) {
  if (b === null || typeof b !== 'object' || Array.isArray(b)) return b;
  const r = a && typeof a === 'object' && !Array.isArray(a) ? { ...a } : {};
  for (const [k, v] of Object.entries(b)) {
    if (k === '__comment') continue;
    if (v === null) delete r[k];
    else r[k] = merge(r[k], v);
  }
  return r;
}
let m = JSON.parse(readFileSync(base, 'utf8'));
if (overlay && existsSync(overlay)) m = merge(m, JSON.parse(readFileSync(overlay, 'utf8')));
// A _locales folder requires default_locale (and is forbidden without it); __MSG_ names need it.
if (hasLocales === 'yes') m.default_locale ??= 'en';
else if (JSON.stringify(m).includes('__MSG_')) throw new Error('manifest uses __MSG_ strings but extension/_locales is missing');
writeFileSync(out, JSON.stringify(m, null, 2) + '\n');
EOF
}

copy_extension() {
  local browser=$1 out=dist/$1
  rm -rf "$out"
  mkdir -p "$out/pkg"
  # Everything in extension/ except manifests (written below), generated pkg/, and dev-only files.
  cp -R extension/. "$out/"
  rm -rf "$out"/manifest*.json "$out/pkg"
  mkdir -p "$out/pkg"
  find "$out" \( -name '*.mjs' -o -name '*.md' -o -name '.*' \) -type f -delete
  cp "$PKG_DIR/declutter.js" "$PKG_DIR/declutter_bg.wasm" "$out/pkg/"
  # npm libraries the reader imports (Markdown export: turndown + its GFM plugin for tables), their
  # browser ES builds as published, with their licenses and where they came from.
  mkdir -p "$out/vendor"
  local lib
  for lib in turndown turndown-plugin-gfm; do
    cp "node_modules/$lib/lib/$lib.browser.es.js" "$out/vendor/$lib.js"
    cp "node_modules/$lib/LICENSE" "$out/vendor/$lib.LICENSE.txt"
    printf '%s.js: npm %s@%s, lib/%s.browser.es.js, unmodified (license: %s.LICENSE.txt)\n' "$lib" "$lib" \
      "$(node -p "require('./node_modules/$lib/package.json').version")" "$lib" "$lib" >>"$out/vendor/SOURCES.txt"
  done
  local locales=no
  [ -d extension/_locales ] && locales=yes
  # Chrome takes the base manifest as it is; another browser gets its overlay merged over it.
  local overlay=""
  [ "$browser" = chrome ] || overlay="extension/manifest.$browser.json"
  write_manifest extension/manifest.json "$overlay" "$out/manifest.json" "$locales"
}

build() {
  build_wasm
  step "build: dist/chrome, dist/firefox, dist/www"
  copy_extension chrome
  copy_extension firefox
  rm -rf dist/www
  mkdir -p dist/www/pkg
  cp -R www/. dist/www/
  cp "$PKG_DIR/declutter.js" "$PKG_DIR/declutter_bg.wasm" dist/www/pkg/
  local wasm=dist/chrome/pkg/declutter_bg.wasm
  local raw gz
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9c "$wasm" | wc -c)
  note "dist/chrome   load unpacked in chrome://extensions"
  note "dist/firefox  load via about:debugging > Load Temporary Add-on > manifest.json"
  note "dist/www      demo page (serve over http, e.g. python3 -m http.server -d dist/www)"
  printf '    wasm size: %d bytes raw (%d KiB), %d bytes gzipped (%d KiB)\n' "$raw" $((raw / 1024)) "$gz" $((gz / 1024))
  end_step
}

# ---------------------------------------------------------------------------------------------
# checks and tests
lint() {
  step "check: cargo fmt --check"
  cargo fmt --all -- --check

  step "check: cargo clippy --all-targets (native, with the bench feature's bare pass) -D warnings"
  cargo clippy --all-targets --features bench -- -D warnings

  step "check: cargo clippy (wasm32, feature wasm) -D warnings"
  cargo clippy --target wasm32-unknown-unknown "${WASM_FEATURES[@]}" --lib --tests -- -D warnings
  cargo clippy --target wasm32-unknown-unknown --no-default-features --features wasm,bench --lib -- -D warnings

  step "check: only src/wasm.rs names wasm_bindgen/js_sys/web_sys"
  local offenders
  offenders=$(grep -rlE '\b(wasm_bindgen|js_sys|web_sys)\b' src --include='*.rs' | grep -v '^src/wasm\(\.rs\|/\)' || true)
  if [ -n "$offenders" ]; then
    echo "the JS binding leaked out of src/wasm.rs into: $offenders" >&2
    false
  fi
  note "ok"

  step "check: the fuzz target compiles (fuzz/, cargo fuzz layout)"
  cargo check --manifest-path fuzz/Cargo.toml --quiet
  note "ok (run it: cargo +nightly fuzz run clean; see DEVELOPING.md)"

  step "check: JavaScript lint (eslint)"
  local dirs=() d
  for d in extension www tests/e2e tests/js bench; do [ -d "$d" ] && dirs+=("$d"); done
  eslint --max-warnings=0 "${dirs[@]}"
  note "ok"

  step "check: JavaScript types (tsc --noEmit, tsconfig.json: extension/ and www/)"
  tsc --noEmit -p tsconfig.json
  note "ok"
  end_step
}

test_js() {
  step "test: JavaScript units, no browser (node --test tests/js/*.test.mjs)"
  local files
  mapfile -t files < <(find tests/js -maxdepth 1 -name '*.test.mjs' | sort)
  node --test "${files[@]}"
  end_step
}

test_native() {
  step "test: cargo test (native: unit, tests/it, doc tests)"
  cargo test
  end_step
}

test_wasm() {
  step "test: wasm-pack test --node (tests/web.rs)"
  wasm-pack test --node --mode no-install -- "${WASM_FEATURES[@]}" --test web

  step "test: wasm-pack test --headless --chrome (tests/web_browser.rs)"
  browser_versions
  # NOTE: explicit chromedriver: with geckodriver on PATH the runner would otherwise pick Firefox.
  wasm-pack test --headless --chrome --chromedriver "$CHROMEDRIVER" --mode no-install -- \
    "${WASM_FEATURES[@]}" --test web_browser
  end_step
}

# The browsers and drivers the tests run on: the registry's versions move, both ways.
browser_versions() {
  note "$("$CHROMIUM" --version 2>/dev/null | tr -s ' ' || echo 'chromium: missing')"
  note "$("$CHROMEDRIVER" --version 2>/dev/null | awk '{print $1, $2}' || echo 'chromedriver: missing')"
  note "$( (firefox-esr --version || firefox --version) 2>/dev/null || echo 'firefox: missing')"
  note "$(geckodriver --version 2>/dev/null | head -n1 || echo 'geckodriver: missing')"
}

test_e2e() {
  step "test: browser end-to-end (node --test tests/e2e/*.test.mjs)"
  browser_versions
  mkdir -p tests/e2e/out
  local files
  mapfile -t files < <(find tests/e2e -maxdepth 1 -name '*.test.mjs' | sort)
  note "${files[*]}"
  node --test --test-concurrency=1 "${files[@]}"
  end_step
}

# ./build.sh test [lint|native|wasm|e2e ...]: all groups by default, in this order.
test_all() {
  local groups=("$@")
  [ "${#groups[@]}" -gt 0 ] || groups=(lint js native wasm e2e)
  local g
  for g in "${groups[@]}"; do
    case "$g" in
      lint) lint ;;
      js) test_js ;;
      native) test_native ;;
      wasm) test_wasm ;;
      e2e) test_e2e ;;
      *)
        echo "unknown test group: $g (lint, js, native, wasm, e2e)" >&2
        return 2
        ;;
    esac
  done
}

quality() {
  step "quality: cargo run --release --example quality"
  cargo run --release --example quality -- "$@"
  end_step
}

# ./build.sh bench [bench|scaling|dedupe_bench|peers|browser ...]: the benchmarks (all by default).
bench() {
  local names=("$@") ran=0 n
  [ "${#names[@]}" -gt 0 ] || names=(bench scaling dedupe_bench)
  for n in "${names[@]}"; do
    if [ -f "examples/$n.rs" ]; then
      step "bench: cargo run --release --features bench --example $n"
      cargo run --release --features bench --example "$n"
      ran=1
    fi
  done
  if [ "$#" = 0 ] || [[ " $* " == *" peers "* ]]; then
    step "bench: native clean() vs dom_smoothie on wcxb-dev training pages (bench/peers, its own crate)"
    CARGO_TARGET_DIR="$PWD/target/peers" cargo run --release --quiet --manifest-path bench/peers/Cargo.toml
    ran=1
  fi
  if [ "$#" = 0 ] || [[ " $* " == *" browser "* ]]; then
    setup
    # The browser benchmark times the bare lol_html pass too (countElements), which only a build
    # with the bench feature exports: dist/ holds that build until the next ./build.sh.
    WASM_FEATURES=(--no-default-features --features wasm,bench)
    build
    step "bench: node bench/browser.mjs (WASM vs Readability.js in Chromium, click-to-reader)"
    node bench/browser.mjs
    step "bench: node bench/firefox.mjs (click-to-reader in Firefox ESR, clean() in its WASM engine)"
    node bench/firefox.mjs
    ran=1
  fi
  [ "$ran" = 1 ] || note "no benchmarks found"
  end_step
}

# The tests and benchmarks start browsers through chromedriver, geckodriver and Playwright, and
# chromedriver leaves each session's ~35 MB profile behind (a known upstream behaviour, also
# geckodriver's when a session is cut short). They all write where TMPDIR says: one scratch
# directory per run, removed when the run ends, however it ends.
scratch_tmp() {
  TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/declutter-run.XXXXXX")"
  export TMPDIR
  trap 'rm -rf "$TMPDIR"' EXIT
}

cmd=${1:-build}
[ "$#" -gt 0 ] && shift
case "$cmd" in
  build) setup; build ;;
  setup) setup ;;
  test) setup; build; scratch_tmp; test_all "$@" ;;
  lint) setup; lint ;;
  quality) quality "$@" ;;
  bench) scratch_tmp; bench "$@" ;;
  -h | --help | help) sed -n "2,13p" "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    echo "unknown command: $cmd (try ./build.sh help)" >&2
    exit 2
    ;;
esac
printf '\n%s%s: done in %ds%s\n' "$GREEN" "$cmd" $((SECONDS - TOTAL_START)) "$RESET"
