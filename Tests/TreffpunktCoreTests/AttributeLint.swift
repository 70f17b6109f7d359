import Foundation

/// Finds Plot helpers that write an attribute's value raw and are given anything but a literal.
///
/// Plot 0.14 escapes text nodes but writes every attribute as `name="value"` unchanged (`Attribute.render`),
/// so each String-taking attribute helper below would let a quote in a member's text end the attribute and
/// start markup. Outside Core's wrappers (`Plot+SafeAttributes.swift`, `.safeAlt`, `.safeHref`, …) such a
/// helper may only take a value that cannot carry input:
/// - a string literal without interpolation (`.href("/login")`, `.alt("")`), `nil`, `true` or `false`;
/// - an implicit member (`.type(.submit)`, `.label(.for(id), …)`): an enum case or an element's children, never a String.
///
/// Where a name is both an element and an attribute, the element takes children (`.label(.text(…))`) and so passes
/// as above; Plot's `<head>` helpers `.title` and `.description` write `<meta content>` raw and are checked like any
/// other. In a file whose code renders an RSS document and no HTML (`RSS(` and no `HTML`), `.title` and `.description`
/// are RSS elements whose text Plot escapes; `.content` stays checked there, as it writes its HTML into CDATA unsplit.
/// Plot's helpers are implicit members (`.alt(…)`) or called on `Node` or `Attribute`; a method of a value
/// (`authors.name(id)`) or one whose first argument has a label Plot's helper does not use (`.media(ids:)`) is another function.
struct AttributeLint {
    struct Finding: CustomStringConvertible {
        let file: String
        let line: Int
        let call: String
        var description: String { "\(file):\(line): \(call)" }
    }

    /// Plot 0.14's helpers (attributes, `<head>` and component modifiers) that take a String and write it raw.
    static let rawHelpers: Set<String> = [
        "alt", "title", "value", "href", "src", "action", "placeholder", "content", "attribute", "id", "class", "data",
        "name", "for", "label", "datetime", "ariaLabel", "ariaControls", "style", "srcset", "sizes", "media", "property",
        "type", "color", "integrity", "onclick", "allow", "accessibilityLabel", "description", "url", "siteName",
        "socialImageLink", "rssFeedLink", "stylesheet", "favicon", "twitterUsername",
    ]
    private static let escapedInRSS: Set<String> = ["title", "description"]
    /// Labels whose argument is not an attribute's value.
    private static let unvaluedLabels: Set<String> = ["named", "ignoreIfValueIsEmpty", "replaceExisting"]

    /// Every finding in one Swift file's text.
    static func findings(in text: String, file: String) -> [Finding] {
        guard text.contains("import Plot") else { return [] }
        let source = SwiftSource(text)
        let code = source.code
        let rendersRSSOnly = code.contains("RSS(") && code.firstMatch(of: /\bHTML\b/) == nil
        return source.calls().compactMap { call in
            let isInitializer = call.receiver == .none && call.name == "Attribute"
            let isPlotHelper = [.implicit, .member(of: "Node"), .member(of: "Attribute")].contains(call.receiver)
            guard isInitializer || (isPlotHelper && rawHelpers.contains(call.name)),
                  !(rendersRSSOnly && escapedInRSS.contains(call.name)) else { return nil }
            let arguments = source.arguments(in: call.arguments)
            let ownLabels: Set<String> = isInitializer ? ["name", "value"] : ["named", "value"]
            if let label = arguments.first?.label, !ownLabels.contains(label) { return nil }
            let values = arguments.filter { !unvaluedLabels.contains($0.label ?? "") && !(isInitializer && $0.label == "name") }
            guard values.contains(where: { !source.isConstant($0.value) }) else { return nil }
            let written = source.text(call.start..<(call.arguments.upperBound + 1))
                .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            return Finding(file: file, line: source.line(of: call.start), call: written)
        }
    }
}
