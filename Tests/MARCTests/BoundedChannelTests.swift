import Foundation
import Synchronization
import Testing
@testable import MARC

@Suite struct BoundedChannelTests {
    final class Tracked: Sendable {
        static let alive = Atomic<Int>(0)
        init() { Tracked.alive.add(1, ordering: .relaxed) }
        deinit { Tracked.alive.subtract(1, ordering: .relaxed) }
    }

    /// With a consumer that never lets the queue run empty, taken elements must still be released at once:
    /// memory stays bounded by the capacity, not by how many elements have passed.
    @Test func takenElementsAreReleasedEvenWhenTheQueueNeverEmpties() {
        let channel = BoundedChannel<Tracked>(capacity: 4)
        for _ in 0..<4 { _ = channel.put(Tracked()) }
        var mostAlive = 0
        for _ in 0..<1_000 {
            _ = channel.take()
            _ = channel.put(Tracked())
            mostAlive = max(mostAlive, Tracked.alive.load(ordering: .relaxed))
        }
        #expect(mostAlive <= 5)
        channel.cancel()
        #expect(Tracked.alive.load(ordering: .relaxed) == 0)
    }
}
