import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered output to a file or standard output. Writers append bytes; the buffer goes out in large writes.
/// A regular file is written under a temporary name and renamed when `close()` succeeds, so no half-written
/// file ever stands under its final name. Devices and pipes (`/dev/null`, a FIFO) are written in place.
public final class ByteOutput {
    public let name: String
    private let descriptor: Int32
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private let flushSize = 1 << 20
    private var closed = false

    /// Creates `path` (through a temporary file beside it); `-` means standard output.
    public init(path: String) throws {
        if path == "-" {
            name = "<stdout>"
            descriptor = 1
            temporaryPath = nil
        } else if ByteOutput.isSpecialFile(path) {
            name = path
            descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw MARCError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            temporaryPath = nil
        } else {
            name = path
            let temporary = path + ".partial-\(getpid())"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw MARCError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            temporaryPath = temporary
        }
        buffer.reserveCapacity(flushSize + 65_536)
    }

    /// Removes what writers killed before `close()` left behind under `folder` (`<name>.partial-<pid>` of
    /// another process), so a stage re-run after a crash leaves only whole files.
    public static func removeLeftovers(in folder: String) {
        guard let names = FileManager.default.subpaths(atPath: folder) else { return }
        let own = ".partial-\(getpid())"
        for name in names where name.contains(".partial-") && !name.hasSuffix(own) {
            unlink(folder + "/" + name)
        }
    }

    /// True for an existing path that is not a regular file: it must never be replaced by a rename.
    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
    }

    deinit {
        // Not closed: an error stopped the writer. Leave no partial file behind.
        guard !closed else { return }
        if let temporaryPath {
            Glibc.close(descriptor)
            unlink(temporaryPath)
        } else if descriptor > 2 {
            Glibc.close(descriptor)
        }
    }

    @inline(__always)
    public func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushSize { try flush() }
    }

    @inline(__always)
    public func write(_ byte: UInt8) throws {
        buffer.append(byte)
        if buffer.count >= flushSize { try flush() }
    }

    public func write(_ text: String) throws { try write(text.utf8) }

    /// Appends a block of bytes in one copy (a whole serialised record); a block larger than the buffer
    /// goes straight to the file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > flushSize {
            try flush()
            if bytes.count >= flushSize { return try writeAll(bytes) }
        }
        buffer.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
    }

    public func flush() throws {
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw MARCError.writeFailed(path: name, reason: String(cString: strerror(errno))) }
            offset += written
        }
    }

    /// Flushes, closes and moves the file to its final name.
    public func close() throws {
        guard !closed else { return }
        try flush()
        closed = true
        guard let temporaryPath else {
            if descriptor > 2 { Glibc.close(descriptor) }
            return
        }
        guard fsync(descriptor) == 0 || errno == EINVAL, Glibc.close(descriptor) == 0 else {
            unlink(temporaryPath)
            throw MARCError.writeFailed(path: name, reason: String(cString: strerror(errno)))
        }
        CrashPoint.pass("output-close")
        guard rename(temporaryPath, name) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw MARCError.writeFailed(path: name, reason: reason)
        }
    }
}
