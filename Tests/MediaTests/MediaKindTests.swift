@testable import Media
import Testing

@Suite("Media kinds")
struct MediaKindTests {
    @Test("images and videos are the two kinds, stored by name")
    func kinds() {
        #expect(MediaKind.allCases.map(\.rawValue) == ["image", "video"])
    }
}
