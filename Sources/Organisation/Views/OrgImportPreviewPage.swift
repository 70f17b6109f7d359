import Plot
import TreffpunktCore

/// The import's second step: every row with what will happen to it (new person, update, error with the
/// reasons) and the units that will be created. "Import" is offered only when no row has an error.
enum OrgImportPreviewPage {
    struct Model {
        let plan: OrgImportPlan
        /// The kept file's token; `nil` when there is nothing to import.
        let token: String?
        var notice: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let plan = model.plan
        return Layout.page(context.t(OrgImportText.previewTitle), context: context, content: .div(
            .p(.a(.safeHref(OrgAdminURL.overview.path), .text(context.t(OrgAdminText.back)))),
            .h1(.text(context.t(OrgImportText.previewTitle))),
            .p(.id("import-summary"), .text(context.t(OrgImportText.previewSummary(
                rows: plan.rows.count, new: plan.count(.new), updates: plan.count(.update), errors: plan.count(.error),
                encoding: plan.encoding.rawValue)))),
            .unwrap(model.notice) { .p(.class("flash flash-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            plan.hasErrors
                ? .group(
                    .p(.class("flash flash-error"), .id("import-has-errors"), .attribute(named: "role", value: "alert"),
                       .text(context.t(OrgImportText.fixErrors))),
                    OrgImportPage.uploadForm(problem: nil, context: context))
                : .unwrap(model.token) { token in
                    .form(
                        .class("card"), .method(.post), .safeAction(OrgAdminURL.importConfirm.path), .id("org-import-confirm"),
                        Layout.csrfField(context.csrfToken),
                        .input(.type(.hidden), .name("token"), .safeValue(token)),
                        .p(.text(context.t(OrgImportText.readyToImport))),
                        .button(.type(.submit), .class("primary"), .text(context.t(OrgImportText.runImport))),
                        .text(" "),
                        .a(.safeHref(OrgAdminURL.importFile.path), .text(context.t(OrgImportText.uploadAnother)))
                    )
                },
            .h2(.text(context.t(OrgImportText.newUnits))),
            plan.newUnits.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgImportText.noNewUnits)))
                : .ul(.id("import-new-units"), .forEach(plan.newUnits) { unit in
                    .li(.text("\(unit.path) (\(context.t(unit.kind.label)))"))
                }),
            .h2(.text(context.t(OrgImportText.previewTitle))),
            // Status first: narrow screens hide a data table's second column.
            .div(.class("table-scroll"), .table(
                .class("data-table"), .id("import-rows"),
                .thead(.tr(
                    .th(.text(context.t(OrgImportText.status))),
                    .th(.text(context.t(OrgImportText.row))),
                    .th(.text(context.t(OrgImportText.name))),
                    .th(.text(context.t(OrgImportText.email))),
                    .th(.text(context.t(OrgImportText.position))),
                    .th(.text(context.t(OrgImportText.unit))),
                    .th(.text(context.t(OrgImportText.manager))),
                    .th(.text(context.t(OrgImportText.problems)))
                )),
                .tbody(.forEach(plan.rows) { row in
                    .tr(
                        .safeClass("import-\(statusClass(row.status))"),
                        .td(.text(context.t(statusText(row.status)))),
                        .td(.text(String(row.source.number))),
                        .td(.text(row.source.name)),
                        .td(.text(row.source.email)),
                        .td(.text(row.source.position)),
                        .td(.text(row.source.unitPath.joined(separator: " / "))),
                        .td(.text(row.source.managerEmail)),
                        .td(.if(!row.problems.isEmpty, .ul(.class("field-error"), .forEach(row.problems) { .li(.text(context.t($0))) })))
                    )
                })
            ))
        ))
    }

    private static func statusClass(_ status: OrgImportPlan.Status) -> String {
        switch status {
        case .new: "new"
        case .update: "update"
        case .error: "error"
        }
    }

    private static func statusText(_ status: OrgImportPlan.Status) -> LocalizedText {
        switch status {
        case .new: OrgImportText.statusNew
        case .update: OrgImportText.statusUpdate
        case .error: OrgImportText.statusError
        }
    }
}
