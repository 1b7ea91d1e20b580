// swift-tools-version: 6.1
// GapwiseExamples: a separate package that embeds Gapwise exactly as the README's "Use as a library" says.
import PackageDescription

let package = Package(
    name: "GapwiseExamples",
    dependencies: [
        // An application names the published package instead:
        //   .package(url: "https://github.com/gapwise/gapwise", from: "0.1.0")
        .package(name: "gapwise", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "GapwiseExample",
            dependencies: [.product(name: "Gapwise", package: "gapwise")]),
        // The code of each DocC article, compiled so the articles stay true to the API.
        .executableTarget(
            name: "ArticleSnippets",
            dependencies: [.product(name: "Gapwise", package: "gapwise")]),
    ]
)
