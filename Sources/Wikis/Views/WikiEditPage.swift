import Plot
import TreffpunktCore

/// The form that creates a page or saves an edit; after an edit conflict it also shows the newest
/// version and how it differs from the text the person wrote, which stays in the form.
enum WikiEditPage {
    struct Conflict {
        let theirs: WikiRevision
        let authorLine: String
        let differences: [LineDiff.Line]
    }

    struct Model {
        let scope: WikiScope
        let tree: WikiTree
        /// `nil` while creating a page.
        var page: WikiPage?
        var draft: WikiDraft
        var errors = FormErrors()
        /// The revision the edit is based on, carried by the form.
        var baseRevisionID: Int64?
        var conflict: Conflict?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = model.page.map { context.t(WikisText.editTitle($0.title)) } ?? context.t(WikisText.newPage)
        let action = model.page.map { model.scope.path(.page($0.requireID())) } ?? model.scope.path(.home)
        let cancel = model.page.map { model.scope.path(.page($0.requireID())) } ?? model.scope.path(.home)
        return Layout.page(title, context: context, content: .div(
            .class("wiki wiki-edit"),
            WikiHeader.render(model.scope, context: context),
            .h1(.text(title)),
            .unwrap(model.conflict) { conflictPanel($0, context: context) },
            .form(
                .class("card"), .method(.post), .safeAction(action),
                Layout.csrfField(context.csrfToken),
                .unwrap(model.baseRevisionID) { .input(.type(.hidden), .name("base_revision"), .safeValue(String($0))) },
                FormField.input("title", label: context.t(WikisText.titleLabel), value: model.draft.title,
                                error: model.errors["title"].map { context.t($0) }, maxLength: WikiTitle.maximumLength),
                FormField.select("parent", label: context.t(WikisText.parentLabel), options: parentOptions(model, context: context),
                                 selected: model.draft.parent, error: model.errors["parent"].map { context.t($0) }),
                FormField.textArea("body", label: context.t(model.conflict == nil ? WikisText.bodyLabel : WikisText.yourText),
                                   value: model.draft.body, error: model.errors["body"].map { context.t($0) }, rows: 18,
                                   maxLength: WikiDraft.maximumBodyLength, hint: context.t(WikisText.bodyHint)),
                FormField.input("note", label: context.t(WikisText.noteLabel), value: model.draft.note,
                                error: model.errors["note"].map { context.t($0) }, required: false, maxLength: WikiDraft.maximumNoteLength),
                .button(.type(.submit), .class("primary"),
                        .text(context.t(model.page == nil ? WikisText.createButton : WikisText.saveButton))),
                .text(" "),
                .a(.safeHref(cancel), .text(context.t(WikisText.cancel)))
            )
        ))
    }

    private static func conflictPanel(_ conflict: Conflict, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card wiki-conflict"), .id("conflict"), .attribute(named: "role", value: "alert"),
            .h2(.text(context.t(WikisText.conflictTitle))),
            .p(.text(context.t(WikisText.conflictExplanation))),
            .h3(.text(conflict.authorLine)),
            .pre(.class("wiki-theirs"), .text(conflict.theirs.source)),
            .h3(.text(context.t(WikisText.differences))),
            WikiDiffList.render(conflict.differences, context: context)
        )
    }

    /// The top level and every page of the wiki but the one being edited.
    private static func parentOptions(_ model: Model, context: PageContext) -> [(value: String, label: String)] {
        [(value: "", label: context.t(WikisText.topLevel))]
            + model.tree.nodes.filter { $0.id != model.page?.id }.map { (value: String($0.id), label: $0.title) }
    }
}
