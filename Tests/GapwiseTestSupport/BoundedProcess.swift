// BoundedProcess: runs a child process with a deadline and kills it with SIGKILL if it overruns, never leaving it behind.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum BoundedProcess {
    /// Runs `executable` with `arguments`; after `timeout` seconds the child is sent SIGKILL. Both output
    /// pipes are drained concurrently; `directory` is the child's working folder. `timedOut` tells whether the deadline was hit.
    public static func run(_ executable: URL, _ arguments: [String], timeout: TimeInterval = 60, in directory: URL? = nil)
        throws -> (result: CLIResult, timedOut: Bool) {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let pid = p.processIdentifier
        let exited = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var errData = Data(), outData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        DispatchQueue.global().async { p.waitUntilExit(); exited.signal() }
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(pid, SIGKILL)
            exited.wait()
        }
        group.wait()
        return (CLIResult(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self)), timedOut)
    }
}
