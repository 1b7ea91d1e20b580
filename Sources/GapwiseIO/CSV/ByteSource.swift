// ByteSource: the bytes of a CSV file (read with POSIX `read`) or of an in-memory array, delivered in pieces.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out the bytes of a file or an array in order; `read` returns 0 at the end.
final class ByteSource {
    private enum Origin {
        case file(descriptor: Int32)
        case memory(bytes: [UInt8], piece: Int)
    }

    private let origin: Origin
    private let name: String
    private var offset = 0
    /// The total size in bytes when known (used to reserve column storage).
    let size: Int?

    /// Opens `path` for reading; throws `CSVError.unreadable` with the system's reason.
    init(path: String, name: String) throws {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw CSVError.unreadable(file: name, reason: Self.reason(errno)) }
        var info = stat()
        size = fstat(fd, &info) == 0 ? Int(info.st_size) : nil
        origin = .file(descriptor: fd)
        self.name = name
    }

    /// Serves `bytes`, at most `piece` bytes per `read` (small pieces exercise rows split across buffers).
    init(bytes: [UInt8], piece: Int, name: String) {
        precondition(piece > 0, "ByteSource: piece size must be positive")
        origin = .memory(bytes: bytes, piece: piece)
        size = bytes.count
        self.name = name
    }

    deinit {
        if case .file(let fd) = origin { close(fd) }
    }

    /// Copies the next bytes into `target`, returning how many (0 at the end of the input).
    func read(into target: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = target.baseAddress, target.count > 0 else { return 0 }
        switch origin {
        case .file(let fd):
            while true {
                let k = posixRead(fd, base, target.count)
                if k >= 0 { return k }
                if errno == EINTR { continue }
                throw CSVError.unreadable(file: name, reason: Self.reason(errno))
            }
        case .memory(let bytes, let piece):
            let k = min(piece, target.count, bytes.count - offset)
            if k > 0 {
                bytes.withUnsafeBytes { src in
                    base.copyMemory(from: src.baseAddress! + offset, byteCount: k)
                }
            }
            offset += k
            return k
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// POSIX `read`, named apart from `ByteSource.read` (which would shadow it inside the class).
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
