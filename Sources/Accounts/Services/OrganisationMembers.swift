import Fluent
import Foundation
import SQLKit
import TreffpunktCore
import Vapor

/// The Accounts feature's service API for the organisation: find members by e-mail, keep a member's
/// job title and unit name in the profile, and create members for people an HR import brings in.
package struct OrganisationMembers {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package static let displayNameMaximum = AccountRules.displayNameMaximum
    package static let positionMaximum = AccountRules.positionMaximum
    package static let departmentMaximum = AccountRules.departmentMaximum

    /// Whether an address is one a member could register with.
    package static func isValidEmail(_ email: String) -> Bool {
        var errors = FormErrors()
        AccountRules.checkEmail(email, into: &errors)
        return errors.isEmpty
    }

    /// Member ids by e-mail address (lower-cased); unknown addresses are absent.
    package func memberIDs(emails: some Collection<String>) async throws -> [String: Int64] {
        let keys = Array(Set(emails.map { $0.lowercased() }))
        guard !keys.isEmpty else { return [:] }
        var found: [String: Int64] = [:]
        // Chunked: PostgreSQL and SQLite both cap the number of bound values in one statement.
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            for user in try await User.query(on: database).filter(\.$email ~~ chunk).all() {
                found[user.email] = user.requireID()
            }
        }
        return found
    }

    /// E-mail addresses of members, by id; for showing who a reporting line runs through.
    package func emails(ids: some Collection<Int64>) async throws -> [Int64: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        let users = try await User.query(on: database).filter(\.$id ~~ unique).all()
        return Dictionary(uniqueKeysWithValues: users.map { ($0.requireID(), $0.email) })
    }

    /// What the profile shows as job title and department; `nil` leaves a value as it is.
    package struct JobChange: Sendable {
        package let position: String?
        package let department: String?

        package init(position: String?, department: String?) {
            self.position = position
            self.department = department
        }
    }

    /// Sets job titles and departments of several members, read in one query.
    package func setJobs(_ changes: [Int64: JobChange]) async throws {
        let ids = Array(changes.keys)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for user in try await User.query(on: database).filter(\.$id ~~ chunk).all() {
                guard let change = changes[user.requireID()] else { continue }
                if let position = change.position {
                    user.position = String(AccountRules.singleLine(position).prefix(AccountRules.positionMaximum))
                }
                if let department = change.department {
                    user.department = String(AccountRules.singleLine(department).prefix(AccountRules.departmentMaximum))
                }
                if user.hasChanges { try await user.save(on: database) }
            }
        }
    }

    /// The password hash of a random secret nobody keeps: members created with it cannot log in until
    /// they get a password of their own. Made before a transaction, so bcrypt's slowness holds no lock.
    package struct UnusablePassword: Sendable {
        let hash: String

        package static func make(on app: Application) async throws -> UnusablePassword {
            UnusablePassword(hash: try await PasswordHashing(application: app).hash(RandomToken.make()))
        }
    }

    /// A person an import brings in who has no account yet.
    package struct NewMember: Sendable {
        package let email: String
        package let displayName: String
        package let position: String
        package let department: String

        package init(email: String, displayName: String, position: String, department: String) {
            self.email = email
            self.displayName = displayName
            self.position = position
            self.department = department
        }
    }

    /// Creates members without a usable password, in one insert. Usernames come from the e-mail's local
    /// part, made unique. Returns ids by e-mail. Runs in the caller's transaction when `database` is one.
    /// The HR export vouches for the addresses: they count as confirmed, and its people are employees.
    package func createMembers(_ people: [NewMember], password: UnusablePassword, now: Date = Date()) async throws -> [String: Int64] {
        guard !people.isEmpty else { return [:] }
        let hash = password.hash
        var taken = try await takenUsernames(like: people.map { Self.usernameBase(email: $0.email) })
        var created: [String: Int64] = [:]
        var users: [User] = []
        for person in people {
            let username = Self.unique(Self.usernameBase(email: person.email), avoiding: &taken)
            let user = User(username: username, displayName: String(AccountRules.singleLine(person.displayName).prefix(AccountRules.displayNameMaximum)),
                            email: person.email, passwordHash: hash, role: .member, emailConfirmedAt: now, affiliation: .employee)
            user.position = String(AccountRules.singleLine(person.position).prefix(AccountRules.positionMaximum))
            user.department = String(AccountRules.singleLine(person.department).prefix(AccountRules.departmentMaximum))
            users.append(user)
            created[user.email] = user.requireID()
        }
        try await users.create(on: database)
        // Remembered until they set a password through a mailed link: the invitation button finds them.
        try await users.map { PasswordlessMember(userID: try $0.requireID(), now: now) }.create(on: database)
        return created
    }

    /// `jürgen.neumann@…` becomes `juergen.neumann`: ASCII letters, digits, dots, hyphens and underscores,
    /// between 3 and 26 characters (room for a number that makes it unique).
    static func usernameBase(email: String) -> String {
        let local = email.split(separator: "@").first.map(String.init) ?? email
        let folded = local.lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
            .folding(options: .diacriticInsensitive, locale: nil)
        var name = String(folded.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
            .map(Character.init))
        while let first = name.first, ".-".contains(first) { name.removeFirst() }
        name = String(name.prefix(26))
        while let last = name.last, ".-".contains(last) { name.removeLast() }
        return name.count < 3 ? "mitglied" : name
    }

    private static func unique(_ base: String, avoiding taken: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Usernames already in use that start like one of these bases (a numbered twin included), in
    /// chunks of one query each. `_` matches any character in LIKE: a wider match only reserves more.
    private func takenUsernames(like bases: [String]) async throws -> Set<String> {
        let prefixes = Array(Set(bases))
        var taken = Set<String>()
        for start in stride(from: 0, to: prefixes.count, by: 100) {
            let chunk = prefixes[start..<min(start + 100, prefixes.count)]
            let rows = try await database.sql.select().column("username_key").from(User.schema)
                .where { group in
                    for prefix in chunk { group.orWhere("username_key", .like, prefix + "%") }
                    return group
                }
                .all()
            for row in rows { taken.insert(try row.decode(column: "username_key", as: String.self)) }
        }
        return taken
    }
}
