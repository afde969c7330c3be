// Runs  producer -> N workers -> consumer  with bounded memory, delivering
// results to the consumer in input order.
//
//   produce(In*)           on a dedicated reader thread; returns false at end
//   work(In&&, Out*)       on each of `threads` workers, via a per-worker
//                          callable made by make_worker() (so each worker
//                          owns its scratch buffers)
//   consume(Out&&)         on the calling thread, strictly in input order
//
// At most `window` items are in flight between the reader and the consumer,
// whatever the input size: the reader blocks on a full queue and a worker
// that finishes far ahead of the oldest unfinished item waits before
// publishing. That is what keeps memory flat. If consume returns false the
// run stops early: the reader is told to stop and the workers drain.
//
// Hand-offs go by runs when items are waiting: a worker takes its share of
// the queued items (at most kMaxTake) and publishes their results under one
// lock, and the consumer takes every result that is next in order at once.
// Small items (one sentence) then cost a few thread wake-ups per run rather
// than per item; an item that arrives alone still goes through at once.
#ifndef ANNALIST_PIPELINE_ORDERED_PIPELINE_H_
#define ANNALIST_PIPELINE_ORDERED_PIPELINE_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "pipeline/bounded_queue.h"

namespace annalist {

template <typename In, typename Out>
class OrderedPipeline {
 public:
  using Producer = std::function<bool(In*)>;
  using Worker = std::function<void(In&&, Out*)>;
  using WorkerFactory = std::function<Worker()>;
  using Consumer = std::function<bool(Out&&)>;

  OrderedPipeline(int threads, size_t window)
      : threads_(threads < 1 ? 1 : threads), window_(window < 2 ? 2 : window) {}

  void Run(const Producer& produce, const WorkerFactory& make_worker,
           const Consumer& consume) {
    BoundedQueue<std::pair<uint64_t, In>> input(window_);
    std::atomic<bool> stop{false};

    std::thread reader([&] {
      uint64_t seq = 0;
      for (;;) {
        if (stop.load(std::memory_order_relaxed)) break;
        In item;
        if (!produce(&item)) break;
        if (!input.Push({seq++, std::move(item)})) break;
      }
      input.Close();
    });

    std::vector<std::thread> workers;
    workers.reserve(threads_);
    std::atomic<int> live{threads_};
    for (int i = 0; i < threads_; ++i) {
      workers.emplace_back([&, worker = make_worker()]() mutable {
        std::vector<std::pair<uint64_t, In>> jobs;
        std::vector<Out> outs;
        while (input.PopSome(&jobs, kMaxTake, threads_)) {
          outs.clear();
          outs.resize(jobs.size());
          for (size_t j = 0; j < jobs.size(); ++j) {
            if (!stop.load(std::memory_order_relaxed)) {
              worker(std::move(jobs[j].second), &outs[j]);
            }
          }
          std::unique_lock<std::mutex> lock(mu_);
          for (size_t j = 0; j < jobs.size(); ++j) {
            // Wait while far ahead of the consumer (the oldest item never
            // waits); what is published so far is announced first.
            const uint64_t seq = jobs[j].first;
            if (seq >= next_ + window_) {
              if (j > 0) ready_.notify_one();
              space_.wait(lock, [&] { return seq < next_ + window_; });
            }
            done_.emplace(seq, std::move(outs[j]));
          }
          ready_.notify_one();
        }
        std::lock_guard<std::mutex> lock(mu_);
        if (--live == 0) ready_.notify_all();
      });
    }

    std::vector<Out> ready;
    for (;;) {
      ready.clear();
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [&] {
          return (!done_.empty() && done_.begin()->first == next_) ||
                 live.load() == 0;
        });
        while (!done_.empty() && done_.begin()->first == next_) {
          ready.push_back(std::move(done_.begin()->second));
          done_.erase(done_.begin());
          ++next_;
        }
        if (ready.empty()) break;  // all done
        space_.notify_all();
      }
      for (Out& out : ready) {
        if (!stop.load(std::memory_order_relaxed) && !consume(std::move(out))) {
          stop.store(true);
          input.Close();
        }
      }
    }
    reader.join();
    for (auto& t : workers) t.join();
  }

 private:
  static constexpr size_t kMaxTake = 32;  // items a worker takes at once
  const int threads_;
  const size_t window_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::condition_variable space_;
  std::map<uint64_t, Out> done_;
  uint64_t next_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_PIPELINE_ORDERED_PIPELINE_H_
