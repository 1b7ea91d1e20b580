// ConfigFile: a YAML, TOML or JSON config read once (by extension) and decoded with Codable; errors give file, line:column and key.
import Foundation
import GapwiseAnalysis
import TOMLKit
import Yams

/// One config file, read once and parsed once; ``decode(_:)`` turns it into a `Decodable` document.
///
/// The format follows the extension: `.toml` is TOML, `.json` is JSON, anything else YAML (a superset of
/// JSON). Every error is an `AnalysisError.invalidRequest` that starts with the file, then `line:column`
/// where the format gives them (syntax errors in every format; in YAML also the key or value at fault),
/// then the key path the user wrote (`indicators[2].polarity`).
struct ConfigFile {
    enum Format: String { case yaml = "YAML", toml = "TOML", json = "JSON" }

    let path: String
    let format: Format
    /// The YAML document (which carries every node's line and column), or the JSON bytes (TOML converted).
    private let yaml: Node?
    private let json: Data?

    /// Reads and parses `path`; `formats` limits the extensions accepted (all when nil).
    static func read(_ path: String, what: String = "config", formats: [Format]? = nil) throws(AnalysisError) -> ConfigFile {
        let ext = (path as NSString).pathExtension.lowercased()
        let format: Format = ext == "toml" ? .toml : ext == "json" ? .json : .yaml
        if let formats {
            let allowed = formats.contains(format) && (format != .yaml || ext == "yaml" || ext == "yml")
            guard allowed else { throw .invalidRequest("\(path): \(what == "config" ? "a config" : "an \(what)") must end in .json, .yaml, .yml or .toml.") }
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .invalidRequest("\(path): the \(what) cannot be read (\(error.localizedDescription)).")
        }
        switch format {
        case .yaml:
            do {
                guard let node = try Yams.compose(yaml: text) else {
                    throw AnalysisError.invalidRequest("\(path): the \(what) must be a mapping of keys to values.")
                }
                return ConfigFile(path: path, format: format, yaml: node, json: nil)
            } catch let e as AnalysisError {
                throw e
            } catch let e as YamlError {
                throw Self.syntax(e, path: path)
            } catch {
                throw .invalidRequest("\(path): not valid YAML: \(error)")
            }
        case .toml:
            do {
                let json = try TOMLTable(string: text).convert(to: .json)
                return ConfigFile(path: path, format: format, yaml: nil, json: Data(json.utf8))
            } catch let e as TOMLParseError {
                throw .invalidRequest("\(path):\(e.source.begin.line):\(e.source.begin.column): not valid TOML: \(e.description)")
            } catch {
                throw .invalidRequest("\(path): not valid TOML: \(error)")
            }
        case .json:
            return ConfigFile(path: path, format: format, yaml: nil, json: Data(text.utf8))
        }
    }

    /// The document decoded as `T`; a `ConfigProblem` or `DecodingError` becomes a message naming the file,
    /// the position (YAML) and the key path.
    func decode<T: Decodable>(_ type: T.Type) throws(AnalysisError) -> T {
        do {
            if let yaml { return try YAMLDecoder().decode(T.self, from: yaml) }
            return try JSONDecoder().decode(T.self, from: json!)
        } catch let p as ConfigProblem {
            throw .invalidRequest(RequestMessage(at(p.path, key: p.atKey) + p.message))
        } catch let e as DecodingError {
            let (codingPath, message) = ConfigProblem.explain(e)
            throw .invalidRequest(RequestMessage(at(codingPath, key: false) + message))
        } catch let e as AnalysisError {
            throw e
        } catch {
            throw .invalidRequest("\(path): not valid \(format.rawValue): \(error)")
        }
    }

    /// `file:line:column: ` for the node at `codingPath` (its key when `key`), `file: ` when the format has no positions.
    func at(_ codingPath: [any CodingKey], key: Bool) -> String {
        guard let mark = yaml.flatMap({ Self.mark(in: $0, codingPath[...], key: key) }) else { return "\(path): " }
        return "\(path):\(mark.line):\(mark.column): "
    }

    /// The mark of the node at `codingPath` below `node` (of the deepest node found when the path goes further).
    private static func mark(in node: Node, _ codingPath: ArraySlice<any CodingKey>, key: Bool) -> Mark? {
        guard let first = codingPath.first else { return node.mark }
        if let index = first.intValue, let seq = node.sequence {
            guard index >= 0 && index < seq.count else { return node.mark }
            return mark(in: seq[index], codingPath.dropFirst(), key: key) ?? node.mark
        }
        if let map = node.mapping, let pair = map.first(where: { $0.key.string == first.stringValue }) {
            if codingPath.count == 1 && key { return pair.key.mark }
            return mark(in: pair.value, codingPath.dropFirst(), key: key) ?? pair.key.mark
        }
        return node.mark
    }

    /// A YAML syntax error as `file:line:column: not valid YAML: problem`.
    private static func syntax(_ e: YamlError, path: String) -> AnalysisError {
        switch e {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .invalidRequest("\(path):\(mark.line):\(mark.column): not valid YAML: \(problem).")
        default:
            return .invalidRequest("\(path): not valid YAML: \(e)")
        }
    }
}
