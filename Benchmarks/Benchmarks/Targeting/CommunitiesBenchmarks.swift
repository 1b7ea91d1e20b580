// CommunitiesBenchmarks: `gapwise communities` (CPOP's method) on a CPOP-sized input: 1,279 zones x 8 indicators x 2 periods.
import Benchmark
import Foundation
import Gapwise

/// A seeded long file shaped like CPOP's: 1,279 intermediate zones in 32 partnerships and 67 typology
/// groups, 8 indicators (3 favourable), two periods; values lognormal-ish and never 0.
func communitiesInput(zones: Int = 1_279, seed: UInt64 = 2026) -> CSVTable {
    var rng = RandomGenerators.Xoshiro256StarStar(seed: seed)
    let indicators = ["Child Poverty", "Attainment", "Participation Rate", "Out of Work Benefits", "Crime Rate",
                      "Emergency Admissions", "Early Mortality", "Depopulation"]
    var text = "InterZone,CPP,Typology_Group,Year,Indicator,value\n"
    for year in ["2010/11", "2021/22"] {
        for k in indicators.indices {
            for z in 0..<zones {
                let v = (Double(k + 1) * 10 * (1 + 0.3 * rng.nextStandardNormal()).magnitude) + 0.01
                text += "S0\(2_001_236 + z),CPP\(z % 32),\(z % 67 + 1),\(year),\(indicators[k]),\(v)\n"
            }
        }
    }
    return try! CSVReader.read(bytes: Array(text.utf8), name: "communities")
}

func communitiesBenchmarks(_ config: Benchmark.Configuration) {
    let table = communitiesInput()
    let request = CommunitiesRequest(
        layout: .long(area: "InterZone", indicator: "Indicator", value: "value", period: "Year"),
        locality: "CPP", peerGroup: "Typology_Group", favourable: ["Attainment", "Participation Rate", "Depopulation"],
        from: "2010/11", to: "2021/22")
    // The run on a table already read: arrangement, locality and peer scores, change scores, summary.
    Benchmark("communities cpop n=1279 x 8 indicators x 2 periods, peers, change, summary", configuration: config) { _ in
        blackHole(try CommunitiesAnalysis.run(request, on: table))
    }
    // The same with both output tables written as CSV (the scores table has 10,232 rows).
    Benchmark("communities cpop n=1279 x 8 indicators x 2 periods, run and both CSV tables", configuration: config) { _ in
        let result = try CommunitiesAnalysis.run(request, on: table)
        blackHole(result.scoresText(.csv))
        blackHole(result.summaryText(.csv))
    }
}
