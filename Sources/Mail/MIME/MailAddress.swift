/// An address as headers and the SMTP envelope need it: `Name <local@domain>` or a bare `local@domain`.
/// Anything that could break out of a header or an SMTP command (line breaks, angle brackets, spaces in
/// the address) is refused, so a name or address can never add a header or a recipient.
package struct MailAddress: Sendable, Equatable {
    package let name: String?
    package let address: String

    /// Parses `Name <local@domain>`, `"Name" <local@domain>` or `local@domain`.
    package init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(where: { $0.isNewline }) else { return nil }
        var name: String?
        var address = trimmed
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            let rawName = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let unquoted = rawName.count >= 2 && rawName.hasPrefix("\"") && rawName.hasSuffix("\"")
                ? String(rawName.dropFirst().dropLast()) : rawName
            name = unquoted.isEmpty ? nil : unquoted
        }
        guard Self.isPlainAddress(address) else { return nil }
        self.name = name
        self.address = address
    }

    /// One `@` with something on both sides, printable ASCII without spaces, brackets or quotes.
    static func isPlainAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254 else { return false }
        return address.unicodeScalars.allSatisfy { scalar in
            scalar.value > 32 && scalar.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains(scalar)
        }
    }

    /// The `From`/`To` header value: a name with non-ASCII letters as an RFC 2047 word, other names quoted.
    var headerValue: String {
        guard let name else { return address }
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 && $0.value < 127 }) else {
            // Encoded words are long: the address goes on a folded line of its own.
            return "\(EncodedWord.encode(name))\r\n <\(address)>"
        }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\" <\(address)>"
    }

    /// The part after the `@`, for `Message-ID`s.
    var domain: String {
        String(address.split(separator: "@").last ?? "localhost")
    }
}
