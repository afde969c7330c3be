#include "pipeline/ordered_pipeline.h"

#include <chrono>
#include <random>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace annalist {
namespace {

TEST(OrderedPipelineTest, OutputInInputOrderDespiteUnevenWork) {
  for (int threads : {1, 2, 4}) {
    OrderedPipeline<int, int> p(threads, 8);
    int next = 0;
    std::vector<int> got;
    p.Run([&](int* v) {
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
  p.Run([&](int* v) {
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

}  // namespace
}  // namespace annalist
