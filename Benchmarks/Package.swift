// swift-tools-version: 6.1
// Gapwise benchmarks: a separate package so the library never depends on the benchmark harness.
import PackageDescription

/// What the measures, intervals and ingest suites link: the library, the shared inputs and the harness.
let suiteDependencies: [Target.Dependency] = [
    "BenchmarkInputs",
    .product(name: "Gapwise", package: "Gapwise"),
    .product(name: "Benchmark", package: "benchmark"),
]

let package = Package(
    name: "GapwiseBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Gapwise", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CoreKernels",
            dependencies: [
                .product(name: "Gapwise", package: "Gapwise"),
                .product(name: "Benchmark", package: "benchmark"),
                "BenchmarkInputs",
            ],
            path: "Benchmarks/CoreKernels",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        // gapwise rank/target: SIMD composite rebuild, rank simulations at three sizes.
        .executableTarget(
            name: "Targeting",
            dependencies: [
                .product(name: "Gapwise", package: "Gapwise"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Targeting",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        // gapwise gaps end to end on a SIMD-sized input.
        .executableTarget(
            name: "EndToEnd",
            dependencies: [
                .product(name: "Gapwise", package: "Gapwise"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EndToEnd",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        // Seeded inputs shared by every suite, the peer timings and the files the peers read.
        .target(name: "BenchmarkInputs", dependencies: [.product(name: "Gapwise", package: "Gapwise")]),
        // Writes those inputs to files for Benchmarks/peers/run.py.
        .executableTarget(name: "GapwiseBenchInputs", dependencies: ["BenchmarkInputs", .product(name: "Gapwise", package: "Gapwise")]),
        // Times Gapwise on the same inputs (the Gapwise column of the peer ratio table).
        .executableTarget(name: "GapwisePeerTimings", dependencies: ["BenchmarkInputs", .product(name: "Gapwise", package: "Gapwise")]),
        // The measures, intervals and ingest suites (swift package benchmark).
        .executableTarget(
            name: "Measures", dependencies: suiteDependencies, path: "Benchmarks/Measures",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Intervals", dependencies: suiteDependencies, path: "Benchmarks/Intervals",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Ingest", dependencies: suiteDependencies, path: "Benchmarks/Ingest",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
