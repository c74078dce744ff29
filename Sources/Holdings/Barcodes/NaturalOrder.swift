/// Text order with numbers compared by value: `9999` before `10004`, `a2` before `a10`. Runs of ASCII digits
/// compare by value (leading zeros ignored), everything else byte by byte (UTF-8). Two texts equal by that rule
/// (`007` and `7`) are then ordered by their bytes, so the order is total and never depends on input order.
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    static func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0, j = 0
        while i < x.count, j < y.count {
            guard isDigit(x[i]), isDigit(y[j]) else {
                if x[i] != y[j] { return x[i] < y[j] ? -1 : 1 }
                i += 1
                j += 1
                continue
            }
            let (xStart, xEnd) = digitRun(x, from: i), (yStart, yEnd) = digitRun(y, from: j)
            if xEnd - xStart != yEnd - yStart { return xEnd - xStart < yEnd - yStart ? -1 : 1 }
            for (p, q) in zip(x[xStart..<xEnd], y[yStart..<yEnd]) where p != q { return p < q ? -1 : 1 }
            i = xEnd
            j = yEnd
        }
        if i < x.count || j < y.count { return i < x.count ? 1 : -1 }
        if x == y { return 0 }
        return x.lexicographicallyPrecedes(y) ? -1 : 1
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The significant digits of the run starting at `start` (leading zeros skipped, at least one digit kept)
    /// and where the run ends.
    private static func digitRun(_ bytes: [UInt8], from start: Int) -> (significant: Int, end: Int) {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        var significant = start
        while significant < end - 1, bytes[significant] == 0x30 { significant += 1 }
        return (significant, end)
    }
}
