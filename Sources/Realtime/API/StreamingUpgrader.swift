import NIOCore
import NIOHTTP1
import NIOWebSocket
import Vapor

/// Vapor's WebSocket upgrade, but handing over the socket's channel as well: a client that stops reading
/// must be cut at once (an orderly close frame would wait behind everything it did not read), and the
/// server's shutdown must close live sockets, which Vapor's HTTP handlers no longer see after the upgrade.
struct StreamingUpgrader: Upgrader {
    /// The largest frame a client may send; a larger one closes the socket with 1009 (message too big).
    let maxFrameSize: Int
    /// Runs when the handshake is accepted, before the answer goes out; returns the headers to add.
    let accept: @Sendable (any Channel) -> HTTPHeaders
    let onUpgrade: @Sendable (WebSocket, any Channel) -> Void

    func applyUpgrade(req: Request, res: Response) -> any HTTPServerProtocolUpgrader {
        NIOWebSocketServerUpgrader(
            maxFrameSize: maxFrameSize, automaticErrorHandling: false,
            shouldUpgrade: { channel, _ in channel.eventLoop.makeSucceededFuture(accept(channel)) },
            upgradePipelineHandler: { channel, _ in
                var configuration = WebSocket.Configuration()
                configuration.maxAccumulatedFrameSize = maxFrameSize
                return WebSocket.server(on: channel, config: configuration) { socket in
                    try? channel.pipeline.syncOperations.addHandler(ShutdownHandler(socket: socket, channel: channel))
                    onUpgrade(socket, channel)
                }
            })
    }
}

/// Says goodbye (1001, going away) to the client when the server shuts down, and cuts the socket if the
/// client does not answer within a second, so that shutting down never waits for live sockets.
private final class ShutdownHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = WebSocketFrame

    private let socket: WebSocket
    private let channel: any Channel

    init(socket: WebSocket, channel: any Channel) {
        self.socket = socket
        self.channel = channel
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        socket.close(code: .goingAway, promise: nil)
        let channel = channel
        channel.eventLoop.scheduleTask(in: .seconds(1)) { channel.close(mode: .all, promise: nil) }
    }
}
