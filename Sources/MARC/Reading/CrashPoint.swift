#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// For the crash-safety tests only: `SAMKAT_CRASH_AT=<point>:<n>` in the environment makes the process kill
/// itself with SIGKILL the n-th time it passes `point` (`ingest-row`, `dedupe-pair`, `dedupe-cluster`,
/// `emit-record`, `output-close`), so a test can stop any stage at a chosen place, with no timers, and check
/// that a re-run gives exactly what an uninterrupted run gives. Without the variable, passing a point costs
/// one comparison.
public enum CrashPoint {
    private nonisolated(unsafe) static var target: (point: String, count: Int)? = {
        guard let value = getenv("SAMKAT_CRASH_AT").map({ String(cString: $0) }), let colon = value.lastIndex(of: ":"),
              let count = Int(value[value.index(after: colon)...]), count > 0 else { return nil }
        return (String(value[..<colon]), count)
    }()
    private nonisolated(unsafe) static var passed = 0

    @inline(__always)
    public static func pass(_ point: StaticString) {
        guard target != nil else { return }
        reached(point.description)
    }

    private static func reached(_ point: String) {
        guard let target, target.point == point else { return }
        passed += 1
        if passed == target.count { kill(getpid(), SIGKILL) }
    }
}
