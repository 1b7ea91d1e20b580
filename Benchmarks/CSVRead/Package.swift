// swift-tools-version: 6.1
// CSVRead benchmark: times GapwiseIO's CSV reader on large generated files (run by hand, release build).
import PackageDescription

let package = Package(
    name: "CSVReadBenchmark",
    dependencies: [.package(name: "Gapwise", path: "../..")],
    targets: [
        .executableTarget(
            name: "CSVReadBenchmark",
            dependencies: [.product(name: "Gapwise", package: "Gapwise")]),
    ]
)
