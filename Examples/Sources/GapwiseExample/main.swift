// GapwiseExample: the README's library example: a Gini and a gap profile of early deaths on the shipped sample.
import Foundation
import Gapwise

// The sample ships with Gapwise (datasets/sample); another file can be given as the first argument.
let here = URL(fileURLWithPath: #filePath)
let samplePath = here.deletingLastPathComponent().appendingPathComponent("../../../datasets/sample/datazones.csv").standardized.path
let path = CommandLine.arguments.dropFirst().first ?? samplePath

do {
    let table = try CSVReader.read(file: path)

    // How unequal are early deaths across data zones? Gini and Atkinson (ε = ½) per year,
    // population-weighted, with seeded 95% bootstrap intervals.
    let request = MeasureRequest(
        measures: [.gini, .atkinson(epsilon: 0.5)],
        numerator: "early_deaths_count", denominator: "early_deaths_denominator",
        population: "population", by: ["year"], replicates: 1_000, seed: 1)
    for result in try MeasureRunner.run(request, on: table) {
        let interval = result.intervals.first
        print(result.group.joined(separator: " "), result.measure, result.estimate,
              interval?.lower ?? .nan, interval?.upper ?? .nan)
    }

    // The gap between the most and least deprived fifths (SIMD quintiles), per council and year.
    let gaps = try GapsRunner.run(GapsRequest(
        indicators: [GapsIndicator(
            name: "early_deaths",
            source: .counts(numerator: "early_deaths_count", denominator: "early_deaths_denominator"),
            statistic: .rate)],
        rank: "simd_rank", locality: "council_name", year: "year",
        measures: [.grouped(.siiLinear), .grouped(.riiLinear)]), on: table)
    for row in gaps.gaps where row.locality == "Scotland" {
        print(row.year, row.measure, row.estimate ?? .nan)
    }
} catch {
    FileHandle.standardError.write(Data("GapwiseExample: \(error)\n".utf8))
    exit(1)
}
