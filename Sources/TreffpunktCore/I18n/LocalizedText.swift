/// A text in every supported language. The initializer asks for each language, so a string
/// cannot ship in one language only: the compiler refuses it.
package struct LocalizedText: Sendable, Hashable, Codable {
    package let de: String
    package let en: String

    package init(de: String, en: String) {
        self.de = de
        self.en = en
    }

    package func callAsFunction(_ language: AppLanguage) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }

    /// A text that reads the same in every language, such as a name.
    package static func verbatim(_ text: String) -> LocalizedText {
        LocalizedText(de: text, en: text)
    }
}
