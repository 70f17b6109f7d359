import Vapor

/// A one-time message shown on the next page a person sees ("Profil gespeichert").
package struct FlashMessage: Codable, Sendable, Equatable {
    package enum Kind: String, Codable, Sendable {
        case success, error, info
    }

    package let kind: Kind
    package let text: LocalizedText

    package init(_ kind: Kind, _ text: LocalizedText) {
        self.kind = kind
        self.text = text
    }
}

extension Request {
    /// Queues a message for the next page this session renders.
    package func flash(_ kind: FlashMessage.Kind, _ text: LocalizedText) {
        var messages = storedFlashes()
        messages.append(FlashMessage(kind, text))
        session.data[SessionKeys.flash] = (try? JSONEncoder().encode(messages)).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Returns the queued messages and forgets them.
    package func takeFlashes() -> [FlashMessage] {
        guard hasSessionCookie else { return [] }
        let messages = storedFlashes()
        if !messages.isEmpty { session.data[SessionKeys.flash] = nil }
        return messages
    }

    private func storedFlashes() -> [FlashMessage] {
        guard let stored = session.data[SessionKeys.flash] else { return [] }
        return (try? JSONDecoder().decode([FlashMessage].self, from: Data(stored.utf8))) ?? []
    }
}
