@testable import Accounts
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// Every way Mastodon clients and browsers sign in to the streaming WebSocket, and the ways that are refused.
@Suite struct StreamingAuthenticationTests {
    /// The `user` stream of the socket carries the member's own events, whichever way the token came.
    @Test func tokenInHeaderQueryOrProtocolOpensTheUserStream() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            try await app.withRunningServer { base in
                let ways: [(String, HTTPHeaders)] = [
                    ("stream=user", ["Authorization": "Bearer \(anna.token)"]),
                    ("stream=user&access_token=\(anna.token)", [:]),
                    ("stream=user", ["Sec-WebSocket-Protocol": anna.token]),
                ]
                for (query, headers) in ways {
                    let client = try await LiveClient.connect(base, query: query, headers: headers)
                    await app.realtime.publish([.test(.user(annaID), payload: #"{"id":"\#(query.count)"}"#)])
                    let frame = try await client.nextJSON()
                    #expect(frame["stream"] as? [String] == ["user"], "\(query) \(headers)")
                    #expect(frame["event"] as? String == "update")
                    #expect(frame["payload"] as? String == #"{"id":"\#(query.count)"}"#)
                    try await client.close()
                }
            }
        }
    }

    /// Browsers drop a socket whose answer does not name the protocol they offered.
    @Test func theTokenProtocolIsNamedInTheAnswer() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            try await app.withRunningServer { base in
                let socket = try await RawSocket.connect(base)
                let head = try await socket.handshake(query: "stream=user", headers: ["Sec-WebSocket-Protocol": anna.token])
                #expect(head.hasPrefix("HTTP/1.1 101"), "\(head)")
                #expect(head.lowercased().contains("sec-websocket-protocol: \(anna.token.lowercased())"), "\(head)")
                socket.close()
            }
        }
    }

    /// The web's live connection: the session cookie from this server's own page (the browser names it in
    /// `Origin`, and the server in `Host`); a foreign page is refused.
    @Test func sessionCookieNeedsThisServersOrigin() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            try await app.withRunningServer { base in
                let cookie = anna.browser.cookieHeader
                let page = try await RawSocket.connect(base)
                let head = try await page.handshake(query: "stream=user", headers: ["Cookie": cookie, "Origin": base])
                #expect(head.hasPrefix("HTTP/1.1 101"), "\(head)")
                await app.realtime.publish([.test(.user(annaID), payload: #"{"id":"fuer-anna"}"#)])
                let received = try await page.read(until: "fuer-anna")
                #expect(received.contains(#"{"stream":["user"],"event":"update","payload":"{\"id\":\"fuer-anna\"}"}"#))
                page.close()

                for origin in ["https://evil.example", "http://127.0.0.1:1", nil] {
                    let foreign = try await RawSocket.connect(base)
                    var headers = ["Cookie": cookie]
                    headers["Origin"] = origin
                    let answer = try await foreign.handshake(query: "stream=public", headers: headers)
                    #expect(answer.hasPrefix("HTTP/1.1 403"), "\(origin ?? "no origin"): \(answer)")
                    foreign.close()
                }
            }
        }
    }

    @Test func badTokensAndMissingLoginAreRefusedBeforeTheUpgrade() async throws {
        try await withTestApp { app in
            try await app.withRunningServer { base in
                for (query, headers) in [("stream=user&access_token=falsch", HTTPHeaders()),
                                         ("stream=public", ["Authorization": "Bearer falsch"]),
                                         ("stream=public", ["Sec-WebSocket-Protocol": "falsch"]),
                                         ("stream=user", [:]), ("stream=direct", [:]), ("stream=chat", [:]),
                                         ("stream=user:notification", [:])] {
                    await #expect(throws: LiveClient.Refused(status: .unauthorized), "\(query) \(headers)") {
                        try await LiveClient.connect(base, query: query, headers: headers)
                    }
                }
                // Public streams are open to visitors.
                let visitor = try await LiveClient.connect(base, query: "stream=public")
                await app.realtime.publish([.test(.publicTimeline)])
                #expect(try await visitor.nextJSON()["stream"] as? [String] == ["public"])
                try await visitor.close()
            }
        }
    }

    /// Mastodon's scopes: a token without `read` or `read:statuses` gets no home stream, one with
    /// `read:notifications` gets the notifications.
    @Test func tokenScopesDecideTheStreams() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            let writeOnly = try await TokenService(database: app.db).create(for: annaID, name: "nur schreiben", scopes: "write").token
            let notifications = try await TokenService(database: app.db).create(for: annaID, name: "Glocke", scopes: "read:notifications").token
            try await app.withRunningServer { base in
                let refused = try await LiveClient.connect(base, query: "stream=user&access_token=\(writeOnly)")
                let error = try await refused.nextJSON()
                #expect(error["status"] as? Int == 403)
                #expect(error["error"] as? String != nil)
                try await refused.close()

                let bell = try await LiveClient.connect(base, query: "stream=user:notification&access_token=\(notifications)")
                await app.realtime.publish([.test(.user(annaID), "update"), .test(.user(annaID), "notification")])
                let frame = try await bell.nextJSON()
                #expect(frame["stream"] as? [String] == ["user:notification"])
                #expect(frame["event"] as? String == "notification")
                try await bell.close()
            }
        }
    }

    @Test func aPlainRequestIsToldToUpgrade() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/streaming?stream=public")
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("WebSocket") == true)
        }
    }
}

extension LiveClient.Refused: Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.status == rhs.status }
}
