import Plot

// Plot escapes text but writes attribute values exactly as given (Plot 0.14 renders `name="value"`).
// Every attribute whose value is not a literal goes through these, so a quote in a title, a name or an
// address cannot end the attribute and start markup; `AttributeEscapingLintTests` fails on any other.
// Pass raw text, never escaped text: each escapes once. A link's `&` becomes `&amp;`, which the browser
// reads back as `&`; a value escaped twice would show `&amp;amp;`.

/// Plot's two forms of an attribute, a `Node` for elements with children and an `Attribute` for those
/// that take attributes only (`<img>`, `<input>`, `<meta>`), so that each wrapper below is written once for both.
package protocol SafeAttributeWriting {
    associatedtype Context
    /// Any attribute with its value escaped: the one place every wrapper goes through.
    static func safeAttribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool) -> Self
}

extension Attribute: SafeAttributeWriting {
    package static func safeAttribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool) -> Attribute {
        Attribute(name: name, value: value.map(HTMLEscaping.escape), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

extension Node: SafeAttributeWriting {
    package static func safeAttribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool) -> Node {
        .attribute(Attribute.safeAttribute(named: name, value: value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension SafeAttributeWriting {
    /// Any attribute with its value escaped, left out when the value is nil or empty (as Plot's own helpers do).
    package static func safeAttribute(named name: String, value: String?) -> Self {
        safeAttribute(named: name, value: value, ignoreIfValueIsEmpty: true)
    }
}

// The named forms of Plot's helpers, for the same elements Plot allows them on.

extension SafeAttributeWriting where Context: HTMLContext {
    package static func safeID(_ id: String) -> Self { safeAttribute(named: "id", value: id) }
    package static func safeClass(_ names: String) -> Self { safeAttribute(named: "class", value: names) }
    package static func safeTitle(_ title: String) -> Self { safeAttribute(named: "title", value: title) }
    /// Any element may have a label for screen readers (Plot's `.ariaLabel` is limited to body elements, not lists).
    package static func safeAriaLabel(_ label: String) -> Self { safeAttribute(named: "aria-label", value: label) }
}

extension SafeAttributeWriting where Context: HTMLNamableContext {
    package static func safeName(_ name: String) -> Self { safeAttribute(named: "name", value: name) }
}

extension SafeAttributeWriting where Context: HTMLValueContext {
    package static func safeValue(_ value: String) -> Self { safeAttribute(named: "value", value: value) }
}

extension SafeAttributeWriting where Context: HTMLLinkableContext {
    package static func safeHref(_ url: String) -> Self { safeAttribute(named: "href", value: url) }
}

extension SafeAttributeWriting where Context: HTMLSourceContext {
    package static func safeSrc(_ url: String) -> Self { safeAttribute(named: "src", value: url) }
}

extension SafeAttributeWriting where Context == HTML.ImageContext {
    package static func safeAlt(_ text: String) -> Self { safeAttribute(named: "alt", value: text) }
}

extension SafeAttributeWriting where Context == HTML.FormContext {
    package static func safeAction(_ url: String) -> Self { safeAttribute(named: "action", value: url) }
}

extension SafeAttributeWriting where Context == HTML.LabelContext {
    package static func safeFor(_ id: String) -> Self { safeAttribute(named: "for", value: id) }
}
