import Fluent
import Foundation
import TreffpunktCore

/// The Accounts feature's service API for company pages: a page is an account of kind `page`, so follows,
/// posts, search, WebFinger and the Mastodon API treat it as any account. Its slug is its username.
/// A page has no usable password and no e-mail address anyone reads: nobody logs in as a page.
package struct PageAccounts {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package struct Directory: Sendable {
        package var pages: [MemberSummary]
        package var nextCursor: String?
    }

    /// Creates the account of a new page; returns the problems instead when the slug or name is not usable.
    package func create(slug rawSlug: String, name rawName: String, now: Date = Date()) async throws -> Result<MemberSummary, FormErrors> {
        let slug = AccountRules.singleLine(rawSlug)
        let name = AccountRules.singleLine(rawName)
        var errors = FormErrors()
        AccountRules.checkUsername(slug, into: &errors, field: "slug")
        AccountRules.checkText(name, maximum: AccountRules.displayNameMaximum, required: true, into: &errors, field: "name")
        if errors["slug"] == nil, try await AccountQueries.user(usernameKey: slug.lowercased(), on: database) != nil {
            errors.add("slug", AccountsText.usernameTaken)
        }
        guard errors.isEmpty else { return .failure(errors) }
        // "!" is no bcrypt hash: no password can ever match it, and the login refuses pages before checking.
        // A page's address is made up and nobody signs in as a page: there is nothing to prove.
        // A page never views anything itself (its team does, each as who they are): its affiliation is moot.
        let user = User(username: slug, displayName: name, email: "", passwordHash: "!", role: .member, emailConfirmedAt: now,
                        affiliation: .employee)
        user.email = "page-\(user.requireID())@pages.invalid"
        user.kind = .page
        do {
            try await user.create(on: database)
        } catch let error where error.isUniqueViolation {
            errors.add("slug", AccountsText.usernameTaken)
            return .failure(errors)
        }
        return .success(MemberSummary(user))
    }

    /// The page with this slug, in any letter case; people are not pages.
    package func page(slug: String) async throws -> MemberSummary? {
        guard let user = try await AccountQueries.user(usernameKey: slug.lowercased(), on: database), user.kind == .page else { return nil }
        return MemberSummary(user)
    }

    /// Name and tagline (the account's bio, which Mastodon clients show as the account's note).
    package func update(_ pageID: Int64, name rawName: String, tagline rawTagline: String) async throws -> FormErrors {
        let name = AccountRules.singleLine(rawName)
        let tagline = AccountRules.singleLine(rawTagline)
        var errors = FormErrors()
        AccountRules.checkText(name, maximum: AccountRules.displayNameMaximum, required: true, into: &errors, field: "name")
        AccountRules.checkText(tagline, maximum: AccountRules.bioMaximum, required: false, into: &errors, field: "tagline")
        guard errors.isEmpty else { return errors }
        guard let user = try await User.find(pageID, on: database), user.kind == .page else {
            throw UserFacingError.notFound()
        }
        user.displayName = name
        user.bio = tagline
        try await user.save(on: database)
        return errors
    }

    /// All pages by name, a page at a time (keyset: the cursor names the last page shown).
    package func directory(after cursor: String?) async throws -> Directory {
        let page = try await MemberDirectory(database: database).page(after: cursor, kind: .page)
        return Directory(pages: page.members.map(MemberSummary.init), nextCursor: page.nextCursor)
    }

    /// Pages whose name or slug contains the text, by name; at most `limit`.
    package func search(_ text: String, limit: Int = 30) async throws -> [MemberSummary] {
        let needle = AccountRules.singleLine(text).lowercased()
        guard !needle.isEmpty else { return [] }
        let pattern = try LikePattern.containing(needle)
        let ids = try await database.ids("""
            SELECT id FROM users WHERE kind = \(bind: AccountKind.page.rawValue)
              AND (username_key LIKE \(bind: pattern) ESCAPE '\\' OR lower(display_name) LIKE \(bind: pattern) ESCAPE '\\')
            ORDER BY display_name, id LIMIT \(literal: limit)
            """)
        let found = try await MemberLookup(database: database).members(ids: ids)
        return ids.compactMap { found[$0] }
    }
}
