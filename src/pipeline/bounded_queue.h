// A bounded multi-producer, multi-consumer FIFO queue. Push blocks while the
// queue is full, Pop blocks while it is empty; Close wakes everyone and makes
// Pop return false once the queue has drained. This bound is what keeps the
// ingest pipeline's memory flat whatever the corpus size.
//
// Thread-safe: every method may be called from any thread.
#ifndef ANNALIST_PIPELINE_BOUNDED_QUEUE_H_
#define ANNALIST_PIPELINE_BOUNDED_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

namespace annalist {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity ? capacity : 1) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Returns false (and drops `item`) when the queue was closed.
  bool Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Returns false when the queue is closed and empty.
  bool Pop(T* item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return false;
    *item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }

  // Pop for several items at once: waits while the queue is empty, then
  // moves up to max(1, min(max, size / share)) items to *items (cleared
  // first), so that `share` consumers taking turns each get some. Returns
  // false when the queue is closed and empty.
  bool PopSome(std::vector<T>* items, size_t max, size_t share) {
    items->clear();
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return false;
    size_t n = items_.size() / (share ? share : 1);
    n = n < 1 ? 1 : n > max ? max : n;
    for (size_t i = 0; i < n; ++i) {
      items->push_back(std::move(items_.front()));
      items_.pop_front();
    }
    if (n == 1) {
      not_full_.notify_one();
    } else {
      not_full_.notify_all();
    }
    return true;
  }

  // No more pushes; pops drain what is left.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace annalist

#endif  // ANNALIST_PIPELINE_BOUNDED_QUEUE_H_
