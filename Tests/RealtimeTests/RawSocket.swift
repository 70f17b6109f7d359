import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Vapor

/// A bare TCP client that reads only when told: it speaks the WebSocket handshake by hand and can then
/// stop reading, as a client that hangs would, while the server keeps writing.
final class RawSocket: Sendable {
    let channel: any Channel
    private let authority: String
    private let received: NIOLockedValueBox<String>

    private init(channel: any Channel, authority: String, received: NIOLockedValueBox<String>) {
        self.channel = channel
        self.authority = authority
        self.received = received
    }

    static func connect(_ baseURL: String) async throws -> RawSocket {
        let url = URLComponents(string: baseURL)!
        let received = NIOLockedValueBox("")
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: false)
            // A small receive window, so the server's side fills up after little data.
            .channelOption(.socketOption(.so_rcvbuf), value: 4096)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Collector(received: received))
                }
            }
            .connect(host: url.host ?? "127.0.0.1", port: url.port ?? 80).get()
        return RawSocket(channel: channel, authority: "\(url.host ?? "127.0.0.1"):\(url.port ?? 80)", received: received)
    }

    /// Sends a WebSocket handshake as a browser does (`Host` with the port) and returns the answer's head
    /// (status line and headers).
    func handshake(query: String, headers: [String: String] = [:]) async throws -> String {
        var request = "GET /api/v1/streaming?\(query) HTTP/1.1\r\nHost: \(authority)\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        try await channel.writeAndFlush(ByteBuffer(string: request + "\r\n")).get()
        let text = try await read(until: "\r\n\r\n")
        return String(text[..<text.range(of: "\r\n\r\n")!.lowerBound])
    }

    /// Sends a plain GET (a server-sent-events request) and returns the answer's head.
    func get(_ pathAndQuery: String) async throws -> String {
        try await channel.writeAndFlush(ByteBuffer(string: "GET \(pathAndQuery) HTTP/1.1\r\nHost: \(authority)\r\n\r\n")).get()
        let text = try await read(until: "\r\n\r\n")
        return String(text[..<text.range(of: "\r\n\r\n")!.lowerBound])
    }

    /// Reads until the received bytes (as text; a server's frames carry their text unmasked) contain `marker`.
    func read(until marker: String, timeout: Duration = LiveClient.patience) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            let text = received.withLockedValue { $0 }
            if text.contains(marker) { return text }
            channel.read()
            try await Task.sleep(for: .milliseconds(10))
        }
        throw LiveClient.TimedOut()
    }

    /// Reads everything from now on; the future completes when the server closed the connection.
    func drainUntilClosed() -> EventLoopFuture<Void> {
        channel.setOption(.autoRead, value: true).whenComplete { _ in self.channel.read() }
        return channel.closeFuture
    }

    func close() {
        channel.close(promise: nil)
    }

    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let received: NIOLockedValueBox<String>

        init(received: NIOLockedValueBox<String>) {
            self.received = received
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            // The first 64 KB are kept for the test to look at; the rest is read and dropped.
            received.withLockedValue { text in
                if text.utf8.count < 65_536 { text += String(decoding: buffer.readableBytesView, as: UTF8.self) }
            }
        }
    }
}
