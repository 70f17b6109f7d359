@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

@Suite("Social API: instance, WebFinger and NodeInfo")
struct APIInstanceTests {
    @Test("instance v1 and v2 describe the installation as Mastodon 4.3 does, with Treffpunkt's version")
    func instance() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example.com"; $0.instanceName = "Musterfirma" }) { app in
            let anna = try await app.apiMember("anna")
            _ = try await app.postStatus("Hallo", by: anna)
            _ = try await app.postStatus("Intern", visibility: "unlisted", by: anna)

            let v1 = try await app.api(.GET, "/api/v1/instance")
            #expect(v1.status == .ok)
            let one = try v1.object
            #expect(one["version"] as? String == "4.3.0 (compatible; Treffpunkt 0.1.0)")
            #expect(one["uri"] as? String == "treffpunkt.example.com")
            #expect(one["title"] as? String == "Musterfirma")
            #expect(one["registrations"] as? Bool == true)
            #expect(one["approval_required"] as? Bool == false)
            #expect(one["languages"] as? [String] == ["de", "en"])
            #expect(one["email"] as? String == "postmaster@treffpunkt.example.com")
            #expect((one["urls"] as? [String: Any])?["streaming_api"] as? String == "wss://treffpunkt.example.com")
            let stats = try #require(one["stats"] as? [String: Any])
            #expect(stats["user_count"] as? Int == 1 && stats["status_count"] as? Int == 2 && stats["domain_count"] as? Int == 0)
            let statuses = (one["configuration"] as? [String: Any])?["statuses"] as? [String: Any]
            #expect(statuses?["max_characters"] as? Int == 5000 && statuses?["max_media_attachments"] as? Int == 4)
            let media = (one["configuration"] as? [String: Any])?["media_attachments"] as? [String: Any]
            #expect((media?["supported_mime_types"] as? [String])?.contains("video/quicktime") == true)
            #expect(media?["image_size_limit"] as? Int == 16 << 20 && media?["video_size_limit"] as? Int == 200 << 20)
            #expect(one.keys.contains("contact_account") && one["contact_account"] is NSNull)

            let v2 = try await app.api(.GET, "/api/v2/instance", token: anna.token)
            #expect(v2.status == .ok)
            let two = try v2.object
            #expect(two["version"] as? String == "4.3.0 (compatible; Treffpunkt 0.1.0)")
            #expect(two["domain"] as? String == "treffpunkt.example.com")
            #expect((two["api_versions"] as? [String: Any])?["mastodon"] as? Int == 2)
            #expect(((two["usage"] as? [String: Any])?["users"] as? [String: Any])?["active_month"] as? Int == 1)
            let registrations = try #require(two["registrations"] as? [String: Any])
            #expect(registrations["enabled"] as? Bool == true && registrations["approval_required"] as? Bool == false)
            #expect(registrations.keys.contains("message") && registrations["message"] is NSNull)
            let configuration = try #require(two["configuration"] as? [String: Any])
            #expect((configuration["urls"] as? [String: Any])?["streaming"] as? String == "wss://treffpunkt.example.com")
            #expect(((configuration["statuses"] as? [String: Any])?["max_characters"]) as? Int == 5000)
            #expect((two["contact"] as? [String: Any])?["email"] as? String == "postmaster@treffpunkt.example.com")
            #expect((two["thumbnail"] as? [String: Any])?["url"] as? String == "https://treffpunkt.example.com/images/header.png")
            #expect(two["rules"] as? [Any] != nil && two["icon"] as? [Any] != nil)

