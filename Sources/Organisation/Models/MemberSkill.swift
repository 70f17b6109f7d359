import Fluent
import Foundation
import TreffpunktCore

/// A free tag on a member's profile ("Schweißen", "SAP", "Englisch"): what people can ask them about.
final class MemberSkill: Model, @unchecked Sendable {
    static let schema = "member_skills"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "user_id") var userID: Int64
    /// As the member typed it.
    @Field(key: "skill") var skill: String
    /// Folded (`SkillNames.key`), so "CAD", "cad" and "Cád" are one skill in the directory.
    @Field(key: "skill_key") var skillKey: String
    @Field(key: "position") var position: Int

    init() {}

    init(userID: Int64, skill: String, position: Int) {
        self.id = SnowflakeID.next()
        self.userID = userID
        self.skill = skill
        self.skillKey = SkillNames.key(skill)
        self.position = position
    }
}
