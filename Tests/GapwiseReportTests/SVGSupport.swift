// SVGSupport: parses SVG/XHTML text with FoundationXML's XMLParser into a flat element list for assertions.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One parsed element: its name, attributes, its direct text, and its ancestors' names.
struct XMLNode {
    let name: String
    let attributes: [String: String]
    var text: String
    let path: [String]
}

/// A parsed document, or the parser's error (a well-formedness failure).
struct ParsedXML {
    var nodes: [XMLNode] = []
    var error: String?

    init(_ text: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        if !parser.parse() {
            error = parser.parserError.map { "\($0)" } ?? "unknown XML error at line \(parser.lineNumber)"
        }
        nodes = collector.nodes
    }

    func all(_ name: String) -> [XMLNode] { nodes.filter { $0.name == name } }
    func byID(_ id: String) -> XMLNode? { nodes.first { $0.attributes["id"] == id } }
    func double(_ node: XMLNode, _ attribute: String) -> Double { Double(node.attributes[attribute] ?? "") ?? .nan }
}

private final class Collector: NSObject, XMLParserDelegate {
    var nodes: [XMLNode] = []
    var stack: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        nodes.append(XMLNode(name: name, attributes: attributes, text: "", path: stack.map { nodes[$0].name }))
        stack.append(nodes.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { nodes[i].text += string }
    }
}
