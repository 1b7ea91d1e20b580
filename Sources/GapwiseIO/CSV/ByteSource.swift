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
    enum Origin {
        case file(descriptor: Int32, path: String)
        case memory(bytes: [UInt8], piece: Int)
    }

    /// Where the bytes come from (the workbook reader opens a zip from the same file or array).
    let origin: Origin
    private let name: String
    private var offset = 0
    /// Where reading stops (the end of the input unless this source serves a byte range).
    private var limit = Int.max
    /// The total size in bytes when known (used to reserve column storage); a subrange's own length.
    private(set) var size: Int?

    /// Opens `path` for reading; throws `CSVError.unreadable` with the system's reason.
    init(path: String, name: String) throws {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw CSVError.unreadable(file: name, reason: Self.reason(errno)) }
        var info = stat()
        size = fstat(fd, &info) == 0 ? Int(info.st_size) : nil
        origin = .file(descriptor: fd, path: path)
        self.name = name
    }

    /// A new source serving only `range` of this one's input (a file is opened again, so the two can be
    /// read side by side), reporting `size` (default: the range's length) for the reservation of column
    /// storage; throws `CSVError.unreadable` as `init(path:name:)` does.
    func subrange(_ range: Range<Int>, size reported: Int? = nil) throws -> ByteSource {
        let part: ByteSource
        switch origin {
        case .file(_, let path):
            part = try ByteSource(path: path, name: name)
            if case .file(let fd, _) = part.origin, lseek(fd, off_t(range.lowerBound), SEEK_SET) < 0 {
                throw CSVError.unreadable(file: name, reason: Self.reason(errno))
            }
        case .memory(let bytes, let piece):
            part = ByteSource(bytes: bytes, piece: piece, name: name)
        }
        part.offset = range.lowerBound
        part.limit = range.upperBound
        part.size = reported ?? range.count
        return part
    }

    /// Up to `count` bytes from `position` (for finding a row end near a split point), without moving
    /// the read position.
    func peek(at position: Int, count: Int) throws -> [UInt8] {
        switch origin {
        case .file(let fd, _):
            var out = [UInt8](repeating: 0, count: count)
            let k = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(position)) }
            if k < 0 { throw CSVError.unreadable(file: name, reason: Self.reason(errno)) }
            return Array(out.prefix(k))
        case .memory(let bytes, _):
            return Array(bytes[min(position, bytes.count)..<min(position + count, bytes.count)])
        }
    }

    /// Serves `bytes`, at most `piece` bytes per `read` (small pieces exercise rows split across buffers).
    init(bytes: [UInt8], piece: Int, name: String) {
        precondition(piece > 0, "ByteSource: piece size must be positive")
        origin = .memory(bytes: bytes, piece: piece)
        size = bytes.count
        self.name = name
    }

    deinit {
        if case .file(let fd, _) = origin { close(fd) }
    }

    /// Copies the next bytes into `target`, returning how many (0 at the end of the input).
    func read(into target: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = min(target.count, limit - offset)
        guard let base = target.baseAddress, wanted > 0 else { return 0 }
        switch origin {
        case .file(let fd, _):
            while true {
                let k = posixRead(fd, base, wanted)
                if k >= 0 { offset += k; return k }
                if errno == EINTR { continue }
                throw CSVError.unreadable(file: name, reason: Self.reason(errno))
            }
        case .memory(let bytes, let piece):
            let k = min(piece, wanted, bytes.count - offset)
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
