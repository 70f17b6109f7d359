import Fluent
import SQLKit
import TreffpunktCore

/// Members' skills: set from a comma-separated list, read per member or for a page of members at once,
/// and the members who have all of some skills (the directory's filter).
package struct SkillsService {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// The member's skills in the order they typed them.
    func skills(of userID: Int64) async throws -> [String] {
        try await skills(of: [userID])[userID] ?? []
    }

    /// Skills of many members in one query, for a page of the directory.
    func skills(of userIDs: some Collection<Int64>) async throws -> [Int64: [String]] {
        guard !userIDs.isEmpty else { return [:] }
        let rows = try await MemberSkill.query(on: database).filter(\.$userID ~~ Array(Set(userIDs)))
            .sort(\.$userID).sort(\.$position).all()
        return Dictionary(grouping: rows, by: \.userID).mapValues { $0.map(\.skill) }
    }

    /// Replaces the member's skills with those of the list; nothing changes when the list breaks a rule.
    func replace(of userID: Int64, with list: String) async throws -> FormErrors {
        let skills = SkillNames.parse(list)
        var errors = FormErrors()
        if let long = skills.first(where: { $0.count > SkillNames.maximumLength }) {
            errors.add("skills", OrgChartText.skillTooLong(long, maximum: SkillNames.maximumLength))
        } else if skills.count > SkillNames.maximumCount {
            errors.add("skills", OrgChartText.tooManySkills(skills.count, maximum: SkillNames.maximumCount))
        }
        guard errors.isEmpty else { return errors }
        try await database.writeTransaction { db in
            try await MemberSkill.query(on: db).filter(\.$userID == userID).delete()
            for (position, skill) in skills.enumerated() {
                try await MemberSkill(userID: userID, skill: skill, position: position).create(on: db)
            }
        }
        return errors
    }

    /// The members who have every one of the skills (given as typed or as keys).
    func members(withAll skills: [String]) async throws -> Set<Int64> {
        let keys = Array(Set(skills.map(SkillNames.key).filter { !$0.isEmpty }))
        guard !keys.isEmpty else { return [] }
        let ids = try await database.ids("""
            SELECT user_id AS id FROM member_skills WHERE skill_key IN (\(binds: keys))
            GROUP BY user_id HAVING COUNT(*) = \(bind: keys.count)
            """)
        return Set(ids)
    }

    /// The most common skills with how many members have them, for the directory's filter.
    func popular(limit: Int) async throws -> [(skill: String, count: Int)] {
        let rows = try await database.sql.raw("""
            SELECT MIN(skill) AS skill, COUNT(*) AS members FROM member_skills
            GROUP BY skill_key ORDER BY COUNT(*) DESC, MIN(skill) LIMIT \(literal: limit)
            """).all()
        return try rows.map { (try $0.decode(column: "skill", as: String.self), try $0.decode(column: "members", as: Int.self)) }
    }
}
