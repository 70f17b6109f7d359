import Fluent
import Organisation
import Testing
import TestSupport

@Suite struct OrganisationSchemaTests {
    @Test func migrationsCreateTheOrganisationTables() async throws {
        try await withTestApp { app in
            let reader = OrganisationReader(database: app.db)
            let units = try await reader.units()
            let projects = try await reader.projects()
            #expect(units.isEmpty)
            #expect(projects.isEmpty)
        }
    }
}
