import Foundation
import TreffpunktCore
import Vapor

/// Mastodon's paging header, `<…?max_id=OLDEST>; rel="next", <…?min_id=NEWEST>; rel="prev"`, with
/// `next` first because toot reads it in that order. The links are absolute, on the public address,
/// and keep the request's other query parameters (`limit`, `types[]`…).
enum PageLinks {
    static func header(for req: Request, newest: Int64, oldest: Int64) -> String {
        let base = req.config.publicURL + req.url.path
        let kept = (req.url.query ?? "").split(separator: "&").filter { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return !["max_id", "min_id", "since_id"].contains(name.removingPercentEncoding ?? name)
        }
        func link(_ cursor: String, _ rel: String) -> String {
            "<\(base)?\((kept + [Substring(cursor)]).joined(separator: "&"))>; rel=\"\(rel)\""
        }
        return [link("max_id=\(oldest)", "next"), link("min_id=\(newest)", "prev")].joined(separator: ", ")
    }
}

extension Request {
    /// A page as JSON with its `Link` header. `cursors` are the keyset ids of the items (newest first);
    /// an empty page has no links. A short page still links onwards: lists drop hidden items after
    /// reading, so a short page does not mean the end.
    package func paged<Item: Content>(_ items: [Item], cursors: [Int64]) throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(items, as: .json)
        if let newest = cursors.max(), let oldest = cursors.min() {
            response.headers.replaceOrAdd(name: .link, value: PageLinks.header(for: self, newest: newest, oldest: oldest))
        }
        return response
    }
}
