import Foundation

/// A bounded first-in first-out hand-over between two threads. The consumer may also give elements back, to
/// be released on the producer's thread (see `PrefetchingReader`).
final class BoundedChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    /// Elements the consumer has finished with, released by the producer's next `put`.
    private var returned: [Element] = []
    private let capacity: Int
    private var cancelled = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Blocks while full; false when the consumer has gone.
    func put(_ element: Element) -> Bool {
        var finished: [Element] = []
        condition.lock()
        while queue.count >= capacity && !cancelled { condition.wait() }
        let accepted = !cancelled
        if accepted {
            queue.append(element)
            condition.broadcast()
        }
        swap(&finished, &returned)
        condition.unlock()
        // `finished` is released here, outside the lock, on the producer's thread.
        return accepted
    }

    /// Hands an element the consumer is done with back to the producer's thread.
    func giveBack(_ element: Element) {
        condition.lock()
        if !cancelled { returned.append(element) }
        condition.unlock()
    }

    /// Blocks while empty.
    func take() -> Element {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        // removeFirst, not a moving head index: a taken element must be released now, and with the queue
        // never quite empty (a slow consumer) a head index would keep every element ever taken. At most
        // `capacity` elements move.
        let element = queue.removeFirst()
        condition.broadcast()
        return element
    }

    /// The consumer has gone: wakes and refuses the producer, drops what was queued.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        returned.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
