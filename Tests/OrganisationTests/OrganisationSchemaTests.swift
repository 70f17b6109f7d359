import Fluent
import Organisation
import Testing
import TestSupport

@Suite struct OrganisationSchemaTests {
    @Test func migrationsCreateTheOrganisationTables() async throws {
        try await withTestApp { app in
            let reader = OrganisationReader(database: app.db)
            #expect(try await reader.units().isEmpty)
            #expect(try await reader.projects().isEmpty)
        }
    }
}
