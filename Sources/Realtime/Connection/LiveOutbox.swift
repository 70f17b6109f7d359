import NIOConcurrencyHelpers
import Vapor

/// The frames of one connection that the socket has not taken yet. A client that stops reading leaves
/// them piling up once the kernel's buffers are full; at `limit` the connection is cut instead of the
/// server holding ever more of them. A write that fails (the client went away) cuts it too.
final class LiveOutbox: Sendable {
    private let transport: any LiveTransport
    private let limit: Int
    private let onCut: @Sendable () -> Void
    private let state = NIOLockedValueBox(State())

    private struct State {
        var unfinished = 0
        var isCut = false
    }

    /// `onCut` runs once when the connection is cut, to end what feeds it.
    init(transport: any LiveTransport, limit: Int, onCut: @escaping @Sendable () -> Void) {
        self.transport = transport
        self.limit = limit
        self.onCut = onCut
    }

    /// Whether the connection was cut (a reader that stopped reading, or a write that failed).
    var isCut: Bool { state.withLockedValue { $0.isCut } }

    /// Hands a frame to the socket without waiting for it; false once the connection is cut.
    @discardableResult
    func send(_ text: String) -> Bool {
        let accepted = state.withLockedValue { state -> Bool in
            guard !state.isCut, state.unfinished < limit else { return false }
            state.unfinished += 1
            return true
        }
        guard accepted else {
            cut()
            return false
        }
        let promise = transport.eventLoop.makePromise(of: Void.self)
        promise.futureResult.whenComplete { [self] result in
            state.withLockedValue { $0.unfinished -= 1 }
            if case .failure = result { cut() }
        }
        transport.write(text, promise: promise)
        return true
    }

    private func cut() {
        let first = state.withLockedValue { state -> Bool in
            defer { state.isCut = true }
            return !state.isCut
        }
        guard first else { return }
        transport.abort()
        onCut()
    }
}
