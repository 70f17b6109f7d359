import Plot

extension Node where Context == RSS.ItemContext {
    /// An item's HTML as `content:encoded`, in a CDATA section that a `]]>` inside cannot end early:
    /// Plot's own `.content` writes the HTML into CDATA unsplit.
    package static func safeContent(_ html: String) -> Node {
        .element(named: "content:encoded", nodes: [.raw("<![CDATA[" + html.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>")])
    }
}
