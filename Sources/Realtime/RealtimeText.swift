import TreffpunktCore

/// Every string of the Realtime feature, in German and English.
enum RealtimeText {
    static let missingStream = LocalizedText(
        de: "Bitte geben Sie einen Stream an (stream=user, public, hashtag, …).",
        en: "Please name a stream (stream=user, public, hashtag, …).")
    static func unknownStream(_ name: String) -> LocalizedText {
        LocalizedText(
            de: "Unbekannter Stream „\(name)“. Möglich sind user, user:notification, public, public:local, hashtag, hashtag:local, direct und chat.",
            en: "Unknown stream type “\(name)”. Known are user, user:notification, public, public:local, hashtag, hashtag:local, direct and chat.")
    }
    static let missingTag = LocalizedText(
        de: "Für einen Hashtag-Stream fehlt der Hashtag (tag=…).",
        en: "A hashtag stream needs its hashtag (tag=…).")
    static func tooManyStreams(_ limit: Int) -> LocalizedText {
        LocalizedText(
            de: "Eine Verbindung hört höchstens \(limit) Streams zu; bitte melden Sie vorher einen ab (unsubscribe).",
            en: "One connection listens to at most \(limit) streams; please unsubscribe from one first.")
    }
    static let unreadableMessage = LocalizedText(
        de: "Nachricht nicht lesbar: erwartet wird JSON wie {\"type\":\"subscribe\",\"stream\":\"user\"}.",
        en: "Unreadable message: expected JSON such as {\"type\":\"subscribe\",\"stream\":\"user\"}.")
    static let binaryMessage = LocalizedText(
        de: "Binäre Nachrichten werden nicht verstanden; bitte senden Sie Text (JSON).",
        en: "Binary messages are not understood; please send text (JSON).")
    static let unknownMessageType = LocalizedText(
        de: "Unbekannter Nachrichtentyp: möglich sind subscribe und unsubscribe.",
        en: "Unknown message type: known are subscribe and unsubscribe.")
    static let notAWebSocket = LocalizedText(
        de: "Diese Adresse spricht WebSocket (Upgrade: websocket). Server-Sent Events gibt es unter /api/v1/streaming/user, /public, /hashtag, …",
        en: "This address speaks WebSocket (Upgrade: websocket). Server-sent events are at /api/v1/streaming/user, /public, /hashtag, …")
    static let foreignOrigin = LocalizedText(
        de: "Live-Verbindungen mit dem Sitzungs-Cookie sind nur von Seiten dieses Servers aus erlaubt.",
        en: "Live connections with the session cookie are only allowed from this server's own pages.")
}
