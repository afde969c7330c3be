#!/bin/bash
# Alternates two annalist binaries on one corpus, ingest with coding on one
# thread, twice each, printing each summary line and peak RSS:
#   bench/compare_ingest.sh OLD_BINARY NEW_BINARY [CORPUS_DIR]
set -euo pipefail
old=$1 new=$2
corpus=${3:-$(dirname "$0")/../../shared/data/corpus/reuters21578}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in 1 2; do
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    rm -f "$tmp"/a.db*
    /usr/bin/time -f "$which peak_rss=%MkB wall=%es" "$bin" ingest -q --threads 1 \
      --db "$tmp/a.db" "$corpus" 2>&1
  done
done
