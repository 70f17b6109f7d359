import Fluent
import Foundation
import Synchronization
import Vapor

/// Reads and writes installation-wide settings. Pages read the organisation name on every render,
/// so reads come from a short-lived in-process cache; other server processes see a change within `maxAge`.
package final class InstanceSettings: Sendable {
    package static let organisationNameKey = "organisation_name"

    private struct Cached {
        var values: [String: String]
        var loadedAt: Date
    }

    private let cache = Mutex<Cached?>(nil)
    private let maxAge: TimeInterval = 10

    package init() {}

    package func value(_ key: String, on database: any Database) async throws -> String? {
        if let cached = cache.withLock({ $0 }), Date().timeIntervalSince(cached.loadedAt) < maxAge {
            return cached.values[key]
        }
        let all = try await InstanceSetting.query(on: database).all()
        let values = Dictionary(uniqueKeysWithValues: all.compactMap { setting in setting.id.map { ($0, setting.value) } })
        cache.withLock { $0 = Cached(values: values, loadedAt: Date()) }
        return values[key]
    }

    package func set(_ key: String, to value: String, on database: any Database) async throws {
        if let existing = try await InstanceSetting.find(key, on: database) {
            existing.value = value
            try await existing.update(on: database)
        } else {
            try await InstanceSetting(key: key, value: value).create(on: database)
        }
        cache.withLock { $0 = nil }
    }
}

extension Application {
    private struct InstanceSettingsKey: StorageKey {
        typealias Value = InstanceSettings
    }

    package var instanceSettings: InstanceSettings {
        if let existing = storage[InstanceSettingsKey.self] { return existing }
        let created = InstanceSettings()
        storage[InstanceSettingsKey.self] = created
        return created
    }
}
