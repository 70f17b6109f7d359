import Accounts
import Blogs
import Fluent
import Forums
import Messaging
import Organisation
import Pages
import Social
import Spaces
import TreffpunktCore
import Vapor
import Wikis

/// The demo company, put together from each feature's demo data.
package enum DemoData {
    package static let organisationName = "Musterfirma GmbH"

    /// Returns how many people were created; running it again creates nothing new.
    package static func load(into app: Application) async throws -> Int {
        if try await app.instanceSettings.value(InstanceSettings.organisationNameKey, on: app.db) == nil {
            try await app.instanceSettings.set(InstanceSettings.organisationNameKey, to: organisationName, on: app.db)
        }
        let people = try await AccountsDemoData.seed(on: app)
        try await SocialDemoData.seed(on: app)
        // Organisation first: its projects get their spaces through the project-space hook.
        try await OrganisationFeature.seedDemo(on: app)
        try await SpacesFeature.seedDemo(on: app)
        try await PagesFeature.seedDemo(on: app)
        try await BlogsFeature.seedDemo(on: app)
        try await ForumsFeature.seedDemo(on: app)
        try await WikisFeature.seedDemo(on: app)
        try await MessagingFeature.seedDemo(on: app)
        return people
    }
}
