// swift-tools-version: 6.1
// Gapwise: outcome-inequality analytics for Scottish small areas.
import PackageDescription

let package = Package(
    name: "Gapwise",
    products: [
        .library(name: "Gapwise", targets: ["Gapwise"]),
        .executable(name: "gapwise", targets: ["GapwiseCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Config files in YAML and TOML (GapwiseConfig only: gaps/report batches, composite index specs).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // `swift package generate-documentation --target Gapwise` (scripts/docs): the DocC catalogue.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Zip containers: .xlsx workbooks (GapwiseIO) and dataset download packages (through GapwiseIO).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C interop: OpenBLAS (cblas.h) and LAPACKE (lapacke.h), imported only by GapwiseNumerics.
        .systemLibrary(
            name: "CBLAS", path: "Sources/CBLAS",
            providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(
            name: "CLAPACKE", path: "Sources/CLAPACKE",
            providers: [.apt(["liblapacke-dev", "libopenblas-dev"])]),

        // C shim: the AVX-512 ratio-log kernels with their CPU check (x86-64; elsewhere never called),
        // imported only by GapwiseNumerics, which falls back to its Swift SIMD kernels without them.
        .target(name: "_GapwiseKernels", path: "Sources/_GapwiseKernels"),

        // The numerical core: matrices, BLAS/LAPACK, SIMD reductions, ranking, distributions, RNG.
        .target(name: "GapwiseNumerics", dependencies: ["CBLAS", "CLAPACKE", "_GapwiseKernels"]),

        // Reading real open statistics: strict, fast CSV and .xlsx ingest into typed columns; long layouts.
        .target(name: "GapwiseIO", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // Inequality measures: distributional (Gini, Theil, GE, Atkinson, ...), concentration, decomposition.
        .target(name: "GapwiseMeasures", dependencies: ["GapwiseNumerics"]),

        // Deprivation indices: SIMD-style composites from domain ranks, IoD-style locality summaries.
        .target(name: "GapwiseDeprivation", dependencies: ["GapwiseNumerics"]),

        // Official dataset manifests (publisher, licence, URL, SHA-256, columns); verified downloads.
        .target(name: "GapwiseDatasets", dependencies: ["GapwiseIO"]),

        // Analyses over tables: requests, grouping, runners and result formats behind the commands.
        .target(
            name: "GapwiseAnalysis",
            dependencies: [
                "GapwiseIO", "GapwiseMeasures", "GapwiseDeprivation",
            ]),

        // Reports: self-contained HTML with Gapwise's own SVG charts, CSV tables, written all-or-nothing.
        // Adapters/ turns gaps and target results into the report model.
        .target(name: "GapwiseReport", dependencies: ["GapwiseIO", "GapwiseNumerics", "GapwiseAnalysis"]),

        // Config files: one loader reads a YAML, TOML or JSON file once and decodes it into the typed
        // requests (gaps batch with its report section, composite index spec). The only Yams/TOMLKit user.
        .target(
            name: "GapwiseConfig",
            dependencies: [
                "GapwiseIO", "GapwiseMeasures", "GapwiseDeprivation", "GapwiseAnalysis", "GapwiseReport",
                .product(name: "Yams", package: "Yams"), .product(name: "TOMLKit", package: "TOMLKit"),
            ]),

        // The public library product that embedding tools import.
        .target(
            name: "Gapwise",
            dependencies: ["GapwiseNumerics", "GapwiseIO", "GapwiseMeasures", "GapwiseDeprivation", "GapwiseAnalysis", "GapwiseDatasets", "GapwiseReport",
                           "GapwiseConfig"]),

        // The `gapwise` command: parses, calls the library, formats.
        .executableTarget(
            name: "GapwiseCLI",
            dependencies: [
                "Gapwise",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Shared helpers for the test targets (locating ../shared, NIST file parsing, zips and workbooks made at test time).
        .target(
            name: "GapwiseTestSupport",
            dependencies: ["GapwiseNumerics", "GapwiseIO", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/GapwiseTestSupport"),

        .testTarget(
            name: "GapwiseNumericsTests", dependencies: ["GapwiseNumerics", "GapwiseTestSupport"],
            exclude: ["Reference"]),
        .testTarget(name: "GapwiseIOTests", dependencies: ["GapwiseIO", "GapwiseTestSupport"]),
        // GapwiseConfig: the composite index tests read their specs from YAML/TOML/JSON files.
        .testTarget(
            name: "GapwiseAnalysisTests", dependencies: ["GapwiseAnalysis", "GapwiseConfig", "GapwiseTestSupport"],
            exclude: ["Reference"]),
        .testTarget(name: "GapwiseConfigTests", dependencies: ["GapwiseConfig", "GapwiseAnalysis", "GapwiseReport", "GapwiseIO", "GapwiseTestSupport"]),
        .testTarget(
            name: "GapwiseMeasuresTests", dependencies: ["GapwiseMeasures", "GapwiseTestSupport"],
            exclude: ["Reference/generate_reference.py", "Reference/grouped_reference.R", "Reference/generate_phe_reference.py",
                      "Reference/funnel_fixture.py", "Reference/funnel_rate_reference.py", "Reference/near_equality_reference.py"]),
        .testTarget(
            name: "GapwiseDeprivationTests", dependencies: ["GapwiseDeprivation", "GapwiseTestSupport"],
            exclude: ["Reference"]),
        .testTarget(name: "GapwiseDatasetsTests", dependencies: ["GapwiseDatasets", "GapwiseTestSupport"]),
        .testTarget(
            name: "GapwiseReportTests",
            dependencies: ["GapwiseReport", "GapwiseIO", "GapwiseAnalysis", "GapwiseConfig", "GapwiseTestSupport"],
            exclude: ["Reference", "Browser/png_stats.py"]),
        .testTarget(
            name: "GapwiseCLITests", dependencies: ["GapwiseCLI", "Gapwise", "GapwiseTestSupport"],
            exclude: ["BadInputs"]),
    ]
)
