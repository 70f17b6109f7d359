import Accounts
import Fluent
import Foundation
import Social
import TreffpunktCore

/// Creating company pages, finding them, and their about section.
struct PageService {
    let database: any Database
    let publicURL: String

    static let aboutMaximum = 5_000
    static let imprintMaximum = 5_000
    static let contactMaximum = 200

    struct NewPage: Sendable {
        var slug: String
        var name: String
        var ownerUsername: String
    }

    /// An administrator creates a page and names its first owner: account, about section, owner role and
    /// the follow setting are written together or not at all.
    func create(_ input: NewPage, by viewer: Viewer) async throws -> Result<MemberSummary, FormErrors> {
        guard viewer.isAdmin else { throw UserFacingError(.forbidden, PagesText.notAllowed) }
        var errors = FormErrors()
        let ownerName = input.ownerUsername.trimmingCharacters(in: .whitespacesAndNewlines)
        let owner = ownerName.isEmpty ? nil : try await MemberLookup(database: database).member(handle: ownerName)
        if ownerName.isEmpty {
            errors.add("owner", PagesText.required)
        } else if owner == nil || owner?.isPage == true {
            errors.add("owner", PagesText.unknownMember)
        }
        let publicURL = self.publicURL
        let ownerErrors = errors
        do {
            return .success(try await database.writeTransaction { db in
                var errors = ownerErrors
                switch try await PageAccounts(database: db).create(slug: input.slug, name: input.name) {
                case .failure(let accountErrors):
                    errors.merge(accountErrors)
                    throw FormRefused(errors: errors)
                case .success(let page):
                    guard errors.isEmpty, let owner else { throw FormRefused(errors: errors) }
                    try await PageProfile(pageID: page.id).create(on: db)
                    try await PageMembership(pageID: page.id, memberID: owner.id, role: .owner).create(on: db)
                    try await AccountPublishing(database: db, publicURL: publicURL).openToFollowers(page.id)
                    return page
                }
            })
        } catch let refused as FormRefused {
            return .failure(refused.errors)
        }
    }

    /// The page named by its slug with the reader's permissions; 404 for unknown slugs and for people.
    func load(slug: String, for viewer: Viewer?) async throws -> LoadedPage {
        guard let account = try await PageAccounts(database: database).page(slug: slug),
              let profile = try await PageProfile.find(account.id, on: database) else {
            throw UserFacingError.notFound(PagesText.pageNotFound)
        }
        var role: PageRole?
        if let viewer {
            role = try await PageMembership.query(on: database)
                .filter(\.$memberID == viewer.id).filter(\.$pageID == account.id).first()?.role
        }
        let permissions = PagePermissions(role: role, isLoggedIn: viewer != nil, isAdmin: viewer?.isAdmin ?? false)
        return LoadedPage(account: account, profile: profile, permissions: permissions)
    }

    struct About: Sendable {
        var name = ""
        var tagline = ""
        var about = ""
        var address = ""
        var phone = ""
        var email = ""
        var website = ""
        var imprint = ""
    }

    /// Editors change name, tagline, about text, contact details and imprint; all fields are checked first.
    func updateAbout(of page: LoadedPage, _ raw: About) async throws -> FormErrors {
        try PagePermissions.require(page.permissions.mayEditContent)
        let input = About(name: raw.name, tagline: raw.tagline, about: Self.multiLine(raw.about),
                          address: Self.multiLine(raw.address), phone: Self.singleLine(raw.phone),
                          email: Self.singleLine(raw.email), website: Self.singleLine(raw.website),
                          imprint: Self.multiLine(raw.imprint))
        var errors = FormErrors()
        Self.check(input.about, maximum: Self.aboutMaximum, field: "about", into: &errors)
        Self.check(input.imprint, maximum: Self.imprintMaximum, field: "imprint", into: &errors)
        for (value, field) in [(input.address, "address"), (input.phone, "phone"), (input.email, "email"), (input.website, "website")] {
            Self.check(value, maximum: Self.contactMaximum, field: field, into: &errors)
        }
        if !input.website.isEmpty, !PageLinks.isWebAddress(input.website) { errors.add("website", PagesText.websiteInvalid) }
        if !input.email.isEmpty, input.email.wholeMatch(of: /[^@\s]+@[^@\s]+\.[^@\s]+/) == nil { errors.add("email", PagesText.emailInvalid) }
        let profile = page.profile
        let pageID = page.id
        let checked = errors
        do {
            try await database.writeTransaction { db in
                var errors = checked
                errors.merge(try await PageAccounts(database: db).update(pageID, name: input.name, tagline: input.tagline))
                // The account's name may already be written: leave by throwing, so nothing stays.
                guard errors.isEmpty else { throw FormRefused(errors: errors) }
                profile.about = input.about
                profile.address = input.address
                profile.phone = input.phone
                profile.email = input.email
                profile.website = input.website
                profile.imprint = input.imprint
                try await profile.save(on: db)
            }
        } catch let refused as FormRefused {
            return refused.errors
        }
        return FormErrors()
    }

    static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }

    static func multiLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func check(_ text: String, maximum: Int, required: Bool = false, field: String, into errors: inout FormErrors) {
        if required, text.isEmpty {
            errors.add(field, PagesText.required)
        } else if text.count > maximum {
            errors.add(field, PagesText.tooLong(maximum))
        }
    }
}

/// Leaves a write transaction with the form's problems, so nothing it wrote before stays.
struct FormRefused: Error {
    let errors: FormErrors
}

extension FormErrors {
    /// Adds the other's messages, keeping a field's first.
    mutating func merge(_ other: FormErrors) {
        for field in other.fields { if let message = other[field] { add(field, message) } }
    }
}
