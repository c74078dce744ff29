import Foundation

/// Runs another reader on a second thread, a few batches ahead, so that decoding one record and writing the
/// previous one use both cores. Results come out in the same order; memory stays bounded by `depth` batches.
///
/// Batches the consumer is done with go back to the reading thread, which frees them the next time it hands
/// one over. Records are allocated on that thread: freeing them on the consumer's would make every `free`
/// lock the reader's malloc arena while the reader allocates from it, and that contention cost more than
/// the freeing itself.
public final class PrefetchingReader: RecordReader {
    private let channel: BatchChannel
    private var current: [RecordResult] = []
    private var index = 0
    private var finished = false

    public init(_ base: any RecordReader, batchSize: Int = 256, depth: Int = 4) {
        channel = BatchChannel(capacity: depth)
        let producer = Producer(reader: base, channel: channel, batchSize: batchSize)
        let thread = Thread { producer.run() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit { channel.cancel() }

    public func next() throws -> RecordResult? {
        while index == current.count {
            if finished { return nil }
            switch channel.take() {
            case .batch(let batch):
                channel.giveBack(current)
                current = batch
                index = 0
            case .failed(let error):
                finished = true
                throw error
            case .end:
                finished = true
                return nil
            }
        }
        defer { index += 1 }
        return current[index]
    }
}

private enum Delivery {
    case batch([RecordResult])
    case failed(any Error)
    case end
}

/// The reading side: fills batches and hands them over until the input ends, fails or the consumer goes away.
private final class Producer: @unchecked Sendable {
    var reader: any RecordReader
    let channel: BatchChannel
    let batchSize: Int

    init(reader: any RecordReader, channel: BatchChannel, batchSize: Int) {
        self.reader = reader
        self.channel = channel
        self.batchSize = batchSize
    }

    func run() {
        var batch: [RecordResult] = []
        batch.reserveCapacity(batchSize)
        do {
            while let result = try reader.next() {
                batch.append(result)
                if batch.count == batchSize {
                    guard channel.put(.batch(batch)) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty, !channel.put(.batch(batch)) { return }
            _ = channel.put(.end)
        } catch {
            if !batch.isEmpty, !channel.put(.batch(batch)) { return }
            _ = channel.put(.failed(error))
        }
    }
}

/// A bounded first-in first-out hand-over between two threads.
private final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Delivery] = []
    /// Batches the consumer has finished with, for the producer to free.
    private var returned: [[RecordResult]] = []
    private let capacity: Int
    private var cancelled = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Blocks while full; false when the consumer has gone.
    func put(_ delivery: Delivery) -> Bool {
        var finished: [[RecordResult]] = []
        condition.lock()
        while queue.count >= capacity && !cancelled { condition.wait() }
        let accepted = !cancelled
        if accepted {
            queue.append(delivery)
            condition.broadcast()
        }
        swap(&finished, &returned)
        condition.unlock()
        // `finished` is released here, outside the lock, on the producer's thread.
        return accepted
    }

    /// Hands a batch the consumer is done with back to the producer.
    func giveBack(_ batch: [RecordResult]) {
        guard !batch.isEmpty else { return }
        condition.lock()
        if !cancelled { returned.append(batch) }
        condition.unlock()
    }

    func take() -> Delivery {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        let delivery = queue.removeFirst()
        condition.broadcast()
        return delivery
    }

    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        returned.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
