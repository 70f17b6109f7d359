import Foundation

/// Where a form may send the browser afterwards: only paths on this site, never another host.
///
/// One rule: a path that starts with a single `/` followed by something that is not a separator —
/// checked as sent and after percent-decoding (up to three times, for double encoding) — and that has
/// no control character, white space or backslash anywhere as sent, nor a control character decoded. Browsers drop tabs and new lines
/// inside an address and read `\` as `/`, so `/\t/host` and `/\host` mean `//host`, another site.
package enum SafeRedirect {
    package static func localPath(_ candidate: String?) -> String? {
        guard let candidate, startsLocally(candidate), !candidate.unicodeScalars.contains(where: isRisky) else { return nil }
        var decoded = candidate
        for _ in 0..<3 {
            guard let next = decoded.removingPercentEncoding, startsLocally(next),
                  !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
            if next == decoded { break }
            decoded = next
        }
        return candidate
    }

    private static func startsLocally(_ path: String) -> Bool {
        var scalars = path.unicodeScalars.makeIterator()
        guard scalars.next() == "/" else { return false }
        guard let second = scalars.next() else { return true }
        return second != "/" && !isRisky(second)
    }

    private static func isRisky(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\\" || scalar.properties.isWhitespace
            || [.control, .format].contains(scalar.properties.generalCategory)
    }
}
