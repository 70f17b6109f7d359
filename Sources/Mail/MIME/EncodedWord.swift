import Foundation

/// RFC 2047 encoded words, so header text such as "Bestätige deine Adresse" survives 7-bit mail:
/// `=?UTF-8?B?…?=`. Long text becomes several words on folded lines, never splitting a character.
enum EncodedWord {
    /// Bytes of text per word: 39 bytes are 52 base64 characters, plus 12 of `=?UTF-8?B?` and `?=`; with
    /// `Subject: ` in front the line stays within 76 characters, as RFC 2047 asks.
    private static let bytesPerWord = 39

    /// The text as it is when it is printable ASCII, else as encoded words joined by folding white space.
    static func headerText(_ text: String) -> String {
        let singleLine = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let isPlain = singleLine.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0.value < 127 }
        return isPlain && !singleLine.contains("=?") && singleLine.utf8.count <= 900 ? singleLine : encode(singleLine)
    }

    static func encode(_ text: String) -> String {
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > bytesPerWord, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: Data) -> String {
        "=?UTF-8?B?\(bytes.base64EncodedString())?="
    }
}
