// StreamingDownload: one HTTP(S) GET streamed straight into an open file while its SHA-256 is computed.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import GapwiseIO

/// What a finished download delivered.
struct DownloadOutcome: Sendable {
    let bytes: Int64
    let sha256: String
}

/// Streams the body of a GET into a file descriptor chunk by chunk as URLSession delivers it, hashing each
/// chunk on the way, so memory stays bounded whatever the file's size. A status other than 200, a transfer
/// that breaks off, or more bytes than `limit` end the download with a `DatasetError`.
///
/// The delegate's state is touched only from the session's serial delegate queue and, after `done` is
/// signalled, from the waiting caller: hence `@unchecked Sendable`.
final class StreamingDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let fd: Int32
    private let url: String
    private let limit: Int64
    /// Seconds without data before the transfer is abandoned (named in the error when it happens).
    private let timeout: TimeInterval
    private var hasher = SHA256()
    private var received: Int64 = 0
    private var failure: DatasetError?
    private let done = DispatchSemaphore(value: 0)

    private init(fd: Int32, url: String, limit: Int64, timeout: TimeInterval) {
        self.fd = fd
        self.url = url
        self.limit = limit
        self.timeout = timeout
    }

    /// "1 s", "2.5 s".
    static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() && abs(t) < 1e15 ? "\(Int(t)) s" : "\(t) s"
    }

    /// Downloads `url` into `fd` (positioned at its start). `limit`: the most bytes accepted.
    static func run(_ url: URL, into fd: Int32, limit: Int64, timeout: TimeInterval) throws(DatasetError) -> DownloadOutcome {
        let d = StreamingDownload(fd: fd, url: url.absoluteString, limit: limit, timeout: timeout)
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: config, delegate: d, delegateQueue: queue)
        var request = URLRequest(url: url)
        request.setValue("gapwise-datasets", forHTTPHeaderField: "User-Agent")
        session.dataTask(with: request).resume()
        d.done.wait()
        session.invalidateAndCancel()
        if let f = d.failure { throw f }
        return DownloadOutcome(bytes: d.received, sha256: d.hasher.hexDigest())
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 200
        if status != 200 {
            failure = .httpStatus(url: url, status: status)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard failure == nil else { return }
        received += Int64(data.count)
        if received > limit {
            failure = .transferFailed(url: url, received: received, reason: "the server sent more than the \(limit) bytes expected")
            dataTask.cancel()
            return
        }
        hasher.update(data)
        var error: Int32 = 0
        data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buf.count {
                let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    error = errno
                    return
                }
                offset += n
            }
        }
        if error != 0 {
            failure = .systemFailure(path: url, step: "write the download to disk", reason: String(cString: strerror(error)))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if failure == nil, let error {
            let ns = error as NSError
            let timedOut = ns.domain == NSURLErrorDomain && ns.code == NSURLErrorTimedOut
            failure = .transferFailed(url: url, received: received,
                                      reason: timedOut ? "no data arrived for \(Self.seconds(timeout)), the transfer timeout" : error.localizedDescription)
        }
        done.signal()
    }
}
