// LoopbackHTTPServer: a tiny HTTP/1.1 server on 127.0.0.1 for download tests (good bytes, wrong bytes, dropped connections).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves fixed bytes by path on a free port of 127.0.0.1 from a background thread of the test process
/// (no child process). Each connection gets one response and is closed. It only ever listens on the
/// loopback address, handles at most `maxConnections` connections and stops when `stop()` is called or
/// the server is released.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// How the server answers a request for a known path.
    public enum Mode: Sendable {
        /// 200 with the exact bytes.
        case serve
        /// 200 with the right length but one byte changed (in the middle of the body).
        case wrongBytes
        /// 200 announcing the full length, then half of the body, then the connection is closed.
        case dropMidway
        /// This HTTP status with a short text body.
        case status(Int)
        /// Reads the request, then sends nothing for this many seconds (at most 10) and closes: a stalled server.
        case stall(seconds: Double)
    }

    public let port: UInt16
    private let listener: Int32
    private let files: [String: Data]
    private let mode: Mode
    private let maxConnections: Int
    private let lock = NSLock()
    private var stopped = false
    private var served: [String] = []
    private let finished = DispatchSemaphore(value: 0)

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The request paths received so far, in order.
    public var requests: [String] { lock.lock(); defer { lock.unlock() }; return served }

    /// Starts serving `files` (path, e.g. "/a.csv", to bytes) in `mode`.
    public init(files: [String: Data], mode: Mode = .serve, maxConnections: Int = 64) throws {
        self.files = files
        self.mode = mode
        self.maxConnections = maxConnections
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        self.listener = fd
        self.port = UInt16(bigEndian: addr.sin_port)
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// Stops accepting connections and waits for the server thread to end.
    public func stop() {
        lock.lock()
        let first = !stopped
        stopped = true
        lock.unlock()
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        _ = finished.wait(timeout: .now() + 5)
    }

    private func acceptLoop() {
        defer { finished.signal() }
        for _ in 0..<maxConnections {
            let c = accept(listener, nil, nil)
            if c < 0 { return }
            handle(c)
            close(c)
            lock.lock(); let s = stopped; lock.unlock()
            if s { return }
        }
    }

    private func handle(_ c: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let n = recv(c, &buf, buf.count, 0)
            if n <= 0 { return }
            request.append(contentsOf: buf[0..<n])
            if request.count >= 4, request.suffix(4) == [13, 10, 13, 10] { break }
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        let rawPath = parts.count > 1 ? String(parts[1]) : "/"
        let path = rawPath.removingPercentEncoding ?? rawPath
        lock.lock(); served.append(path); lock.unlock()
        guard let body = files[path] else { return respond(c, status: 404, body: Data("not found\n".utf8)) }
        switch mode {
        case .serve:
            respond(c, status: 200, body: body)
        case .wrongBytes:
            var wrong = body
            if !wrong.isEmpty { let i = wrong.startIndex + wrong.count / 2; wrong[i] = wrong[i] ^ 0x01 }
            respond(c, status: 200, body: wrong)
        case .dropMidway:
            let head = "HTTP/1.1 200 OK\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            send(c, Data(head.utf8))
            send(c, body.prefix(body.count / 2))
        case let .status(code):
            respond(c, status: code, body: Data("status \(code)\n".utf8))
        case let .stall(seconds):
            Thread.sleep(forTimeInterval: min(seconds, 10))
        }
    }

    private func respond(_ c: Int32, status: Int, body: Data) {
        let reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Error"
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Length: \(body.count)\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n"
        send(c, Data(head.utf8))
        send(c, body)
    }

    private func send(_ c: Int32, _ data: Data) {
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
            var off = 0
            while off < b.count {
                let n = Glibc.send(c, b.baseAddress! + off, b.count - off, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                off += n
            }
        }
    }
}
