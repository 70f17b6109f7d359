import Plot
import Vapor

/// Friendly error pages in the visitor's language.
enum ErrorPage {
    static func render(status: HTTPResponseStatus, message: String?, context: PageContext) -> HTML {
        let (title, explanation): (LocalizedText, LocalizedText?) = switch status.code {
        case 404: (CoreText.notFoundTitle, CoreText.notFoundText)
        case 403: (CoreText.forbiddenTitle, CoreText.forbiddenText)
        case 429: (CoreText.tooManyRequestsTitle, nil)
        case 400..<500: (CoreText.badRequestTitle, nil)
        default: (CoreText.serverErrorTitle, CoreText.serverErrorText)
        }
        let details = [message, explanation.map { context.t($0) }].compactMap { $0 }
        return Layout.page(context.t(title), context: context, content: .article(
            .class("error-page"),
            .h1(.text(context.t(title))),
            .p(.class("error-code"), .text("\(status.code)")),
            .forEach(details) { .p(.text($0)) },
            .p(.a(.safeHref(SiteURL.home.path), .text(context.t(CoreText.backHome))))
        ))
    }
}
