import Vapor

/// A live connection's frames as WebSocket text messages.
struct WebSocketTransport: LiveTransport {
    let socket: WebSocket
    /// The socket's channel, to cut it when the client does not read (WebSocketKit keeps it to itself).
    let channel: any Channel

    var eventLoop: any EventLoop { channel.eventLoop }

    func write(_ text: String, promise: EventLoopPromise<Void>) {
        socket.send(text, promise: promise)
    }

    func close() {
        socket.close(code: .normalClosure, promise: nil)
    }

    func abort() {
        channel.close(mode: .all, promise: nil)
    }
}
