// CLIRunner: runs the built `gapwise` executable as a user would, for end-to-end command tests.
import Foundation

/// The outcome of one `gapwise` invocation.
public struct CLIResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public enum CLIRunner {
    /// The `gapwise` binary beside the test bundle in the build folder.
    public static var executable: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner is `<build>/debug/<Package>PackageTests.xctest`; the product sits beside it.
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        let candidate = dir.appendingPathComponent("gapwise")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/gapwise")
    }

    /// Runs `gapwise` with `arguments`, optional standard input, in `directory`, and collects everything.
    public static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                           environment: [String: String]? = nil) throws -> CLIResult {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe buffer can never block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return CLIResult(status: p.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `gapwise` as an unprivileged user: as itself when not root, else as `nobody` through `setpriv`
    /// (root ignores permission bits, so permission tests would check nothing). Throws when root lacks setpriv.
    public static func runUnprivileged(_ arguments: [String]) throws -> CLIResult {
        guard getuid() == 0 else { return try run(arguments) }
        let setpriv = try Requirement.tool("setpriv", install: "apt-get install util-linux", Requirement.executable("setpriv"))
        return try BoundedProcess.run(URL(fileURLWithPath: setpriv),
                                      ["--reuid=nobody", "--regid=nogroup", "--clear-groups", executable.path] + arguments,
                                      timeout: 120).result
    }
}
