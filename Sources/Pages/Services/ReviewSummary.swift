/// The stars a page was given: how many reviews, their average, and how many gave each number of stars.
struct ReviewSummary: Sendable, Equatable {
    var count = 0
    var totalStars = 0
    /// Index 0 is one star, index 4 five stars.
    var distribution = [0, 0, 0, 0, 0]

    var average: Double? { count == 0 ? nil : Double(totalStars) / Double(count) }

    /// "4,3" or "4.3": one decimal, in the reader's way of writing it.
    func averageText(decimalComma: Bool) -> String? {
        average.map { value in
            let text = String(format: "%.1f", value)
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }
}
