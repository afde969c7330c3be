#include "pipeline/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

namespace annalist {
namespace {

TEST(OrderedPipelineTest, OutputInInputOrderDespiteUnevenWork) {
  for (int threads : {1, 2, 4}) {
    OrderedPipeline<int, int> p(threads, 8);
    int next = 0;
    std::vector<int> got;
    p.Run(
        [&](int* v) {
          if (next == 500) return false;
          *v = next++;
          return true;
        },
        [] {
          std::mt19937 rng(42);
          return OrderedPipeline<int, int>::Worker([rng](int&& in, int* out) mutable {
            if (rng() % 10 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
            *out = in * 2;
          });
        },
        [&](int&& out) {
          got.push_back(out);
          return true;
        });
    ASSERT_EQ(got.size(), 500u) << threads;
    for (int i = 0; i < 500; ++i) ASSERT_EQ(got[i], 2 * i);
  }
}

TEST(OrderedPipelineTest, ConsumerCanStopEarly) {
  OrderedPipeline<int, int> p(2, 4);
  int next = 0;
  int consumed = 0;
  p.Run(
      [&](int* v) {
        *v = next++;
        return true;  // endless input: only the consumer can stop it
      },
      [] { return OrderedPipeline<int, int>::Worker([](int&& in, int* out) { *out = in; }); },
      [&](int&&) { return ++consumed < 100; });
  EXPECT_EQ(consumed, 100);
}

TEST(OrderedPipelineTest, EmptyInput) {
  OrderedPipeline<int, int> p(2, 4);
  int consumed = 0;
  p.Run([](int*) { return false; },
        [] { return OrderedPipeline<int, int>::Worker([](int&&, int*) {}); },
        [&](int&&) { return ++consumed > 0; });
  EXPECT_EQ(consumed, 0);
}

TEST(OrderedPipelineTest, BytesInFlightStayUnderTheLimitAndAHugeItemPassesAlone) {
  // Items are sizes; one of 10,000 is far over the limit and must go alone.
  OrderedPipeline<std::vector<char>, size_t> p(2, 64);
  std::atomic<size_t> in_flight{0};
  size_t peak = 0;
  p.LimitBytes(1000, [](const std::vector<char>& v) { return v.size(); });
  int next = 0;
  std::vector<size_t> got;
  p.Run(
      [&](std::vector<char>* v) {
        if (next == 200) return false;
        v->assign(next == 100 ? 10000 : 100, 'x');
        ++next;
        peak = std::max(peak, in_flight += v->size());
        return true;
      },
      [] {
        return OrderedPipeline<std::vector<char>, size_t>::Worker(
            [](std::vector<char>&& in, size_t* out) { *out = in.size(); });
      },
      [&](size_t&& n) {
        got.push_back(n);
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        in_flight -= n;
        return true;
      });
  ASSERT_EQ(got.size(), 200u);
  EXPECT_EQ(got[100], 10000u);
  // The reader reads only while under the limit: the limit plus one item
  // is the most there can be.
  EXPECT_LE(peak, 1000u + 10000u);
  EXPECT_GT(peak, 0u);
}

TEST(OrderedPipelineTest, AByteLimitOfZeroStillLetsItemsThroughOneByOne) {
  OrderedPipeline<int, int> p(2, 8);
  p.LimitBytes(0, [](const int&) { return size_t{1}; });
  int next = 0, got = 0;
  p.Run(
      [&](int* v) {
        *v = next;
        return next++ < 50;
      },
      [] { return OrderedPipeline<int, int>::Worker([](int&& in, int* out) { *out = in; }); },
      [&](int&& v) { return v == got++; });
  EXPECT_EQ(got, 50);
}

TEST(OrderedPipelineTest, IdleIsCalledWhileTheProducerStalls) {
  OrderedPipeline<int, int> p(1, 8);
  std::atomic<int> idle_calls{0};
  int idle_before_second = -1;
  p.SetIdle(std::chrono::milliseconds(20), [&] {
    ++idle_calls;
    return true;
  });
  int next = 0;
  p.Run(
      [&](int* v) {
        if (next == 2) return false;
        if (next == 1) std::this_thread::sleep_for(std::chrono::milliseconds(300));
        *v = next++;
        return true;
      },
      [] { return OrderedPipeline<int, int>::Worker([](int&& in, int* out) { *out = in; }); },
      [&](int&& v) {
        if (v == 1) idle_before_second = idle_calls.load();
        return true;
      });
  // The consumer woke several times during the 300 ms stall.
  EXPECT_GE(idle_before_second, 3);
}

}  // namespace
}  // namespace annalist
