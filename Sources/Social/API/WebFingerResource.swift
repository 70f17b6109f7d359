import Vapor

/// A WebFinger answer (JRD, RFC 7033) naming a member's profile.
struct WebFingerResource: Content {
    struct Link: Content {
        let rel: String
        let type: String
        let href: String
    }

    static let contentType = HTTPMediaType(type: "application", subType: "jrd+json", parameters: ["charset": "utf-8"])

    let subject: String
    let aliases: [String]
    let links: [Link]

    init(username: String, domain: String, profileURL: String) {
        subject = "acct:\(username)@\(domain)"
        aliases = [profileURL]
        links = [
            Link(rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: profileURL),
            Link(rel: "self", type: "application/activity+json", href: profileURL),
        ]
    }
}
