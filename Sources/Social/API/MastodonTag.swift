import TreffpunktCore
import Vapor

/// A hashtag in the shape of Mastodon's `Tag`. Treffpunkt keeps no tag table and no daily usage
/// history, so the id is derived from the name and `history` stays empty.
struct MastodonTag: Content {
    let id: String
    let name: String
    let url: String
    let history: [String]
    let following: Bool

    init(name: String, publicURL: String) {
        id = String(Self.stableID(of: name))
        self.name = name
        url = publicURL + SiteURL.tag(name).path
        history = []
        following = false
    }

    /// FNV-1a over the lower-cased name, kept positive: the same tag always gets the same numeric id,
    /// which clients that parse ids as numbers accept.
    static func stableID(of name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.lowercased().utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int64(hash & 0x7fff_ffff_ffff_ffff)
    }
}
