import Foundation
import Testing
@testable import MARC

@Suite struct ByteOutputTests {
    @Test func aFileAppearsOnlyWhenClosed() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("out.txt").path
            let output = try ByteOutput(path: path)
            try output.write("hej")
            try output.flush()
            #expect(!FileManager.default.fileExists(atPath: path))
            try output.close()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "hej")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
        }
    }

    /// A device or pipe is written in place: renaming a temporary file over it would replace it.
    @Test func aPipeIsWrittenInPlaceNotReplaced() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("fifo").path
            #expect(mkfifo(path, 0o600) == 0)
            let received = ReceivedBytes()
            let reader = Thread { received.bytes = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data() }
            reader.start()
            let output = try ByteOutput(path: path)
            try output.write("through the pipe")
            try output.close()
            while !reader.isFinished { usleep(1000) }
            #expect(String(decoding: received.bytes, as: UTF8.self) == "through the pipe")
            var info = stat()
            #expect(stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        }
    }
}

private final class ReceivedBytes: @unchecked Sendable {
    var bytes = Data()
}
