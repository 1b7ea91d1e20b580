// FuzzMeasureInput: the libFuzzer entry point that runs measure requests over tables read from arbitrary bytes.
import CFuzzerDriver
import Gapwise

/// The first byte chooses a request family, the rest is a CSV file. Numeric columns are assigned to
/// the request's roles by position (value, population, rank / se, order); the first text column
/// groups or names subgroups. The run must end in results or an `AnalysisError`; a trap, a sanitizer
/// report, a hang, or a non-finite estimate returned without an error is a bug.
@_cdecl("FuzzMeasureInput_main")
public func fuzzMeasureInputMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzMeasureInput(data, size)
    }
}

func fuzzMeasureInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let family = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard let table = try? CSVReader.read(bytes: bytes, name: "fuzz.csv") else { return 0 }
    let numeric = table.columns.filter { $0.numbers != nil }.map(\.name)
    let text = table.columns.filter { $0.text != nil }.map(\.name)
    guard !numeric.isEmpty else { return 0 }
    func num(_ i: Int) -> String? { i < numeric.count ? numeric[i] : nil }
    var request: MeasureRequest
    switch family % 5 {
    case 0:  // distributional over areas, weighted when a second numeric column exists, ranked by a third
        let codes = ["gini", "gini_corrected", "theil_t", "theil_l", "ge:0.5", "ge:-1", "atkinson:1", "atkinson:2", "cv",
                     "palma", "s80s20", "wolfson", "ricci_schutz", "kolm", "herfindahl", "rosenbluth"]
            + (num(2) != nil ? ["conc", "conc_generalised", "conc_wagstaff", "conc_erreygers"] : [])
        request = MeasureRequest(measures: codes.compactMap { try? MeasureSpec.parse($0) }, value: num(0),
                                 population: num(1), by: Array(text.prefix(1)), rankBy: num(2),
                                 replicates: family & 0x80 != 0 ? 100 : 0, seed: UInt64(family))
    case 1:  // counts: proportion, rate, dissimilarity
        guard let d = num(1) else { return 0 }
        request = MeasureRequest(measures: ["proportion", "rate", "dissimilarity", "gini"].compactMap { try? MeasureSpec.parse($0) },
                                 numerator: num(0), denominator: d, multiplier: 100, by: Array(text.prefix(1)), replicates: 0)
    case 2:  // HEAT/ScotPHO subgroup measures
        guard let sub = text.first ?? numeric.last else { return 0 }
        let codes = ["d", "r", "sii", "rii", "aci", "rci", "paf", "par", "bgv", "bgsd", "cov", "idisu", "idisw", "mdbu",
                     "mdbw", "mdmu", "mdmw", "mdru", "mdrw", "mld", "ti", "sii_linear", "rii_linear", "par_percent",
                     "abs_range", "rel_range"]
        request = MeasureRequest(measures: codes.compactMap { try? MeasureSpec.parse($0) }, value: num(0),
                                 population: num(1), replicates: 1000, seed: 3, subgroup: sub, standardError: num(2),
                                 order: num(3), polarity: family & 0x80 != 0 ? .favourable : .adverse)
    case 3:  // PHE SII/RII over quantiles
        guard let sub = text.first ?? numeric.last, num(2) != nil else { return 0 }
        request = MeasureRequest(measures: ["phe_sii", "phe_rii"].compactMap { try? MeasureSpec.parse($0) }, value: num(0),
                                 population: num(1), replicates: 1000, seed: 5, subgroup: sub, standardError: num(2), order: num(3))
        request.valueType = family & 0x80 != 0 ? .rate : .normal
    default:  // between/within decompositions and the pooled mean
        guard let part = text.first else { return 0 }
        request = MeasureRequest(measures: ["theil_between", "theil_within", "ge_within:2", "mean"].compactMap { try? MeasureSpec.parse($0) },
                                 value: num(0), population: num(1), replicates: 0)
        request.partition = part
    }
    do {
        let results = try MeasureRunner.run(request, on: table)
        for r in results where r.measure != "mean" && !r.estimate.isFinite && !r.estimate.isNaN {
            fatalError("\(r.measure) returned \(r.estimate) without an error")
        }
    } catch {
        _ = error.description
    }
    return 0
}
