import Plot
import TreffpunktCore

/// The import's first step: choose a CSV file. Shows why a file could not be read at all.
enum OrgImportPage {
    static func render(problem: LocalizedText?, context: PageContext) -> HTML {
        Layout.page(context.t(OrgImportText.title), context: context, content: .div(
            .p(.a(.safeHref(OrgAdminURL.overview.path), .text(context.t(OrgAdminText.back)))),
            .h1(.text(context.t(OrgImportText.title))),
            .p(.text(context.t(OrgImportText.intro))),
            uploadForm(problem: problem, context: context)
        ))
    }

    /// Files travel in a streamed body, so the form token rides in the address (see `CSRFMiddleware`).
    static func uploadForm(problem: LocalizedText?, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("card"), .method(.post), .enctype(.multipartData), .id("org-import-upload"),
            .safeAction(OrgAdminURL.importFile.path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"),
            Layout.csrfField(context.csrfToken),
            .unwrap(problem) { .p(.class("field-error"), .id("import-problem"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            .div(
                .class("field"),
                .label(.for("import-file"), .text(context.t(OrgImportText.file))),
                .input(.type(.file), .name("file"), .id("import-file"), .required(true),
                       .attribute(named: "accept", value: ".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"),
                       .attribute(named: "aria-describedby", value: "import-columns")),
                .p(.class("field-hint"), .id("import-columns"), .text(context.t(OrgImportText.columnsHint)))
            ),
            .button(.type(.submit), .class("primary"), .text(context.t(OrgImportText.showPreview)))
        )
    }
}
