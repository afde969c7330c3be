#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "ingest/byte_source.h"
#include "ingest/gzip_for_test.h"

namespace annalist::ingest {
namespace {

// Text that compresses, but not to nothing: numbered lines.
std::string Lines(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "line " + std::to_string(i * 7919 % 100003) + "\n";
  return s;
}

// Inflates `gz` fed `piece` bytes at a time, out in pieces of `max_out`.
std::string InflateInPieces(const std::string& gz, size_t piece, size_t max_out, Status* status) {
  Gunzip g;
  std::string out, pending;
  size_t at = 0;
  *status = Status::Ok();
  while (at < gz.size() || !pending.empty()) {
    if (at < gz.size()) {
      pending += gz.substr(at, piece);
      at += piece;
    }
    std::string_view in = pending;
    size_t before_in = in.size(), before_out = out.size();
    *status = g.Inflate(&in, &out, max_out);
    if (!status->ok()) return out;
    pending = std::string(in);
    if (at >= gz.size() && in.size() == before_in && out.size() == before_out) break;
  }
  *status = g.Finish(pending);
  return out;
}

TEST(Gunzip, Magic) {
  EXPECT_TRUE(Gunzip::HasMagic(GzipForTest("x")));
  EXPECT_FALSE(Gunzip::HasMagic("\x1F"));
  EXPECT_FALSE(Gunzip::HasMagic("{\"text\":1}"));
}

TEST(Gunzip, RoundTripInAnyPieces) {
  std::string data = Lines(20000);
  std::string gz = GzipForTest(data);
  ASSERT_LT(gz.size(), data.size());
  for (size_t piece : {1u, 7u, 4096u, 1u << 20}) {
    for (size_t max_out : {1u, 100u, 65536u}) {
      if (piece == 1 && max_out == 1) continue;  // slow, nothing new
      Status s;
      EXPECT_EQ(InflateInPieces(gz, piece, max_out, &s), data) << piece << " " << max_out;
      EXPECT_TRUE(s.ok()) << s.ToString();
    }
  }
}

TEST(Gunzip, ConcatenatedMembers) {
  std::string gz = GzipForTest("first\n") + GzipForTest("") + GzipForTest("second\n");
  Status s;
  EXPECT_EQ(InflateInPieces(gz, 3, 1000, &s), "first\nsecond\n");
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(Gunzip, CorruptDataFailsAfterTheGoodPart) {
  std::string data = Lines(50000);
  std::string gz = GzipForTest(data);
  // Flip bytes in the middle of the deflate stream.
  for (size_t i = gz.size() / 2; i < gz.size() / 2 + 64; ++i) gz[i] = static_cast<char>(~gz[i]);
  Status s;
  std::string out = InflateInPieces(gz, 4096, 4096, &s);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_LT(out.size(), data.size());
  // What came out before the damaged region is the data. (Bytes inflated
  // from the damaged region itself may be wrong before zlib notices.)
  ASSERT_GT(out.size(), data.size() / 4);
  EXPECT_EQ(data.compare(0, data.size() / 4, out, 0, data.size() / 4), 0);
}

TEST(Gunzip, TruncatedAndTrailingBytes) {
  std::string gz = GzipForTest(Lines(1000));
  Status s;
  InflateInPieces(gz.substr(0, gz.size() - 10), 512, 512, &s);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "truncated gzip data");
  InflateInPieces(gz + "garbage", 512, 512, &s);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "bytes after the gzip data start no gzip member");
}

TEST(ByteSource, DecompressesByMagicWhateverTheName) {
  std::string data = Lines(30000);
  auto src = ByteSource::FromString(GzipForTest(data));
  std::string line, all;
  bool truncated = false;
  while (src->ReadLine(&line, 1 << 20, &truncated)) all += line + "\n";
  EXPECT_EQ(all, data);
  EXPECT_TRUE(src->compressed());
  EXPECT_TRUE(src->error().empty()) << src->error();
  EXPECT_EQ(src->offset(), data.size());
  EXPECT_EQ(src->input_offset(), GzipForTest(data).size());
}

TEST(ByteSource, TruncatedGzipNamesTheByte) {
  std::string data = Lines(30000);
  std::string gz = GzipForTest(data);
  auto src = ByteSource::FromString(gz.substr(0, gz.size() / 2));
  std::string out;
  bool truncated = false;
  src->ReadAll(&out, 1 << 30, &truncated);
  EXPECT_GT(out.size(), 0u);
  EXPECT_EQ(data.compare(0, out.size(), out), 0);
  EXPECT_TRUE(src->data_error());
  EXPECT_EQ(src->error(), "truncated gzip data: the input ends at byte " +
                              std::to_string(gz.size() / 2) + " inside a compressed member");
}

}  // namespace
}  // namespace annalist::ingest
