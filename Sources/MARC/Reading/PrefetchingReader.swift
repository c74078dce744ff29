import Foundation

/// Runs another reader on a second thread, a few batches ahead, so that decoding one record and writing the
/// previous one use both cores. Results come out in the same order; memory stays bounded by `depth` batches.
///
/// Batches the consumer is done with go back to the reading thread, which frees them the next time it hands
/// one over. Records are allocated on that thread: freeing them on the consumer's would make every `free`
/// lock the reader's malloc arena while the reader allocates from it, and that contention cost more than
/// the freeing itself.
public final class PrefetchingReader: RecordReader {
    private let channel: BoundedChannel<Delivery>
    private var current: [RecordResult] = []
    private var index = 0
    private var finished = false

    public init(_ base: any RecordReader, batchSize: Int = 256, depth: Int = 4) {
        channel = BoundedChannel<Delivery>(capacity: depth)
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
                if !current.isEmpty { channel.giveBack(.batch(current)) }
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
    let channel: BoundedChannel<Delivery>
    let batchSize: Int

    init(reader: any RecordReader, channel: BoundedChannel<Delivery>, batchSize: Int) {
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
