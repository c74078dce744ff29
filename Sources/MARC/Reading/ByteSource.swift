/// Where readers get their bytes: a file, standard input, or memory. Readers pull chunks and keep only
/// what the current record needs, so memory stays flat whatever the input size.
public protocol ByteSource: AnyObject {
    /// The name used in findings and errors.
    var name: String { get }
    /// Appends up to `count` bytes to `buffer`; returns how many were appended, 0 at the end of the input.
    func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int
}

extension ByteInput: ByteSource {}

/// Bytes in memory, handed out at most `chunkSize` at a time, so tests can feed a reader in every chunking.
public final class MemoryInput: ByteSource {
    public let name: String
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    public init(_ bytes: [UInt8], name: String = "<memory>", chunkSize: Int = .max) {
        self.bytes = bytes
        self.name = name
        self.chunkSize = max(1, chunkSize)
    }

    public convenience init(_ text: String, name: String = "<memory>", chunkSize: Int = .max) {
        self.init(Array(text.utf8), name: name, chunkSize: chunkSize)
    }

    public func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int {
        let take = min(count, chunkSize, bytes.count - position)
        buffer.append(contentsOf: bytes[position..<position + take])
        position += take
        return take
    }
}
