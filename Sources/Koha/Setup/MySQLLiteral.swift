/// Text as a MySQL/MariaDB string literal.
///
/// Quotes are doubled (`O''Brien`, read the same with or without backslash escapes); a backslash is doubled
/// and NUL, line feed, carriage return and Ctrl-Z are written as `\0`, `\n`, `\r`, `\Z`, as
/// `mysql_real_escape_string` does. Backslash escapes need the server's default mode: the setup script turns
/// `NO_BACKSLASH_ESCAPES` off for its session (`KohaSetup.sql`), so the literals read the same on any server.
public enum MySQLLiteral {
    public static func quoted(_ text: String) -> String {
        var out = "'"
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{1A}": out += "\\Z"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
