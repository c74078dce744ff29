import Foundation

/// A bounded first-in first-out hand-over between two threads.
final class BoundedChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    private var head = 0
    private let capacity: Int
    private var cancelled = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Blocks while full; false when the consumer has gone.
    func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(element)
        condition.broadcast()
        return true
    }

    /// Blocks while empty.
    func take() -> Element {
        condition.lock()
        defer { condition.unlock() }
        while queue.count == head { condition.wait() }
        let element = queue[head]
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// The consumer has gone: wakes and refuses the producer, drops what was queued.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
