import Foundation

/// Cuts a stream of bytes into lines, keeping an unfinished last line until its newline arrives.
struct LineBuffer {
    private var pending: [UInt8] = []

    mutating func append(_ chunk: Data) -> [String] {
        pending.append(contentsOf: chunk)
        var lines: [String] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
        }
        return lines
    }
}
