import Fluent
import NIOCore
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// Two members acting at once must not turn into "database is locked" (500) on SQLite: the fuzzer met
/// it with two favourites at the same moment.
@Suite struct WriteTransactionTests {
    @Test(.enabled(if: System.coreCount >= 2, "needs two event loops, so two database connections"))
    func aTransactionThatReadsFirstStillWritesWhenAnotherConnectionWroteMeanwhile() async throws {
        try await withTestApp { app in
            try await app.db.sql.raw("CREATE TABLE write_turns (writer TEXT NOT NULL)").run()
            let loops = Array(app.eventLoopGroup.makeIterator())
            let mine = try #require(app.databases.database(logger: app.logger, on: loops[0]))
            let other = try #require(app.databases.database(logger: app.logger, on: loops[1]))

            let otherWrite = try await mine.writeTransaction { db in
                _ = try await db.sql.raw("SELECT COUNT(*) AS n FROM write_turns").all()
                let otherWrite = Task { try await other.sql.raw("INSERT INTO write_turns (writer) VALUES ('other')").run() }
                // Time for the other connection to write (without the lock taken first it commits now).
                try await Task.sleep(for: .milliseconds(300))
                try await db.sql.raw("INSERT INTO write_turns (writer) VALUES ('mine')").run()
                return otherWrite
            }
            try await otherWrite.value
            let writers = try await app.db.sql.raw("SELECT writer FROM write_turns").all().map { try $0.decode(column: "writer", as: String.self) }
            #expect(Set(writers) == ["mine", "other"])
        }
    }

    /// A service that writes in a transaction may be called by another one's transaction (a blog article
    /// publishing its post): the inner one joins the outer, and a failure undoes both.
    @Test func aWriteTransactionInsideAnotherJoinsIt() async throws {
        try await withTestApp { app in
            try await app.db.sql.raw("CREATE TABLE nested_writes (step TEXT NOT NULL)").run()
            try await app.db.writeTransaction { outer in
                try await outer.sql.raw("INSERT INTO nested_writes (step) VALUES ('outer')").run()
                try await outer.writeTransaction { inner in
                    try await inner.sql.raw("INSERT INTO nested_writes (step) VALUES ('inner')").run()
                }
            }
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await app.db.writeTransaction { outer in
                    try await outer.sql.raw("INSERT INTO nested_writes (step) VALUES ('undone')").run()
                    try await outer.writeTransaction { _ in throw Refused() }
                }
            }
            let steps = try await app.db.sql.raw("SELECT step FROM nested_writes").all().map { try $0.decode(column: "step", as: String.self) }
            #expect(steps.sorted() == ["inner", "outer"])
        }
    }
}
