import TreffpunktCore
import Vapor

/// Why a stream cannot be opened: told to the client as an error event (`{"error": …, "status": …}`) on
/// a WebSocket, which stays open, or as the HTTP answer of a server-sent-events request.
enum StreamRequestError: Error, Equatable {
    case missingStream
    case unknownStream(String)
    case missingTag
    case tooManyStreams
    case loginRequired
    case outsideScopes
    case unreadableMessage
    case binaryMessage
    case unknownMessageType

    var status: HTTPResponseStatus {
        switch self {
        case .loginRequired: .unauthorized
        case .outsideScopes: .forbidden
        default: .badRequest
        }
    }

    var message: LocalizedText {
        switch self {
        case .missingStream: RealtimeText.missingStream
        case .unknownStream(let name): RealtimeText.unknownStream(name)
        case .missingTag: RealtimeText.missingTag
        case .tooManyStreams: RealtimeText.tooManyStreams(LiveSession.maxStreams)
        case .loginRequired: CoreText.loginRequired
        case .outsideScopes: CoreText.outsideScopes
        case .unreadableMessage: RealtimeText.unreadableMessage
        case .binaryMessage: RealtimeText.binaryMessage
        case .unknownMessageType: RealtimeText.unknownMessageType
        }
    }
}
