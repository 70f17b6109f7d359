import Vapor

/// NodeInfo 2.0: what software this is and how big, for directories of the fediverse.
struct NodeInfo: Content {
    struct Software: Content {
        let name: String
        let version: String
    }

    struct Services: Content {
        let inbound: [String]
        let outbound: [String]
    }

    struct Usage: Content {
        struct Users: Content {
            let total: Int
            let activeMonth: Int
        }
        let users: Users
        let localPosts: Int
    }

    struct Metadata: Content {
        let nodeName: String
    }

    static let schema = "http://nodeinfo.diaspora.software/ns/schema/2.0"
    static let contentType = HTTPMediaType(type: "application", subType: "json", parameters: ["profile": "\"\(schema)#\""])

    let version: String
    let software: Software
    /// Treffpunkt does not federate yet.
    let protocols: [String]
    let services: Services
    let usage: Usage
    let openRegistrations: Bool
    let metadata: Metadata

    init(_ facts: InstanceFacts) {
        version = "2.0"
        software = Software(name: "treffpunkt", version: SoftwareVersion.treffpunkt)
        protocols = []
        services = Services(inbound: [], outbound: [])
        usage = Usage(users: Usage.Users(total: facts.figures.members, activeMonth: facts.figures.activeMembers),
                      localPosts: facts.figures.posts)
        openRegistrations = facts.registrationsOpen
        metadata = Metadata(nodeName: facts.title)
    }
}

/// The NodeInfo discovery document at `/.well-known/nodeinfo`.
struct NodeInfoLinks: Content {
    struct Link: Content {
        let rel: String
        let href: String
    }

    let links: [Link]
}
