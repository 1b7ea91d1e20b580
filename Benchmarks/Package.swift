// swift-tools-version: 6.1
// Gapwise benchmarks: a separate package so the library never depends on the benchmark harness.
import PackageDescription

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
    ]
)
