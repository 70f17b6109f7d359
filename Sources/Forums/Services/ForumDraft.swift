import TreffpunktCore

/// What a person typed for a new topic or a reply, checked before anything is written.
struct ForumDraft: Sendable {
    static let titleLimit = 200
    static let bodyLimit = 20_000

    var title = ""
    var body = ""

    var trimmedTitle: String { title.trimmingCharacters(in: .whitespacesAndNewlines) }
    var trimmedBody: String { body.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A reply has no title; a topic needs one.
    func errors(needsTitle: Bool) -> FormErrors {
        var errors = FormErrors()
        if needsTitle {
            if trimmedTitle.isEmpty { errors.add("title", ForumsText.titleRequired) }
            if trimmedTitle.count > Self.titleLimit { errors.add("title", ForumsText.tooLong(Self.titleLimit)) }
        }
        if trimmedBody.isEmpty { errors.add("body", ForumsText.bodyRequired) }
        if trimmedBody.count > Self.bodyLimit { errors.add("body", ForumsText.tooLong(Self.bodyLimit)) }
        return errors
    }
}
