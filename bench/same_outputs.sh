#!/bin/bash
# Whether two annalist binaries store the same thing: each ingests the
# shared corpora (Reuters-21578, BBC, PolNeAR) with the default profile, and
# the stored sentences, mentions and events (by document id and event id,
# without row numbers) are compared. Prints "same" or "DIFFERENT" per corpus
# and table and exits 1 on any difference; the dumps stay in OUTDIR.
#   bench/same_outputs.sh OLD_BINARY NEW_BINARY [OUTDIR]
# For structural changes, which must keep these byte-identical.
set -euo pipefail
old=$1 new=$2
out=${3:-$(mktemp -d)}
shared=${ANNALIST_SHARED_DATA:-$(dirname "$0")/../../shared/data}
corpus=$shared/corpus
if [ ! -d "$corpus" ]; then
  echo "same_outputs: skipped: $corpus is absent"
  exit 0
fi
mkdir -p "$out"
status=0
for name in reuters21578 bbc polnear; do
  case $name in
    polnear) inputs=("$corpus/polnear/train/text" "$corpus/polnear/dev/text" "$corpus/polnear/test/text") ;;
    *) inputs=("$corpus/$name") ;;
  esac
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    db=$out/$name-$which.db
    rm -f "$db" "$db-wal" "$db-shm"
    "$bin" ingest -q --db "$db" "${inputs[@]}" >/dev/null 2>&1
    sqlite3 "$db" "SELECT d.id, s.idx, s.span_begin, s.span_end, s.furniture
                   FROM sentences s JOIN documents d USING (doc_key) ORDER BY 1, 2" \
      >"$out/$name-$which.sentences"
    sqlite3 "$db" "SELECT d.id, m.span_begin, m.span_end, m.kind, m.value, m.sentence
                   FROM mentions m JOIN documents d USING (doc_key) ORDER BY 1, 2, 3, 4" \
      >"$out/$name-$which.mentions"
    # Every column but the row number event_key.
    sqlite3 "$db" "SELECT * FROM events ORDER BY id" | cut -d'|' -f2- >"$out/$name-$which.events"
    rm -f "$db" "$db-wal" "$db-shm"
  done
  for table in sentences mentions events; do
    if cmp -s "$out/$name-old.$table" "$out/$name-new.$table"; then
      echo "$name $table: same ($(wc -l <"$out/$name-new.$table") lines)"
    else
      echo "$name $table: DIFFERENT (diff $out/$name-old.$table $out/$name-new.$table)"
      status=1
    fi
  done
done
exit $status
