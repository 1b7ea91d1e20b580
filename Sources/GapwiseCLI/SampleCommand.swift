// SampleCommand: `gapwise sample` writes the seeded synthetic Scotland-shaped sample dataset.
import ArgumentParser
import Foundation
import Gapwise
@_spi(Samples) import GapwiseAnalysis

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write Gapwise's synthetic, Scotland-shaped sample dataset (clearly labelled; not official statistics).",
        discussion: """
        6,976 synthetic data zones in 1,279 intermediate zones in 32 councils, SIMD-like domain ranks combined \
        by the SIMD method, and 12 outcome indicators as counts and denominators for 2019 and 2023. The same \
        seed always gives byte-identical output. The shipped datasets/sample/datazones.csv was made with \
        `gapwise sample --seed 2026 --output datasets/sample/datazones.csv`.
        """)

    @Option(help: "Random seed.")
    var seed: UInt64 = 2026

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let text: String
        do { text = try SyntheticScotland.csv(seed: seed) } catch { throw CLIParsing.fail("\(error)") }
        try CLIParsing.emit(text, to: output, flag: "--output", inputs: [])
    }
}
