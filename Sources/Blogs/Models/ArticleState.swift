/// Where an article stands: only its writers see drafts and scheduled articles; published ones are
/// read by their audience and announced in the newsfeed.
enum ArticleState: String, Codable, Sendable {
    case draft
    case scheduled
    case published
}
