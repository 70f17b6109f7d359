import Vapor

/// What carries a live connection's frames to the client: a WebSocket or a server-sent-events response.
protocol LiveTransport: Sendable {
    var eventLoop: any EventLoop { get }
    /// Writes one frame; `promise` completes once the socket has taken the bytes.
    func write(_ text: String, promise: EventLoopPromise<Void>)
    /// Ends the connection in order: the client reads everything sent before.
    func close()
    /// Cuts the connection at once: a client that stopped reading would never take an orderly goodbye.
    func abort()
}
