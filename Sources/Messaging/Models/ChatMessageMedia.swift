import Fluent

/// A photo or video (a medium of the media feature) attached to a message, in the order attached.
final class ChatMessageMedia: Model, @unchecked Sendable {
    static let schema = "chat_message_media"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "message_id") var messageID: Int64
    @Field(key: "chat_id") var chatID: Int64
    @Field(key: "media_id") var mediaID: Int64
    @Field(key: "position") var position: Int

    init() {}

    init(messageID: Int64, chatID: Int64, mediaID: Int64, position: Int) {
        self.messageID = messageID
        self.chatID = chatID
        self.mediaID = mediaID
        self.position = position
    }
}
