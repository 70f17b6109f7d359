import Fluent

/// One named setting of this Treffpunkt installation, such as the organisation's name.
package final class InstanceSetting: Model, @unchecked Sendable {
    package static let schema = "instance_settings"

    @ID(custom: "key", generatedBy: .user) package var id: String?
    @Field(key: "value") package var value: String

    package init() {}

    package init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}

package struct CreateInstanceSettings: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(InstanceSetting.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(InstanceSetting.schema).delete()
    }
}
