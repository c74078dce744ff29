/// Small pieces of HTML for the report, every text escaped. No templates and no framework: the report is one
/// self-contained file that opens from disk, so everything it needs is written into it.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A number with thin spaces between thousands, as Swedish readers expect ("1 234 567").
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "\u{202F}" }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// A table; `cells` are HTML already (escape text with `escape`). Numeric columns are right-aligned.
    public static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], id: String? = nil) -> String {
        var html = "<table\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>"
        for (index, header) in headers.enumerated() { html += "<th\(numeric.contains(index) ? " class=\"n\"" : "")>\(escape(header))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() { html += "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(cell)</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// Horizontal bars, one per label, each split into coloured parts (stacked), drawn as inline SVG.
    public static func stackedBars(_ bars: [(label: String, parts: [Int])], partNames: [String], width: Int = 640) -> String {
        let colours = ["#2f6f9f", "#e0a030", "#5a9a50", "#b04a4a", "#7a5aa0", "#4aa0a0", "#a07a4a", "#888888"]
        let labelWidth = 120, barHeight = 18, gap = 6
        let largest = max(bars.map { $0.parts.reduce(0, +) }.max() ?? 1, 1)
        let height = bars.count * (barHeight + gap) + 30
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
        for (row, bar) in bars.enumerated() {
            let y = row * (barHeight + gap)
            svg += "<text x=\"0\" y=\"\(y + 13)\" font-size=\"12\">\(escape(bar.label))</text>"
            var x = Double(labelWidth)
            for (index, part) in bar.parts.enumerated() where part > 0 {
                let length = Double(part) / Double(largest) * Double(width - labelWidth - 70)
                svg += "<rect x=\"\(Int(x))\" y=\"\(y)\" width=\"\(max(1, Int(length)))\" height=\"\(barHeight)\" fill=\"\(colours[index % colours.count])\">"
                svg += "<title>\(escape(bar.label)): \(escape(partNames[safe: index] ?? "")) \(part)</title></rect>"
                x += length
            }
            svg += "<text x=\"\(Int(x) + 4)\" y=\"\(y + 13)\" font-size=\"12\">\(number(bar.parts.reduce(0, +)))</text>"
        }
        var legendX = labelWidth
        let legendY = bars.count * (barHeight + gap) + 14
        for (index, name) in partNames.enumerated() {
            svg += "<rect x=\"\(legendX)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"\(colours[index % colours.count])\"/>"
            svg += "<text x=\"\(legendX + 14)\" y=\"\(legendY)\" font-size=\"11\">\(escape(name))</text>"
            legendX += 20 + name.count * 7
        }
        return svg + "</svg>"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
