#!/usr/bin/env bash
# Installs the dependencies (idempotent) and builds annalist with a CMake
# preset into build/<preset>.
#   scripts/build.sh [PRESET [TARGET...]]   (default: release, everything)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true
scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
if (($# > 0)); then
  cmake --build --preset "$preset" --target "$@" -- -j"$(nproc)"
else
  cmake --build --preset "$preset" -- -j"$(nproc)"
fi
