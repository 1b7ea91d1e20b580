// GapsMetadata: the run record written beside a gaps run's outputs (version, input SHA-256, seed, settings).
import Foundation
import GapwiseIO

/// What a reader needs to reproduce a gaps run: the Gapwise version, each input file's SHA-256, the seed
/// and every setting. It holds no clock time and no thread count, so two runs of the same batch write the
/// same record.
public enum GapsMetadata {
    /// The record as pretty JSON with sorted keys.
    /// - Parameters:
    ///   - version: the Gapwise version (`GapwiseInfo.version`).
    ///   - inputs: the input files read; each is hashed here.
    ///   - outputs: the files written, by role (e.g. "gaps": "out/gaps.csv").
    /// - Throws: `AnalysisError.invalidRequest` when an input cannot be read for hashing.
    public static func json(_ request: GapsRequest, result: GapsResult, version: String, inputs: [String],
                            outputs: [String: String]) throws(AnalysisError) -> String {
        var files: [[String: Any]] = []
        for path in inputs {
            do { files.append(["path": path, "sha256": try SHA256.hex(ofFileAt: path)]) } catch {
                throw .invalidRequest("\(path): cannot be read to record its SHA-256 (\(error)).")
            }
        }
        let indicators: [[String: Any]] = request.indicators.map { i in
            var d: [String: Any] = ["name": i.name, "statistic": i.statistic.rawValue, "multiplier": i.multiplier,
                                    "polarity": i.polarity == .adverse ? "adverse" : "favourable", "role": i.role.rawValue]
            switch i.source {
            case let .counts(n, den): d["numerator"] = n; d["denominator"] = den
            case let .values(v, se): d["value"] = v; if let se { d["se"] = se }
            case let .ageBands(n, den, w): d["numerators"] = n; d["denominators"] = den; d["standard"] = w
            }
            return d
        }
        var settings: [String: Any] = [
            "indicators": indicators, "rank": request.rank, "national": request.includeNational ? request.nationalName : NSNull(),
            "quantiles": request.quantiles, "bands": request.basis.rawValue, "weighting": request.weighting.rawValue,
            "measures": request.measures.map(\.code), "levels": request.levels, "threshold": request.threshold,
            "replicates": request.replicates.map { $0 as Any } ?? NSNull(),
            "sii_interval": request.siiInterval.rawValue,
            "interval": request.interval == .bootstrap
                ? "bootstrap: areas resampled with replacement within each quantile, \(request.replicates ?? GapsIntervalSource.defaultBootstrapReplicates) replicates, percentile limits (area-level variation)"
                : "sampling: each measure's interval from the quantiles' sampling error",
            "sign": "every directional gap measure is oriented so that a positive value (a ratio above 1) means the most deprived fare worse",
        ]
        settings["locality"] = request.locality ?? NSNull()
        if let total = request.rankTotal { settings["rank_total"] = total }
        settings["year"] = request.year ?? NSNull()
        settings["population"] = request.population ?? NSNull()
        let record: [String: Any] = [
            "tool": "gapwise gaps", "gapwise_version": version, "inputs": files, "seed": request.seed,
            "settings": settings, "outputs": outputs,
            "counts": ["units": result.units, "profiles": result.profiles.count, "gap_rows": result.gaps.count,
                       "change_rows": result.changes.count, "localities": result.localities.count, "years": result.years],
            "suppression": "quantile counts below the threshold are suppressed with a complementary cell (secondary suppression); blank cells carry a status",
        ]
        let data = try! JSONSerialization.data(withJSONObject: record, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
