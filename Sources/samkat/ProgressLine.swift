#if canImport(Glibc)
import Glibc
#endif

/// One status line on standard error: rewritten in place on a terminal, plain lines (only the finished ones)
/// when standard error is a file or a pipe, so logs stay readable.
final class ProgressLine {
    private let isTerminal = isatty(2) == 1
    private var shown = false

    /// Shows `text` as the current state (on a terminal only).
    func update(_ text: String) {
        guard isTerminal else { return }
        writeStandardError("\r\u{1B}[K" + text)
        shown = true
    }

    /// Prints `text` as a finished line.
    func finish(_ text: String) {
        writeStandardError((isTerminal && shown ? "\r\u{1B}[K" : "") + text + "\n")
        shown = false
    }
}
