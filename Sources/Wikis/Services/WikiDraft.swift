import Foundation
import TreffpunktCore

/// What someone typed into a wiki page's form, before any rule checked it.
struct WikiDraft: Sendable {
    var title: String
    var body: String
    /// The parent page's id as the form sent it; empty for the top level.
    var parent: String
    var note: String

    static let maximumBodyLength = 100_000
    static let maximumNoteLength = 200

    /// The draft as it will be stored: title cleaned, line endings as `\n` (browsers send `\r\n`, which
    /// would make every line differ in a diff).
    struct Checked: Sendable {
        let title: String
        let body: String
        let parentID: Int64?
        let note: String
    }

    /// The problems field by field, checked against the wiki's pages; `editing` is the page being saved.
    func check(in tree: WikiTree, editing pageID: Int64?) -> Result<Checked, FormErrors> {
        var errors = FormErrors()
        let title = WikiTitle.clean(self.title)
        if title.isEmpty || title.count > WikiTitle.maximumLength {
            errors.add("title", WikisText.titleLength)
        } else if title.contains(where: WikiTitle.forbiddenCharacters.contains) {
            errors.add("title", WikisText.titleCharacters)
        } else if let other = tree.node(titled: title), other.id != pageID {
            errors.add("title", WikisText.titleTaken(other.title))
        }
        let body = self.body.replacingOccurrences(of: "\r\n", with: "\n")
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("body", WikisText.bodyEmpty)
        } else if body.count > Self.maximumBodyLength {
            errors.add("body", WikisText.bodyTooLong)
        }
        var parentID: Int64?
        let parent = self.parent.trimmingCharacters(in: .whitespaces)
        if !parent.isEmpty {
            if let id = Int64(parent), tree.node(id: id) != nil {
                if let pageID, tree.wouldLoop(page: pageID, under: id) {
                    errors.add("parent", WikisText.parentLoop)
                } else {
                    parentID = id
                }
            } else {
                errors.add("parent", WikisText.parentUnknown)
            }
        }
        let note = self.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > Self.maximumNoteLength { errors.add("note", WikisText.noteTooLong) }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(Checked(title: title, body: body, parentID: parentID, note: note))
    }
}