            #expect(try await app.api(.GET, "/api/v1/custom_emojis").text == "[]")
            #expect(try await app.api(.GET, "/api/v1/instance/peers").text == "[]")
        }
    }

    @Test("closed registration is reported as such, with its message in the reader's language")
    func closedRegistration() async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            let one = try await app.api(.GET, "/api/v1/instance").object
            #expect(one["registrations"] as? Bool == false)
            #expect(one["uri"] as? String == "localhost:8080")
            let two = try await app.testing().sendRequest(.GET, "/api/v2/instance", headers: ["Accept-Language": "en"]).object
            let registrations = try #require(two["registrations"] as? [String: Any])
            #expect(registrations["enabled"] as? Bool == false)
            #expect(registrations["message"] as? String == "Sign-up by invitation only.")
            #expect(((two["configuration"] as? [String: Any])?["urls"] as? [String: Any])?["streaming"] as? String == "ws://localhost:8080")
        }
    }

    @Test("WebFinger finds members by handle or profile address; unknown ones are 404 and malformed resources 400, as JSON")
    func webfinger() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example.com" }) { app in
            _ = try await app.apiMember("anna.schmidt")
            for resource in ["acct:anna.schmidt@treffpunkt.example.com", "acct:Anna.Schmidt@TREFFPUNKT.example.com",
                             "acct:anna.schmidt", "https://treffpunkt.example.com/@anna.schmidt"] {
                let found = try await app.api(.GET, "/.well-known/webfinger?resource=\(resource)")
                #expect(found.status == .ok, "\(resource)")
                #expect(found.headers.contentType?.subType == "jrd+json")
                let json = try found.object
                #expect(json["subject"] as? String == "acct:anna.schmidt@treffpunkt.example.com")
                #expect(json["aliases"] as? [String] == ["https://treffpunkt.example.com/@anna.schmidt"])
                let links = try #require(json["links"] as? [[String: String]])
                #expect(links.contains { $0["rel"] == "self" && $0["type"] == "application/activity+json"
                    && $0["href"] == "https://treffpunkt.example.com/@anna.schmidt" })
                #expect(links.contains { $0["rel"] == "http://webfinger.net/rel/profile-page" && $0["type"] == "text/html" })
            }
            for resource in ["acct:niemand@treffpunkt.example.com", "acct:anna.schmidt@anderswo.example.org",
                             "https://anderswo.example.org/@anna.schmidt"] {
                let missing = try await app.api(.GET, "/.well-known/webfinger?resource=\(resource)")
                #expect(missing.status == .notFound, "\(resource)")
                #expect(missing.errorMessage == "Mitglied nicht gefunden", "\(resource)")
            }
            for query in ["", "?resource=", "?resource=anna", "?resource=acct:", "?resource=acct:@treffpunkt.example.com",
                          "?resource=acct:anna@"] {
                let malformed = try await app.api(.GET, "/.well-known/webfinger\(query)")
                #expect(malformed.status == .badRequest, "\(query)")
                #expect(malformed.errorMessage?.contains("acct:name@host") == true, "\(query)")
            }
        }
    }

    @Test("NodeInfo is found through /.well-known/nodeinfo and tells software, version and usage")
    func nodeInfo() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example.com" }) { app in
            let anna = try await app.apiMember("anna")
            _ = try await app.apiMember("ben")
            _ = try await app.postStatus("Eins", by: anna)
            let links = try await app.api(.GET, "/.well-known/nodeinfo")
            #expect(links.status == .ok)
            let link = try #require((try links.object["links"] as? [[String: String]])?.first)
            #expect(link["rel"] == "http://nodeinfo.diaspora.software/ns/schema/2.0")
            #expect(link["href"] == "https://treffpunkt.example.com/nodeinfo/2.0")

            let info = try await app.api(.GET, "/nodeinfo/2.0")
            #expect(info.status == .ok)
            #expect(info.headers.first(name: .contentType)?.contains("nodeinfo.diaspora.software/ns/schema/2.0") == true)
            let json = try info.object
            #expect(json["version"] as? String == "2.0")
            #expect((json["software"] as? [String: String]) == ["name": "treffpunkt", "version": "0.1.0"])
            #expect(json["protocols"] as? [String] == [])
            #expect(json["openRegistrations"] as? Bool == true)
            let usage = try #require(json["usage"] as? [String: Any])
            #expect((usage["users"] as? [String: Int])?["total"] == 2)
            #expect((usage["users"] as? [String: Int])?["activeMonth"] == 1)
            #expect(usage["localPosts"] as? Int == 1)
        }
    }
}
