/// The members a reader blocked, was blocked by or muted, for holding back their events on public
/// streams. Loaded when a public event first needs it and again when older than `refreshInterval`, so a
/// new block or mute reaches open connections soon without a query per event.
actor HiddenAuthors {
    static let refreshInterval: Duration = .seconds(30)

    private let viewerID: Int64?
    private let load: @Sendable (Int64) async throws -> Set<Int64>
    private var members: Set<Int64> = []
    private var loadedAt: ContinuousClock.Instant?

    init(viewerID: Int64?, load: @escaping @Sendable (Int64) async throws -> Set<Int64>) {
        self.viewerID = viewerID
        self.load = load
    }

    /// Whether the reader does not want to see what `memberID` did. A visitor has no blocks or mutes.
    /// Should loading fail, the last known list stays in use (empty only before the first load).
    func hides(_ memberID: Int64) async -> Bool {
        guard let viewerID else { return false }
        if loadedAt.map({ $0.duration(to: .now) > Self.refreshInterval }) ?? true {
            if let loaded = try? await load(viewerID) {
                members = loaded
                loadedAt = .now
            }
        }
        return members.contains(memberID)
    }
}
