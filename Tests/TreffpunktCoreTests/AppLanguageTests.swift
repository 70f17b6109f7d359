import Testing
import TreffpunktCore

@Suite struct AppLanguageTests {
    @Test(arguments: [
        ("de-DE,de;q=0.9,en;q=0.8", AppLanguage.de),
        ("en-US,en;q=0.9", .en),
        ("fr-FR, en;q=0.5, de;q=0.7", .de),
        ("de;q=0.2, en", .en),
        ("EN-gb", .en),
        ("en;q=0, de;q=0.1", .de),
    ])
    func picksTheBestSupportedLanguage(header: String, expected: AppLanguage) {
        #expect(AppLanguage.preferred(byAcceptLanguage: header) == expected)
    }

    @Test(arguments: [nil, "", "fr, it;q=0.8", "en;q=0", "*"])
    func answersNothingWhenNoSupportedLanguageIsAsked(header: String?) {
        #expect(AppLanguage.preferred(byAcceptLanguage: header) == nil)
    }

    @Test func germanIsTheFallback() {
        #expect(AppLanguage.fallback == .de)
    }

    @Test func localizedTextAnswersInEachLanguage() {
        let text = LocalizedText(de: "Beiträge", en: "Posts")
        #expect(text(.de) == "Beiträge")
        #expect(text(.en) == "Posts")
        #expect(LocalizedText.verbatim("Treffpunkt")(.en) == "Treffpunkt")
    }
}
