import Foundation
import NIOCore
import NIOPosix
import Vapor

/// A request over the wire whose body is announced (`Content-Length`) but only begun: the rest does
/// not come, as from a slow or hostile sender. An answer to it shows that the server decided without
/// reading the body; a server that reads the body first waits for the rest and does not answer.
package enum UnfinishedRequest {
    package struct NoAnswer: Error, CustomStringConvertible {
        package var description: String { "no answer within 30 s: the server waited for the rest of the body" }
    }

    private enum Event {
        case answered(HTTPResponseStatus)
        case gaveUp
        case sentTheRest
    }

    /// Sends the head and `firstBytes` of a body of `contentLength` bytes to a server started with
    /// `withRunningServer`, and returns the answer's status. Without an answer within 30 s it sends the
    /// rest after all, so that the server's handler ends before the test's app does, and throws `NoAnswer`.
    package static func status(_ method: HTTPMethod, _ baseURL: String, _ pathAndQuery: String, headers: HTTPHeaders,
                               contentLength: Int, firstBytes: String) async throws -> HTTPResponseStatus {
        guard let address = URLComponents(string: baseURL) else { throw Abort(.badRequest, reason: "not an address: \(baseURL)") }
        let host = address.host ?? "127.0.0.1", port = address.port ?? 80
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: host, port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
        var head = "\(method.rawValue) \(pathAndQuery) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Length: \(contentLength)\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: head + "\r\n" + firstBytes))
            return try await withThrowingTaskGroup(of: Event.self) { group in
                group.addTask { .answered(try await statusLine(of: inbound)) }
                group.addTask {
                    try await Task.sleep(for: .seconds(30))
                    return .gaveUp
                }
                var gaveUp = false
                while let event = try await group.next() {
                    switch event {
                    case .gaveUp:
                        gaveUp = true
                        group.addTask {
                            var rest = contentLength - firstBytes.utf8.count
                            while rest > 0 {
                                let piece = min(rest, 1 << 20)
                                try await outbound.write(ByteBuffer(repeating: 0, count: piece))
                                rest -= piece
                            }
                            return .sentTheRest
                        }
                    case .sentTheRest:
                        break
                    case .answered(let status):
                        group.cancelAll()
                        if gaveUp { throw NoAnswer() }
                        return status
                    }
                }
                throw NoAnswer()
            }
        }
    }

    /// The status of the answer's first line, "HTTP/1.1 403 Forbidden".
    private static func statusLine(of inbound: NIOAsyncChannelInboundStream<ByteBuffer>) async throws -> HTTPResponseStatus {
        var text = ""
        for try await buffer in inbound {
            text += String(decoding: buffer.readableBytesView, as: UTF8.self)
            if let end = text.range(of: "\r\n"),
               let code = text[..<end.lowerBound].split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                return HTTPResponseStatus(statusCode: code)
            }
        }
        throw NoAnswer()
    }
}
