import Fluent
import TreffpunktCore

struct CreateMemberSkills: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MemberSkill.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("skill", .string, .required)
            .field("skill_key", .string, .required)
            .field("position", .int, .required)
            .unique(on: "user_id", "skill_key", name: "member_skills_user_skill_unique")
            .create()
        // The directory's skill filter: the members who have a skill.
        try await database.createIndex("member_skills_skill_user", on: MemberSkill.schema, columns: ["skill_key", "user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MemberSkill.schema).delete()
    }
}
