// The coding profile an archive records, and re-coding stored documents:
// replacing one document's events and actor/agent mentions at a time.
#include <set>
#include <string>
#include <vector>

#include "annalist/archive.h"
#include "archive/sqlite_archive.h"

namespace annalist::archive {

Result<ProfileState> SqliteArchive::Profile() {
  Result<Stmt*> stmt = Cached(
      "SELECT name, hash, pending_name, pending_hash FROM profile "
      "WHERE slot = 1");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  Result<bool> row = (*stmt)->Step();
  if (!row.ok()) return row.status();
  ProfileState state;
  if (*row) {
    state.current = {(*stmt)->Text(0), (*stmt)->Text(1)};
    state.pending = {(*stmt)->Text(2), (*stmt)->Text(3)};
  }
  return state;
}

Status SqliteArchive::WriteProfileRow(const ProfileState& state) {
  Result<Stmt*> stmt = Cached(
      "INSERT INTO profile(slot, name, hash, pending_name, pending_hash) "
      "VALUES(1, ?1, ?2, ?3, ?4) ON CONFLICT(slot) DO UPDATE SET "
      "name = excluded.name, hash = excluded.hash, "
      "pending_name = excluded.pending_name, "
      "pending_hash = excluded.pending_hash, "
      "recorded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, state.current.name);
  (*stmt)->Bind(2, state.current.hash);
  (*stmt)->Bind(3, state.pending.name);
  (*stmt)->Bind(4, state.pending.hash);
  return (*stmt)->Run();
}

Status SqliteArchive::SetProfile(const ArchiveProfile& profile) {
  ANNALIST_RETURN_IF_ERROR(BeginIfNeeded());
  Result<ProfileState> state = Profile();
  if (!state.ok()) return state.status();
  state->current = profile;
  ANNALIST_RETURN_IF_ERROR(WriteProfileRow(*state));
  coded_with_ = profile.hash;
  return Status::Ok();
}

Status SqliteArchive::BeginRecode(const ArchiveProfile& profile) {
  if (profile.empty()) {
    return Status::InvalidArgument("recode needs a profile with a hash");
  }
  ANNALIST_RETURN_IF_ERROR(BeginIfNeeded());
  Result<ProfileState> state = Profile();
  if (!state.ok()) return state.status();
  state->pending = profile;
  ANNALIST_RETURN_IF_ERROR(WriteProfileRow(*state));
  return Commit();
}

Status SqliteArchive::FinishRecode() {
  Result<ProfileState> state = Profile();
  if (!state.ok()) return state.status();
  if (state->pending.empty()) {
    return Status::InvalidArgument(path() + ": no recode is under way");
  }
  Result<uint64_t> left = CountNotCodedWith(state->pending.hash);
  if (!left.ok()) return left.status();
  if (*left != 0) {
    return Status::InvalidArgument(path() + ": " + std::to_string(*left) +
                                   " documents are not yet coded with " + state->pending.name);
  }
  ANNALIST_RETURN_IF_ERROR(BeginIfNeeded());
  state->current = state->pending;
  state->pending = {};
  ANNALIST_RETURN_IF_ERROR(WriteProfileRow(*state));
  coded_with_ = state->current.hash;
  return Commit();
}

Status SqliteArchive::Recode(const std::string& doc_id, const std::vector<Event>& events,
                             const std::vector<Mention>& mentions,
                             const std::string& profile_hash) {
  for (const Event& e : events) {
    if (!e.doc_id.empty() && e.doc_id != doc_id) {
      return Status::InvalidArgument("event of document '" + e.doc_id +
                                     "' recoded with document '" + doc_id + "'");
    }
  }
  {
    // Two events with one id would fail halfway through the writes.
    std::set<std::string> ids;
    for (const Event& e : events) {
      if (e.id.empty()) {
        return Status::InvalidArgument("document " + doc_id +
                                       ": an event has no id (events come from ProcessDocument)");
      }
      if (!ids.insert(e.id).second) {
        return Status::InvalidArgument("two events of document '" + doc_id + "' have the id " +
                                       e.id);
      }
    }
  }
  ANNALIST_RETURN_IF_ERROR(BeginIfNeeded());
  Result<Stmt*> key = Cached("SELECT doc_key FROM documents WHERE id = ?1");
  if (!key.ok()) return key.status();
  int64_t doc_key = 0;
  {
    ResetOnExit reset(*key);
    (*key)->Bind(1, doc_id);
    Result<bool> row = (*key)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no document " + doc_id);
    doc_key = (*key)->Int(0);
  }
  // No savepoint per document: the steps below fail only when SQLite
  // itself does (a full disk, an I/O error), and then the open batch is
  // rolled back as a whole, so the document is never left half re-coded
  // (its coded_with is unchanged and a rerun codes it again).
  auto fail = [this](Status st) {
    insert_event_.Reset();
    insert_mention_set_.Reset();
    (void)Rollback();
    return Status(st.code(), st.message() + " (the open batch was rolled back)");
  };
  // The document's mentions of the other stages stay; the coder's (actors
  // and agents) are replaced by the new ones. All go back as one row.
  Document kept;
  Status st = ReadMentions(doc_key, &kept);
  if (!st.ok()) return fail(st);
  std::erase_if(kept.mentions, [](const Mention& m) {
    return m.kind == MentionKind::kActor || m.kind == MentionKind::kAgent;
  });
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kActor || m.kind == MentionKind::kAgent) kept.mentions.push_back(m);
  }
  struct Step {
    const char* sql;
    bool by_key;
  };
  for (const Step& step : {Step{"DELETE FROM events WHERE doc_id = ?1", false},
                           Step{"DELETE FROM mention_sets WHERE doc_key = ?1", true}}) {
    Result<Stmt*> stmt = Cached(step.sql);
    if (!stmt.ok()) return fail(stmt.status());
    ResetOnExit reset(*stmt);
    if (step.by_key) {
      (*stmt)->Bind(1, doc_key);
    } else {
      (*stmt)->Bind(1, doc_id);
    }
    st = (*stmt)->Run();
    if (!st.ok()) return fail(st);
  }
  st = InsertEvents(doc_id, events);
  if (!st.ok()) return fail(st);
  st = InsertMentions(doc_key, 0, kept.mentions);
  if (!st.ok()) return fail(st);
  {
    Result<Stmt*> mark = Cached("UPDATE documents SET coded_with = ?2 WHERE doc_key = ?1");
    if (!mark.ok()) return fail(mark.status());
    ResetOnExit reset(*mark);
    (*mark)->Bind(1, doc_key);
    (*mark)->BindTextOrNull(2, profile_hash);
    st = (*mark)->Run();
    if (!st.ok()) return fail(st);
  }
  return Status::Ok();
}

Result<std::vector<std::string>> SqliteArchive::ActorCodes() {
  // Both columns are indexed, so each DISTINCT is a walk of one index.
  Result<Stmt*> stmt = Cached(
      "SELECT source_code FROM events WHERE source_code IS NOT NULL "
      "AND source_code != '' UNION "
      "SELECT target_code FROM events WHERE target_code IS NOT NULL "
      "AND target_code != '' ORDER BY 1");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  std::vector<std::string> codes;
  for (;;) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return codes;
    codes.push_back((*stmt)->Text(0));
  }
}

}  // namespace annalist::archive
