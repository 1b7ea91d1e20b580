// swift-tools-version: 6.1
// ReportWrite benchmark: times rendering and writing the full-size report (run by hand, release build).
import PackageDescription

let package = Package(
    name: "ReportWriteBenchmark",
    dependencies: [.package(name: "Gapwise", path: "../..")],
    targets: [
        .executableTarget(
            name: "ReportWriteBenchmark",
            dependencies: [.product(name: "Gapwise", package: "Gapwise")]),
    ]
)
