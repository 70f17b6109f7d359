import TreffpunktCore

/// A reply quoted in Markdown as the reply form's starting text:
/// "> **Name** schrieb:" and the quoted lines, then an empty line to write below.
enum ForumQuote {
    static func markdown(_ body: String, by name: String, in language: AppLanguage) -> String {
        let attribution = "> " + ForumsText.quoteAttribution(name: name)(language)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }
        return ([attribution, ">"] + lines).joined(separator: "\n") + "\n\n"
    }
}
