import Foundation

/// Quoted-printable (RFC 2045, 6.7): UTF-8 text as 7-bit lines of at most 76 characters that stay
/// readable. Line breaks become CRLF; `=`, bytes outside printable ASCII and white space at a line's end
/// are written `=XX`; longer lines are broken with a soft `=`.
enum QuotedPrintable {
    private static let maxLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func encode(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalized.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let isLiteral = (33...126).contains(byte) && byte != UInt8(ascii: "=")
                || (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && !isLast
            let token = isLiteral
                ? String(UnicodeScalar(byte))
                : "=" + String(decoding: [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]], as: UTF8.self)
            // Room for the soft break's `=` stays on every line but the last.
            let room = isLast ? maxLineLength : maxLineLength - 1
            if current.utf8.count + token.utf8.count > room {
                lines.append(current + "=")
                current = ""
            }
            current += token
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }
}
