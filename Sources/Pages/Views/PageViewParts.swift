import Plot
import TreffpunktCore

/// Small pieces the company page views share.
enum PageViewParts {
    /// Plain text as paragraphs (blank lines) with line breaks, escaped.
    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .div(.class("page-text"), .raw(HTMLEscaping.paragraphs(text)))
    }

    /// "★★★★☆", read out as "4 Sterne".
    static func stars(_ count: Int, context: PageContext) -> Node<HTML.BodyContext> {
        let shown = min(max(count, 0), 5)
        return .span(
            .class("stars"), .attribute(named: "role", value: "img"),
            .safeAriaLabel(context.t(PagesText.starsLabel(shown))),
            .text(String(repeating: "★", count: shown) + String(repeating: "☆", count: 5 - shown))
        )
    }

    /// "4,3 von 5 Sternen (3 Bewertungen)", or that there are none yet.
    static func average(_ summary: ReviewSummary, context: PageContext) -> Node<HTML.BodyContext> {
        guard let text = summary.averageText(decimalComma: context.language == .de), let average = summary.average else {
            return .p(.class("muted review-average"), .text(context.t(PagesText.noReviews)))
        }
        return .p(.class("review-average"), stars(Int(average.rounded()), context: context),
                  .text(" " + context.t(PagesText.average(text, count: summary.count))))
    }

    /// A small form that posts one button, with the form token.
    static func button(_ action: String, label: LocalizedText, style: String = "", fields: [(String, String)] = [],
                       context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .safeAction(action),
            Layout.csrfField(context.csrfToken),
            .forEach(fields) { name, value in .input(.type(.hidden), .safeName(name), .safeValue(value)) },
            .button(.type(.submit), .safeClass(style), .text(context.t(label)))
        )
    }

    static func visibilityOptions(_ context: PageContext) -> [(value: String, label: String)] {
        [PostVisibility.public, .members].map { (value: $0.rawValue, label: context.t($0.label)) }
    }
}
