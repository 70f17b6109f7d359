/// Where a form may send the browser afterwards: only paths on this site, never another host.
package enum SafeRedirect {
    package static func localPath(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.hasPrefix("/\\"),
              !candidate.contains("\r"), !candidate.contains("\n") else { return nil }
        return candidate
    }
}
