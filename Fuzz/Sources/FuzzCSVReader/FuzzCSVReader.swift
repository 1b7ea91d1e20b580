// FuzzCSVReader: the libFuzzer entry point that feeds arbitrary bytes to the CSV reader.
import CFuzzerDriver
import Gapwise

/// Reads the bytes as a CSV file with default options, with every column forced numeric, and with
/// small buffers in between; each read must end in a table or a `CSVError`. Any other outcome
/// (a trap, a sanitizer report, a hang) is a bug that becomes a regression test.
@_cdecl("FuzzCSVReader_main")
public func fuzzCSVReaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzCSVReader(data, size)
    }
}

func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for options in FuzzOptions.variants(bytes) {
        do {
            let table = try CSVReader.read(bytes: bytes, name: "fuzz.csv", options: options)
            // Touch every column so that lazily built storage is exercised too.
            for c in table.columns { _ = (c.name, c.numbers?.values.count, c.text?.values.count) }
            _ = CSVSummary(table: table).jsonText()
        } catch is CSVError {
        } catch {
            fatalError("CSVReader threw a non-CSVError: \(error)")
        }
    }
    return 0
}

enum FuzzOptions {
    /// Default options, and options with the first header column forced to a number type.
    static func variants(_ bytes: [UInt8]) -> [CSVReadOptions] {
        var typed = CSVReadOptions(percent: .fraction, ignoreEmptyUnnamedColumns: true)
        if let header = try? CSVReader.read(bytes: Array(bytes.prefix { $0 != 10 }), name: "h.csv"),
           let first = header.columns.first?.name {
            typed.columnTypes[first] = .number
            typed.columns = [first]
        }
        return [CSVReadOptions(), typed, CSVReadOptions(delimiter: .semicolon)]
    }
}
