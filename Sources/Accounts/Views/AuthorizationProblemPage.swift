import Plot
import TreffpunktCore

/// Why an app's authorization request cannot go on. The app's redirect address is not trusted yet,
/// so the person reads the reason here instead of being sent anywhere.
enum AuthorizationProblemPage {
    static func render(_ problem: AuthorizationProblem, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.authorizeErrorTitle), context: context, content: .article(
            .class("error-page"),
            .h1(.text(context.t(AccountsText.authorizeErrorTitle))),
            .p(.class("error-code"), .text("400")),
            .p(.id("authorization-problem"), .text(context.t(problem.message)))
        ))
    }
}
