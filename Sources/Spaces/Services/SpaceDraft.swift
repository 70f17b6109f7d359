import TreffpunktCore

/// What someone typed to create a space, before any rule checked it.
struct SpaceDraft: Sendable {
    var name: String
    var description: String
    var access: String

    static let maximumNameLength = 80
    static let maximumDescriptionLength = 1000

    /// The problems with the draft, field by field; the chosen access when there are none.
    func check() -> (SpaceAccess?, FormErrors) {
        var errors = FormErrors()
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.count < 2 || name.count > Self.maximumNameLength {
            errors.add("name", SpacesText.nameLength)
        } else if Slug.make(from: name).isEmpty {
            errors.add("name", SpacesText.nameNeedsLetters)
        }
        if description.count > Self.maximumDescriptionLength {
            errors.add("description", SpacesText.descriptionTooLong)
        }
        let access = SpaceAccess(rawValue: access)
        if access == nil { errors.add("access", SpacesText.unknownAccess) }
        return (access, errors)
    }
}

/// A new space, or why it could not be made.
enum SpaceCreation {
    case created(Space)
    case rejected(FormErrors)
}
