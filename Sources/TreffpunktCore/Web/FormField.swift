import Plot

/// Labelled form controls that show their validation message beside them and keep what was typed.
package enum FormField {
    package static func input<Context: HTML.BodyContext>(
        _ name: String,
        label: String,
        value: String? = nil,
        error: String? = nil,
        type: HTMLInputType = .text,
        autocomplete: String? = nil,
        required: Bool = true,
        maxLength: Int? = nil,
        hint: String? = nil
    ) -> Node<Context> {
        let id = "field-\(name)"
        return .div(
            .safeClass(error == nil ? "field" : "field has-error"),
            .label(.safeFor(id), .text(label)),
            .input(
                .safeID(id), .safeName(name), .safeAttribute(named: "type", value: type.rawValue),
                .safeValue(type == .password ? "" : (value ?? "")),
                .required(required),
                .safeAttribute(named: "autocomplete", value: autocomplete),
                .safeAttribute(named: "maxlength", value: maxLength.map(String.init)),
                .safeAttribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .safeAttribute(named: "aria-describedby", value: describedBy(id: id, error: error, hint: hint))
            ),
            messages(id: id, error: error, hint: hint)
        )
    }

    package static func textArea<Context: HTML.BodyContext>(
        _ name: String,
        label: String,
        value: String? = nil,
        error: String? = nil,
        rows: Int = 4,
        maxLength: Int? = nil,
        hint: String? = nil,
        id explicitID: String? = nil
    ) -> Node<Context> {
        // A page with several forms for the same field (a reply under each review) names each one.
        let id = explicitID ?? "field-\(name)"
        return .div(
            .safeClass(error == nil ? "field" : "field has-error"),
            .label(.safeFor(id), .text(label)),
            .textarea(
                .safeID(id), .safeName(name), .rows(rows),
                .safeAttribute(named: "maxlength", value: maxLength.map(String.init)),
                .safeAttribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .safeAttribute(named: "aria-describedby", value: describedBy(id: id, error: error, hint: hint)),
                .text(value ?? "")
            ),
            messages(id: id, error: error, hint: hint)
        )
    }

    package static func select<Context: HTML.BodyContext>(
        _ name: String,
        label: String,
        options: [(value: String, label: String)],
        selected: String?,
        error: String? = nil,
        hint: String? = nil
    ) -> Node<Context> {
        let id = "field-\(name)"
        return .div(
            .safeClass(error == nil ? "field" : "field has-error"),
            .label(.safeFor(id), .text(label)),
            .select(
                .safeID(id), .safeAttribute(named: "name", value: name),
                .safeAttribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .safeAttribute(named: "aria-describedby", value: describedBy(id: id, error: error, hint: hint)),
                .forEach(options) { option in
                    .selectOption(value: option.value, label: option.label, isSelected: option.value == selected)
                }
            ),
            messages(id: id, error: error, hint: hint)
        )
    }

    private static func describedBy(id: String, error: String?, hint: String?) -> String? {
        let ids = [error.map { _ in "\(id)-error" }, hint.map { _ in "\(id)-hint" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    private static func messages<Context: HTML.BodyContext>(id: String, error: String?, hint: String?) -> Node<Context> {
        .group(
            .unwrap(hint) { .p(.safeID("\(id)-hint"), .class("field-hint"), .text($0)) },
            .unwrap(error) { .p(.safeID("\(id)-error"), .class("field-error"), .text($0)) }
        )
    }
}

extension Node where Context == HTML.SelectContext {
    /// An `<option>` with visible text (Plot's own writes only a `label` attribute).
    package static func selectOption(value: String, label: String, isSelected: Bool) -> Node {
        .element(named: "option", nodes: [
            Node<HTML.BodyContext>.safeAttribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            isSelected ? .attribute(named: "selected") : .empty,
            .text(label),
        ])
    }
}
