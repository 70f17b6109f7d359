import Vapor

/// A part of a space that another feature keeps (its blog, forum, wiki): the space's page links to it
/// without the spaces feature knowing those features.
package struct SpaceSection: Sendable {
    package let label: LocalizedText
    /// The section's address for the space with this slug.
    package let path: @Sendable (_ spaceSlug: String) -> String

    package init(label: LocalizedText, path: @escaping @Sendable (_ spaceSlug: String) -> String) {
        self.label = label
        self.path = path
    }
}

extension Application {
    private struct SpaceSectionsKey: StorageKey {
        typealias Value = [SpaceSection]
    }

    /// The sections a space's page links to, in the order features added them.
    package var spaceSections: [SpaceSection] {
        get { storage[SpaceSectionsKey.self] ?? [] }
        set { storage[SpaceSectionsKey.self] = newValue }
    }
}
