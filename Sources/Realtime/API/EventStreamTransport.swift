import Vapor

/// A live connection's frames as a server-sent-events response body.
struct EventStreamTransport: LiveTransport {
    let writer: any BodyStreamWriter

    var eventLoop: any EventLoop { writer.eventLoop }

    /// The writer wants its own event loop; `execute` keeps the frames in the order they were sent.
    func write(_ text: String, promise: EventLoopPromise<Void>) {
        eventLoop.execute { writer.write(.buffer(ByteBuffer(string: text)), promise: promise) }
    }

    func close() {
        eventLoop.execute { writer.write(.end, promise: nil) }
    }

    /// Ending the body with an error makes Vapor close the connection.
    func abort() {
        eventLoop.execute { writer.write(.error(Abort(.tooManyRequests)), promise: nil) }
    }
}
