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
// The window is bounded in bytes as well: with `max_bytes` set, the reader
// does not read the next item while the items read but not yet consumed
// weigh `max_bytes` or more (as `cost` counts them). So at most `max_bytes`
// plus one item are in flight, and a single huge document goes alone. Set `idle` to have the
// consumer's thread called every `idle_period` while it waits for the next result (an ingest
// commits its open batch there when the input stalls).
//
// Hand-offs go by runs when items are waiting: a worker takes its share of
// the queued items (at most kMaxTake) and publishes their results under one
// lock, and the consumer takes every result that is next in order at once.
// Small items (one sentence) then cost a few thread wake-ups per run rather
// than per item; an item that arrives alone still goes through at once.
#ifndef ANNALIST_PIPELINE_ORDERED_PIPELINE_H_
#define ANNALIST_PIPELINE_ORDERED_PIPELINE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
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
  using Cost = std::function<size_t(const In&)>;

  OrderedPipeline(int threads, size_t window)
      : threads_(threads < 1 ? 1 : threads), window_(window < 2 ? 2 : window) {}

  // Bounds the items in flight by their total `cost` too (see above).
  void LimitBytes(size_t max_bytes, Cost cost) {
    max_bytes_ = max_bytes;
    cost_ = std::move(cost);
  }
  // Calls `idle` on the consumer's thread every `period` it waits.
  void SetIdle(std::chrono::milliseconds period, std::function<bool()> idle) {
    idle_period_ = period;
    idle_ = std::move(idle);
  }

  void Run(const Producer& produce, const WorkerFactory& make_worker, const Consumer& consume) {
    BoundedQueue<std::pair<uint64_t, In>> input(window_);
    std::atomic<bool> stop{false};

    std::thread reader([&] {
      uint64_t seq = 0;
      for (;;) {
        if (stop.load(std::memory_order_relaxed)) break;
        if (cost_) {
          // Waits for room before reading, so a huge item is not read
          // while another is still in flight.
          std::unique_lock<std::mutex> lock(bytes_mu_);
          bytes_room_.wait(lock, [&] {
            return in_flight_bytes_ == 0 || in_flight_bytes_ < max_bytes_ ||
                   stop.load(std::memory_order_relaxed);
          });
        }
        In item;
        if (!produce(&item)) break;
        if (cost_) {
          const size_t c = cost_(item);
          std::lock_guard<std::mutex> lock(bytes_mu_);
          in_flight_bytes_ += c;
          costs_.push_back(c);
        }
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
        auto has_next = [&] {
          return (!done_.empty() && done_.begin()->first == next_) || live.load() == 0;
        };
        if (idle_) {
          while (!ready_.wait_for(lock, idle_period_, has_next)) {
            lock.unlock();
            if (!stop.load(std::memory_order_relaxed) && !idle_()) {
              stop.store(true);
              input.Close();
              ReleaseBytes(~size_t{0});
            }
            lock.lock();
          }
        } else {
          ready_.wait(lock, has_next);
        }
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
          ReleaseBytes(~size_t{0});
        }
        out = Out();  // its memory goes now, before the reader is let on
        if (cost_) ReleaseBytes(1);
      }
    }
    reader.join();
    for (auto& t : workers) t.join();
  }

 private:
  // Forgets the cost of the `n` oldest items in flight (all of them for
  // ~0) and wakes the reader.
  void ReleaseBytes(size_t n) {
    {
      std::lock_guard<std::mutex> lock(bytes_mu_);
      for (; n > 0 && !costs_.empty(); --n) {
        in_flight_bytes_ -= costs_.front();
        costs_.pop_front();
      }
    }
    bytes_room_.notify_all();
  }

  static constexpr size_t kMaxTake = 32;  // items a worker takes at once
  const int threads_;
  const size_t window_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::condition_variable space_;
  std::map<uint64_t, Out> done_;
  uint64_t next_ = 0;

  size_t max_bytes_ = 0;
  Cost cost_;
  std::mutex bytes_mu_;
  std::condition_variable bytes_room_;
  size_t in_flight_bytes_ = 0;
  std::deque<size_t> costs_;  // of the items in flight, oldest first

  std::chrono::milliseconds idle_period_{1000};
  std::function<bool()> idle_;
};

}  // namespace annalist

#endif  // ANNALIST_PIPELINE_ORDERED_PIPELINE_H_
