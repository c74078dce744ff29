/// The report as one self-contained HTML page: its sections, a table of contents, the style, and a little
/// script. The script only adds conveniences (filtering the review queue); the page reads fine without it.
/// Any script error is written into the page (`#script-errors`), and the body is marked `data-rendered` once
/// the script has run, so a headless browser can check from the DOM that the page rendered cleanly.
public struct ReportPage {
    public struct Section {
        public var id: String
        public var title: String
        public var html: String

        public init(id: String, title: String, html: String) {
            self.id = id
            self.title = title
            self.html = html
        }
    }

    public var title: String
    public var subtitle: String
    public var sections: [Section] = []

    public init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }

    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <script>
            window.onerror = function (message, source, line, column) {
              var box = document.getElementById('script-errors');
              if (box) { box.hidden = false; box.textContent += message + ' (line ' + line + ':' + column + ')\\n'; }
            };
            </script>
            <style>\(ReportPage.style)</style></head>
            <body><header><h1>\(HTML.escape(title))</h1><p>\(HTML.escape(subtitle))</p>
            <pre id="script-errors" hidden></pre><nav><ol>
            """
        for section in sections { html += "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a></li>" }
        html += "</ol></nav></header><main>"
        for section in sections {
            html += "<section id=\"\(section.id)\"><h2>\(HTML.escape(section.title))</h2>\(section.html)</section>"
        }
        return html + "</main><script>\(ReportPage.script)</script></body></html>\n"
    }

    static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#1f3b57;color:#fff;padding:1em 2em}header a{color:#cde}nav ol{columns:3;margin:.5em 0}
        main{padding:0 2em 3em;max-width:1200px}section{margin-top:2em}h2{border-bottom:2px solid #1f3b57}
        table{border-collapse:collapse;margin:.5em 0;background:#fff}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
        th{background:#e8eef4;text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .bad{background:#fbe3e3}.good{background:#e6f4e1}.differs{background:#fff3cd}.only{background:#e3ecfb}
        .pair{border:1px solid #bbb;background:#fff;margin:1em 0;padding:.5em}.pair table{width:100%}
        .reasons{color:#555}.muted{color:#777}#script-errors{background:#fbe3e3;color:#900;padding:.5em}
        .heat{min-width:3em}input[type=search]{padding:.3em;width:20em}
        """

    static let script = """
        (function () {
          var filter = document.getElementById('review-filter');
          if (filter) {
            filter.addEventListener('input', function () {
              var words = filter.value.toLowerCase();
              document.querySelectorAll('.pair').forEach(function (pair) {
                pair.hidden = words && pair.textContent.toLowerCase().indexOf(words) < 0;
              });
            });
          }
          document.body.setAttribute('data-rendered', 'yes');
        })();
        """
}
