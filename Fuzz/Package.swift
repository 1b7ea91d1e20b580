// swift-tools-version: 6.1
// GapwiseFuzz: libFuzzer targets for the CSV reader and measure input validation (built by scripts/fuzz).
import PackageDescription

// gold fails on the sanitizer runtimes (an internal error in its DWARF reader); link with the toolchain's lld.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
    name: "GapwiseFuzz",
    dependencies: [.package(name: "Gapwise", path: "..")],
    targets: [
        // SwiftPM renames an executable's main to <Target>_main on Linux, so libFuzzer's own main is never
        // used: each target defines <Target>_main and starts the fuzzer through LLVMFuzzerRunDriver.
        .target(name: "CFuzzerDriver"),
        // CSVReader.read(bytes:) on arbitrary bytes: must return a table or throw CSVError, never crash.
        .executableTarget(name: "FuzzCSVReader", dependencies: ["CFuzzerDriver", .product(name: "Gapwise", package: "Gapwise")],
                          linkerSettings: lld),
        // MeasureRunner.run on tables read from arbitrary bytes: must return results or throw AnalysisError.
        .executableTarget(name: "FuzzMeasureInput", dependencies: ["CFuzzerDriver", .product(name: "Gapwise", package: "Gapwise")],
                          linkerSettings: lld),
    ]
)
