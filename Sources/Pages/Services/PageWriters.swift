import Accounts
import Fluent
import TreffpunktCore

/// The Pages feature's service API for other features (a company page's blog, say): who may write as a
/// page. The roles decide as everywhere on pages: owners and editors publish.
package struct PageWriters {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// Whether the member may publish as the page.
    package func mayWrite(_ memberID: Int64, forPage pageID: Int64) async throws -> Bool {
        let role = try await PageMembership.query(on: database).filter(\.$memberID == memberID).filter(\.$pageID == pageID).first()?.role
        return PagePermissions(role: role, isLoggedIn: true, isAdmin: false).mayPublish
    }

    /// The pages the member may publish as, by name.
    package func pages(writableBy memberID: Int64) async throws -> [MemberSummary] {
        let memberships = try await PageMembership.query(on: database).filter(\.$memberID == memberID).all()
        let writable = memberships.filter { PagePermissions(role: $0.role, isLoggedIn: true, isAdmin: false).mayPublish }.map(\.pageID)
        let pages = try await MemberLookup(database: database).members(ids: writable)
        return pages.values.sorted { $0.displayName < $1.displayName }
    }
}
