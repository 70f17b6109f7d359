import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// The OpenAPI document at `/api/openapi.json` and the routes the app really has must agree: every
/// route of the JSON API is documented with its method and path, and every documented operation exists.
@Suite struct OpenAPIContractTests {
    @Test func documentIsServedToVisitorsAsOpenAPI31() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/openapi.json")
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            let document = try OpenAPI(response)
            #expect(document.version.hasPrefix("3.1."), "openapi is \(document.version)")
            let info = try #require(document.root["info"] as? [String: Any])
            #expect(info["title"] as? String == "Treffpunkt API")
            #expect(!document.operations.isEmpty)
            #expect(document.unresolvedReferences.isEmpty, "references to nothing: \(document.unresolvedReferences)")
            #expect(document.undeclaredPathParameters.isEmpty, "path parameters without a declaration: \(document.undeclaredPathParameters)")
            #expect(document.operationsWithoutResponses.isEmpty, "operations without responses: \(document.operationsWithoutResponses)")
            #expect(document.duplicateOperationIDs.isEmpty, "operationIds used twice: \(document.duplicateOperationIDs)")
            // The fuzzer picks Mastodon's operations by the operationIds both documents share.
            #expect(document.operationsWithoutID.isEmpty, "operations without an operationId: \(document.operationsWithoutID)")
        }
    }

    @Test func everyAPIRouteIsDocumentedAndEveryOperationExists() async throws {
        try await withTestApp { app in
            let document = try OpenAPI(try await app.testing().sendRequest(.GET, "/api/openapi.json"))
            let routes = Self.apiRoutes(of: app)
            #expect(routes.count > 50)
            let undocumented = routes.subtracting(document.operations)
            let missing = document.operations.subtracting(routes)
            #expect(undocumented.isEmpty, "routes missing from openapi.json: \(undocumented.sorted())")
            #expect(missing.isEmpty, "documented operations without a route: \(missing.sorted())")
        }
    }

    /// The comparison is not vacuous: a route added without documenting it is caught.
    @Test func aNewRouteWithoutDocumentationIsCaught() async throws {
        try await withTestApp { app in
            app.get("api", "v1", "statuses", ":id", "pin") { _ in "" }
            let document = try OpenAPI(try await app.testing().sendRequest(.GET, "/api/openapi.json"))
            #expect(Self.apiRoutes(of: app).subtracting(document.operations) == ["GET /api/v1/statuses/{id}/pin"])
        }
    }

    /// The pages under `/oauth` are for browsers, not clients: they answer in HTML.
    static let htmlPages: Set<String> = ["GET /oauth/authorize", "POST /oauth/authorize"]

    /// Routes of the JSON API as `METHOD /path/{parameter}`, in OpenAPI's spelling.
    static func apiRoutes(of app: Application) -> Set<String> {
        let prefixes = ["api", "oauth", ".well-known", "nodeinfo"]
        return Set(app.routes.all.compactMap { route -> String? in
            guard let first = route.path.first, prefixes.contains(first.description) else { return nil }
            let path = route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }
            return "\(route.method.rawValue) /\(path.joined(separator: "/"))"
        }).subtracting(htmlPages)
    }
}

/// The parts of an OpenAPI document these tests read.
private struct OpenAPI {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let root: [String: Any]

    init(_ response: TestingHTTPResponse) throws {
        root = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    var version: String { root["openapi"] as? String ?? "" }

    private var paths: [String: [String: Any]] {
        (root["paths"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
    }

    private var operationEntries: [(key: String, path: String, operation: [String: Any], pathItem: [String: Any])] {
        paths.flatMap { path, item in
            Self.methods.compactMap { method in
                (item[method] as? [String: Any]).map { ("\(method.uppercased()) \(path)", path, $0, item) }
            }
        }
    }

    /// Every operation as `METHOD /path/{parameter}`.
    var operations: Set<String> { Set(operationEntries.map(\.key)) }

    var operationsWithoutResponses: [String] {
        operationEntries.filter { ($0.operation["responses"] as? [String: Any])?.isEmpty ?? true }.map(\.key).sorted()
    }

    var operationsWithoutID: [String] {
        operationEntries.filter { ($0.operation["operationId"] as? String)?.isEmpty ?? true }.map(\.key).sorted()
    }

    var duplicateOperationIDs: [String] {
        let ids = operationEntries.compactMap { $0.operation["operationId"] as? String }
        return Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// `{name}` segments of a path that no `in: path` parameter of the operation (or its path) declares.
    var undeclaredPathParameters: [String] {
        operationEntries.flatMap { entry -> [String] in
            let declared = Set(((entry.pathItem["parameters"] as? [Any] ?? []) + (entry.operation["parameters"] as? [Any] ?? []))
                .compactMap { resolve($0) }
                .filter { $0["in"] as? String == "path" }
                .compactMap { $0["name"] as? String })
            let templated = entry.path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
            return templated.filter { !declared.contains($0) }.map { "\(entry.key): \($0)" }
        }.sorted()
    }

    /// Every `$ref` in the document that names nothing in it.
    var unresolvedReferences: [String] {
        var unresolved: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String, lookUp(ref) == nil { unresolved.append(ref) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        return unresolved.sorted()
    }

    private func resolve(_ value: Any) -> [String: Any]? {
        guard let object = value as? [String: Any] else { return nil }
        guard let ref = object["$ref"] as? String else { return object }
        return lookUp(ref) as? [String: Any]
    }

    /// A local reference (`#/components/schemas/Status`) looked up as a JSON pointer.
    private func lookUp(_ ref: String) -> Any? {
        guard ref.hasPrefix("#/") else { return nil }
        var current: Any = root
        for token in ref.dropFirst(2).split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let object = current as? [String: Any], let next = object[key] else { return nil }
            current = next
        }
        return current
    }
}
