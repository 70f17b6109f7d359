/// Swift source split into code, comments and string literals: just enough of Swift's lexer to find calls,
/// their arguments and which arguments are plain string literals, for the source lints.
struct SwiftSource {
    enum Kind { case code, comment, string }

    /// A call: its name, what it is called on, where it starts and the bytes between its parentheses.
    struct Call {
        enum Receiver: Equatable {
            /// `Name(…)`
            case none
            /// `.name(…)` where a value of a known type is expected, as Plot's helpers are used.
            case implicit
            /// `Type.name(…)`, `Type<…>.name(…)` or `value.name(…)`: the name before the dot, empty for an expression.
            case member(of: String)
        }

        let name: String
        let receiver: Receiver
        let start: Int
        let arguments: Range<Int>
    }

    struct Argument {
        let label: String?
        let value: Range<Int>
    }

    let bytes: [UInt8]
    private(set) var kinds: [Kind]
    /// String literals without interpolation.
    private(set) var plainLiterals: Set<Range<Int>> = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        kinds = Array(repeating: .code, count: bytes.count)
        _ = scanCode(from: 0, toClosingParenthesis: false)
    }

    /// The text with comments and string literals blanked out.
    var code: String {
        String(decoding: zip(bytes, kinds).map { $1 == .code ? $0 : UInt8(ascii: " ") }, as: UTF8.self)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func line(of position: Int) -> Int {
        bytes[..<position].count(where: { $0 == UInt8(ascii: "\n") }) + 1
    }

    /// Every call in code (not in comments or strings).
    func calls() -> [Call] {
        var calls: [Call] = []
        var index = 0
        while index < bytes.count {
            guard kinds[index] == .code, Self.isIdentifierHead(bytes[index]),
                  index == 0 || !Self.isIdentifierBody(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < bytes.count, Self.isIdentifierBody(bytes[end]) { end += 1 }
            let nameEnd = end
            if end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "("), kinds[end] == .code,
               let close = closingParenthesis(after: end) {
                let start = index > 0 && bytes[index - 1] == UInt8(ascii: "`") ? index - 1 : index
                let isMember = start > 0 && bytes[start - 1] == UInt8(ascii: ".")
                calls.append(Call(name: text(index..<nameEnd), receiver: isMember ? receiver(beforeDot: start - 1) : .none,
                                  start: isMember ? start - 1 : start, arguments: (end + 1)..<close))
            }
            index = nameEnd
        }
        return calls
    }

    /// What the member at `dot` is called on. A dot after white space starts an implicit member (`return .p(…)`,
    /// `, .class(…)`), unless a line ends in a name or a bracket before it, which continues a chain on the next line.
    private func receiver(beforeDot dot: Int) -> Call.Receiver {
        var end = dot
        while end > 0, isBlank(end - 1) { end -= 1 }
        guard end > 0 else { return .implicit }
        let adjacent = end == dot, last = bytes[end - 1]
        if Self.isIdentifierBody(last) {
            var start = end - 1
            while start > 0, Self.isIdentifierBody(bytes[start - 1]) { start -= 1 }
            let word = text(start..<end)
            return !adjacent && Self.keywordsBeforeValues.contains(word) ? .implicit : .member(of: word)
        }
        if adjacent && last == UInt8(ascii: ">"), let open = bytes[..<(end - 1)].lastIndex(of: UInt8(ascii: "<")) {
            var start = open
            while start > 0, Self.isIdentifierBody(bytes[start - 1]) { start -= 1 }
            return .member(of: text(start..<open))
        }
        if [UInt8(ascii: ")"), UInt8(ascii: "]")].contains(last) || (adjacent && [UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last)) {
            return .member(of: "")
        }
        return .implicit
    }

    private static let keywordsBeforeValues: Set<String> = ["return", "in", "case", "else", "try", "await", "throw"]

    /// The arguments between a call's parentheses, split at its own commas, each with its label if it has one.
    func arguments(in range: Range<Int>) -> [Argument] {
        var arguments: [Argument] = []
        var depth = 0
        var start = range.lowerBound
        for index in range where kinds[index] == .code {
            switch bytes[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                arguments.append(argument(start..<index))
                start = index + 1
            default: break
            }
        }
        let last = trimmed(start..<range.upperBound)
        if !last.isEmpty || !arguments.isEmpty { arguments.append(argument(start..<range.upperBound)) }
        return arguments
    }

    /// A value that cannot carry input: a string literal without interpolation, `nil`, `true`, `false`, or an
    /// implicit member (`.submit`, `.text(…)`), which is an enum case or an element's children, not a String.
    func isConstant(_ range: Range<Int>) -> Bool {
        let value = trimmed(range)
        if plainLiterals.contains(value) || ["nil", "true", "false"].contains(text(value)) { return true }
        return value.count > 1 && bytes[value.lowerBound] == UInt8(ascii: ".") && Self.isIdentifierHead(bytes[value.lowerBound + 1])
    }

    private func argument(_ range: Range<Int>) -> Argument {
        let value = trimmed(range)
        var end = value.lowerBound
        while end < value.upperBound, Self.isIdentifierBody(bytes[end]) { end += 1 }
        let afterName = trimmed(end..<value.upperBound)
        guard end > value.lowerBound, Self.isIdentifierHead(bytes[value.lowerBound]), !afterName.isEmpty,
              bytes[afterName.lowerBound] == UInt8(ascii: ":"), kinds[afterName.lowerBound] == .code else {
            return Argument(label: nil, value: value)
        }
        return Argument(label: text(value.lowerBound..<end), value: trimmed((afterName.lowerBound + 1)..<value.upperBound))
    }

    /// The range without white space and comments at either end.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isBlank(lower) { lower += 1 }
        while upper > lower, isBlank(upper - 1) { upper -= 1 }
        return lower..<upper
    }

    private func isBlank(_ index: Int) -> Bool {
        kinds[index] == .comment || [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(bytes[index])
    }

    private func closingParenthesis(after open: Int) -> Int? {
        var depth = 0
        for index in (open + 1)..<bytes.count where kinds[index] == .code {
            if bytes[index] == UInt8(ascii: "(") { depth += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                if depth == 0 { return index }
                depth -= 1
            }
        }
        return nil
    }

    // MARK: - Lexing

    /// Marks comments and strings from `start` on; inside an interpolation it stops at the `)` that closes it.
    private mutating func scanCode(from start: Int, toClosingParenthesis: Bool) -> Int {
        var index = start, depth = 0
        while index < bytes.count {
            let byte = bytes[index], next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                mark(index..<end, .comment)
                index = end
            } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                let end = firstIndex(of: "*/", from: index + 2).map { $0 + 2 } ?? bytes.count
                mark(index..<end, .comment)
                index = end
            } else if byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "#") && startsRawString(at: index)) {
                index = scanString(from: index)
            } else {
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if toClosingParenthesis && depth == 0 { return index }
                    depth -= 1
                }
                index += 1
            }
        }
        return index
    }

    private mutating func scanString(from start: Int) -> Int {
        var index = start, hashes = 0
        while bytes[index] == UInt8(ascii: "#") { hashes += 1; index += 1 }
        let quotes = quotesFollow(index, count: 3) ? 3 : 1
        index += quotes
        var interpolated = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), hashesFollow(index + 1, count: hashes) {
                let escaped = index + 1 + hashes
                if escaped < bytes.count, bytes[escaped] == UInt8(ascii: "(") {
                    interpolated = true
                    index = scanCode(from: escaped + 1, toClosingParenthesis: true) + 1
                } else {
                    index = escaped + 1
                }
            } else if bytes[index] == UInt8(ascii: "\""), quotesFollow(index, count: quotes), hashesFollow(index + quotes, count: hashes) {
                let end = index + quotes + hashes
                mark(start..<end, .string)
                if !interpolated { plainLiterals.insert(start..<end) }
                return end
            } else {
                index += 1
            }
        }
        mark(start..<bytes.count, .string)
        return bytes.count
    }

    private func startsRawString(at index: Int) -> Bool {
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
        return end < bytes.count && bytes[end] == UInt8(ascii: "\"")
    }

    private func hashesFollow(_ index: Int, count: Int) -> Bool {
        index + count <= bytes.count && bytes[index..<(index + count)].allSatisfy { $0 == UInt8(ascii: "#") }
    }

    private func quotesFollow(_ index: Int, count: Int) -> Bool {
        index + count <= bytes.count && bytes[index..<(index + count)].allSatisfy { $0 == UInt8(ascii: "\"") }
    }

    private func firstIndex(of needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard start + pattern.count <= bytes.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    private mutating func mark(_ range: Range<Int>, _ kind: Kind) {
        for index in range { kinds[index] = kind }
    }

    private static func isIdentifierHead(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierBody(_ byte: UInt8) -> Bool {
        isIdentifierHead(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
