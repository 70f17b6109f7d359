import Accounts
import TreffpunktCore

/// A company page as the web pages need it: its account, its about section, and the reader's permissions.
struct LoadedPage: Sendable {
    let account: MemberSummary
    let profile: PageProfile
    let permissions: PagePermissions

    var id: Int64 { account.id }
    var slug: String { account.username }
}
