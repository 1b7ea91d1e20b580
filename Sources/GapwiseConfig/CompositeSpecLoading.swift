// CompositeSpecLoading: a composite index spec read once from its JSON, YAML or TOML file and decoded with Codable.
import GapwiseAnalysis

extension CompositeSpec {
    /// Reads a configuration file; the format follows the extension: `.json`, `.yaml`/`.yml` or `.toml`.
    ///
    /// - Throws: `AnalysisError.invalidRequest` naming the file, the line and column where the format gives
    ///   them and the key at fault; then `validate()`'s errors.
    public static func load(path: String) throws(AnalysisError) -> CompositeSpec {
        let file = try ConfigFile.read(path, what: "index configuration", formats: [.json, .yaml, .toml])
        let spec = try file.decode(CompositeSpec.self)
        try spec.validate()
        return spec
    }
}
