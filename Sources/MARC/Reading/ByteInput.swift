#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input read in large chunks through POSIX `read`, so memory stays flat.
public final class ByteInput {
    /// The name used in findings and errors (`-` reads standard input and is called `<stdin>`).
    public let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Where `read` lands before the bytes are appended: allocated once, not zero-filled on every call.
    private var scratch: [UInt8] = []

    /// Opens `path`; `-` means standard input.
    public init(path: String) throws {
        if path == "-" {
            name = "<stdin>"
            descriptor = 0
            ownsDescriptor = false
        } else {
            name = path
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw MARCError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            ownsDescriptor = true
        }
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Appends up to `count` bytes to `buffer`; returns how many were read, 0 at the end of the input.
    public func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int {
        if scratch.count < count { scratch = [UInt8](repeating: 0, count: count) }
        while true {
            let got = scratch.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw MARCError.readFailed(path: name, reason: String(cString: strerror(errno))) }
            buffer.append(contentsOf: scratch[0..<got])
            return got
        }
    }

    /// Reads the whole input. For small inputs only (format sniffing, tests).
    public func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while try read(into: &bytes, upTo: 1 << 20) > 0 {}
        return bytes
    }
}
