// ByteSource+Archive: the zip archive held in a byte source's file or array, opened for reading with ZIPFoundation.
import Foundation
import ZIPFoundation

extension ByteSource {
    /// The zip archive in this source's file or array; a damaged container is `CSVError.unreadableWorkbook`.
    func archive(name: String) throws -> Archive {
        do {
            switch origin {
            case .file(_, let path):
                return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            case .memory(let bytes, _):
                return try Archive(data: Data(bytes), accessMode: .read)
            }
        } catch {
            throw CSVError.unreadableWorkbook(file: name, reason: "its zip container is damaged or incomplete")
        }
    }
}
