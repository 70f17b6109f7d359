import Plot

// Plot escapes text but writes attribute values exactly as given. Every attribute that carries
// something a person typed or a request brought goes through these, so a quote cannot end it.

extension Node where Context: HTMLValueContext {
    /// A `value` attribute with its text escaped.
    package static func safeValue(_ value: String) -> Node {
        .value(HTMLEscaping.escape(value))
    }
}

extension Node where Context: HTMLLinkableContext {
    /// An `href` attribute with its text escaped.
    package static func safeHref(_ url: String) -> Node {
        .href(HTMLEscaping.escape(url))
    }
}

extension Attribute where Context: HTMLValueContext {
    /// A `value` attribute with its text escaped, for elements such as `<input>` that take attributes only.
    package static func safeValue(_ value: String) -> Attribute {
        .value(HTMLEscaping.escape(value))
    }
}

extension Node {
    /// Any attribute with its text escaped, such as the `aria-label` that carries an alt text.
    package static func safeAttribute(named name: String, value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}

extension Attribute {
    /// Any attribute with its text escaped, for elements such as `<img>` that take attributes only.
    package static func safeAttribute(named name: String, value: String) -> Attribute {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}
