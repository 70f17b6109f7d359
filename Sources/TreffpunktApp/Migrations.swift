import Accounts
import Blogs
import Fluent
import Forums
import Mail
import Media
import Messaging
import Organisation
import Pages
import Realtime
import Social
import Spaces
import TreffpunktCore
import Vapor
import Wikis

/// Every migration in the order it first shipped. Append only: never reorder, edit or remove one.
enum Migrations {
    static func register(in app: Application) {
        app.migrations.add(SessionRecord.migration)
        app.migrations.add(CreateInstanceSettings())
        app.migrations.add(AccountsFeature.migrations)
        app.migrations.add(SocialFeature.migrations)
        app.migrations.add(MediaFeature.migrations)
        app.migrations.add(OrganisationFeature.migrations)
        app.migrations.add(PagesFeature.migrations)
        app.migrations.add(SpacesFeature.migrations)
        app.migrations.add(BlogsFeature.migrations)
        app.migrations.add(ForumsFeature.migrations)
        app.migrations.add(WikisFeature.migrations)
        app.migrations.add(RealtimeFeature.migrations)
        app.migrations.add(MessagingFeature.migrations)
        app.migrations.add(MailFeature.migrations)
    }
}
