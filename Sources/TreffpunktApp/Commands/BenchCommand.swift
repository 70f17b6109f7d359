import Accounts
import Fluent
import Foundation
import Social
import TreffpunktCore
import Vapor

/// `treffpunkt bench seed` fills an empty database with the standard benchmark data set;
/// `treffpunkt bench tokens --count N` prints API tokens of N bench members, one per line, for load generators;
/// `treffpunkt bench realtime-seed --members N --output FILE` fills an empty database with N members only and writes
/// each one's id, username and API token to FILE, for the realtime benchmark's WebSocket clients.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "seed, tokens or realtime-seed")
        var action: String

        @Option(name: "members", help: "Members (default 10000; realtime-seed: 2000).")
        var members: Int?
        @Option(name: "posts", help: "Posts (default 1000000).")
        var posts: Int?
        @Option(name: "friends", help: "Friends per member (default 150).")
        var friends: Int?
        @Option(name: "comments", help: "Comments (default 200000).")
        var comments: Int?
        @Option(name: "reactions", help: "Reactions (default 1000000).")
        var reactions: Int?
        @Option(name: "count", help: "How many tokens (default 200).")
        var count: Int?
        @Option(name: "output", help: "realtime-seed: the file for the members' ids, usernames and tokens.")
        var output: String?
    }

    var help: String {
        "Benchmark data: `seed` writes the standard data set, `tokens` prints API tokens of bench members, "
            + "`realtime-seed` writes members and a file of their tokens."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        switch signature.action {
        case "seed":
            try await seed(app, signature: signature, console: context.console)
        case "tokens":
            let ids = try await AccountsBenchData.memberIDs(on: app.db)
            guard !ids.isEmpty else {
                context.console.error("No bench members: run `treffpunkt bench seed` first.")
                throw ExitCode(2)
            }
            var random = SeededRandom(seed: 7)
            let chosen = (0..<(signature.count ?? 200)).map { _ in ids.randomElement(using: &random)! }
            for token in try await AccountsBenchData.createTokens(for: chosen, on: app.db) {
                context.console.output(token.consoleText())
            }
        case "realtime-seed":
            try await seedRealtime(app, signature: signature, console: context.console)
        default:
            context.console.error("Unknown action '\(signature.action)': use seed, tokens or realtime-seed.")
            throw ExitCode(2)
        }
    }

    private func seed(_ app: Application, signature: Signature, console: any Console) async throws {
        try await requireEmptyDatabase(app, console: console)
        var size = SocialBenchData.Size()
        size.friendsPerMember = signature.friends ?? size.friendsPerMember
        size.posts = signature.posts ?? size.posts
        size.comments = signature.comments ?? size.comments
        size.reactions = signature.reactions ?? size.reactions
        let memberCount = signature.members ?? 10_000
        let started = Date()
        func progress(_ step: String) {
            console.print(String(format: "%7.1f s  %@", Date().timeIntervalSince(started), step))
        }
        let ids = try await AccountsBenchData.insertMembers(count: memberCount, on: app.db)
        progress("members: \(ids.count)")
        let usernames = (1...memberCount).map(AccountsBenchData.username)
        try await SocialBenchData.insert(memberIDs: ids, usernames: usernames, size: size, on: app.db, progress: progress)
        // Fresh statistics, so both query planners choose their indexes as they would on a lived-in database;
        // on PostgreSQL also a vacuum, which a lived-in database has had: without it the first reads of
        // every freshly written page write it again (hint bits), and the first minute measures that.
        let isPostgres = app.db.sql.dialect.name == "postgresql"
        try await app.db.sql.raw(isPostgres ? "VACUUM (ANALYZE)" : "ANALYZE").run()
        progress("done")
    }

    /// Members and a token for each, nothing else: the realtime benchmark opens one WebSocket per member and
    /// makes its chats through the API. Lines of FILE: `id<TAB>username<TAB>token`, in username order.
    private func seedRealtime(_ app: Application, signature: Signature, console: any Console) async throws {
        guard let output = signature.output else {
            console.error("realtime-seed needs --output FILE.")
            throw ExitCode(2)
        }
        try await requireEmptyDatabase(app, console: console)
        let memberCount = signature.members ?? 2_000
        let ids = try await AccountsBenchData.insertMembers(count: memberCount, on: app.db)
        let tokens = try await AccountsBenchData.createTokens(for: ids, on: app.db)
        let lines = ids.indices.map { "\(ids[$0])\t\(AccountsBenchData.username($0 + 1))\t\(tokens[$0])\n" }
        try lines.joined().write(toFile: output, atomically: true, encoding: .utf8)
        console.print("\(memberCount) members, their tokens in \(output)")
    }

    /// Both data sets need a database without members: bench members must not mix with real ones.
    private func requireEmptyDatabase(_ app: Application, console: any Console) async throws {
        guard try await AccountsAdministration.memberCount(on: app.db) == 0 else {
            console.error("The database is not empty; benchmark data needs an empty one.")
            throw ExitCode(2)
        }
    }
}
