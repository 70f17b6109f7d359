import Foundation
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Members who chat through the API (and their browsers for the pages), and the chats they start.
struct MessagingFixtures {
    let app: Application

    func member(_ username: String) async throws -> APIMember {
        try await app.apiMember(username)
    }

    /// Starts a chat through the API and returns its id.
    func chat(_ creator: APIMember, with others: [APIMember], name: String? = nil,
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let ids = others.map { "\"\($0.id)\"" }.joined(separator: ",")
        let json = #"{"account_ids": [\#(ids)]\#(name.map { #", "name": \#(Application.jsonString($0))"# } ?? "")}"#
        let response = try await app.api(.POST, "/api/v1/chats", token: creator.token, json: json)
        #expect(response.status == .ok, "\(response.text)", sourceLocation: sourceLocation)
        return try #require(try response.object["id"] as? String)
    }

    /// Sends a message through the API and returns its JSON.
    @discardableResult
    func send(_ text: String, in chatID: String, by member: APIMember, media: [String] = [],
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let mediaIDs = media.map { "\"\($0)\"" }.joined(separator: ",")
        let response = try await app.api(.POST, "/api/v1/chats/\(chatID)/messages", token: member.token,
                                         json: #"{"content": \#(Application.jsonString(text)), "media_ids": [\#(mediaIDs)]}"#)
        #expect(response.status == .ok, "\(response.text)", sourceLocation: sourceLocation)
        return try response.object
    }

    func count(_ query: SQLQueryString) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(query)").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
