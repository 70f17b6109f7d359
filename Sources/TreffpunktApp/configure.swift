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

/// Wires the features into one application: configuration, database, sessions, middleware,
/// migrations, routes and commands.
package func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    _ = app.instanceSettings
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    // A post of 5,000 characters must fit however a client writes it: an emoji is 12 bytes as JSON's
    // \uD83D\uDE00 and as a form's %F0%9F%98%80. Vapor's default of 16 kB refused such posts with 413.
    app.routes.defaultMaxBodySize = "128kb"

    try app.useDatabase(config.database)
    app.fileStore = LocalFileStore(root: URL(fileURLWithPath: config.dataDirectory).appendingPathComponent("files", isDirectory: true))
    Migrations.register(in: app)

    app.sessions.use { WriteOnChangeSessions($0.fluent.sessions.driver()) }
    app.sessions.configuration = SessionsConfiguration(cookieName: SessionKeys.cookieName) { id in
        HTTPCookies.Value(string: id.string, expires: Date(timeIntervalSinceNow: 30 * 24 * 3600), maxAge: 30 * 24 * 3600,
                          path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    // Outermost first. The error page middleware stands twice: inside, so error pages still see the
    // session and the signed-in member; outside, as the safety net for failures in sessions or sign-in.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware(outsideSessions: true))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(AccountsFeature.viewerMiddleware)
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(NULCharacterMiddleware())

    let web = app.grouped(CSRFMiddleware())
    // The API takes sessions too; their writes must come from our own pages (see SessionAPIWriteGuard).
    let api = app.grouped("api").grouped(SessionAPIWriteGuard())
    AccountsFeature.routes(web: web, api: api, clients: app)
    SocialFeature.routes(web: web, api: api, clients: app)
    MediaFeature.routes(web: web, api: api)
    OrganisationFeature.routes(web: web, api: api)
    PagesFeature.routes(web: web, api: api)
    SpacesFeature.routes(web: web, api: api)
    BlogsFeature.routes(web: web, api: api)
    ForumsFeature.routes(web: web, api: api)
    WikisFeature.routes(web: web, api: api)
    RealtimeFeature.routes(web: web, api: api)
    MessagingFeature.routes(web: web, api: api)
    MailFeature.routes(web: web)
    SocialFeature.install(on: app)
    MediaFeature.install(on: app)
    OrganisationFeature.install(on: app)
    PagesFeature.install(on: app)
    SpacesFeature.install(on: app)
    BlogsFeature.install(on: app)
    ForumsFeature.install(on: app)
    WikisFeature.install(on: app)
    RealtimeFeature.install(on: app)
    MessagingFeature.install(on: app)
    try OpenAPIDocument.boot(app)
    HealthCheck.boot(app)

    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(BenchCommand(), as: "bench")

    try await app.tuneDatabase()
}
