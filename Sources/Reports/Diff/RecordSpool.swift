#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MARC

/// Records set aside on disk in `RecordCodec` form and read back one at a time, so that the second catalogue's
/// changed and added records need no memory while the first is read again. The file is unlinked as soon as it
/// is made: nothing is left behind, whatever happens.
final class RecordSpool {
    struct Entry {
        var offset: Int64
        var length: Int
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var flushed: Int64 = 0

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/samkat-diff-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw DiffError.temporaryFile(reason: String(cString: strerror(errno))) }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    deinit { close(descriptor) }

    func append(_ record: Record) throws -> Entry {
        let bytes = RecordCodec.encode(record)
        let entry = Entry(offset: flushed + Int64(buffer.count), length: bytes.count)
        buffer += bytes
        if buffer.count >= 1 << 20 { try flush() }
        return entry
    }

    func record(_ entry: Entry) throws -> Record {
        if entry.offset + Int64(entry.length) > flushed { try flush() }
        var bytes = [UInt8](repeating: 0, count: entry.length)
        var done = 0
        while done < entry.length {
            let got = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, entry.length - done, off_t(entry.offset) + off_t(done))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw DiffError.temporaryFile(reason: got < 0 ? String(cString: strerror(errno)) : "short read") }
            done += got
        }
        return try RecordCodec.decode(bytes)
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let got = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, buffer.count - done) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw DiffError.temporaryFile(reason: String(cString: strerror(errno))) }
            done += got
        }
        flushed += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
