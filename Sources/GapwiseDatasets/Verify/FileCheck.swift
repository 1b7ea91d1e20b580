// FileCheck: the size and SHA-256 of a file on disk, read in bounded chunks.
import Foundation
import GapwiseIO

enum FileCheck {
    /// (size in bytes, lower-case hex SHA-256) of the file at `path`.
    static func measure(_ path: String) throws(DatasetError) -> (Int64, String) {
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? -1
            return (size, try SHA256.hex(ofFileAt: path))
        } catch {
            throw .systemFailure(path: path, step: "read the file", reason: error.localizedDescription)
        }
    }
}
