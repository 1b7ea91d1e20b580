// XLSXReader: reads one worksheet of an .xlsx workbook into a CSVTable, by the CSV reader's own rules.
import Foundation
import ZIPFoundation

/// Reads a worksheet of an Office Open XML workbook (.xlsx, .xlsm) as the CSV reader reads a CSV file.
///
/// The zip container is read with ZIPFoundation; the workbook part and its relationships give the sheets
/// by name (`CSVReadOptions.sheet`, or the first sheet in tab order); the shared strings are read whole;
/// the sheet's XML is decompressed and scanned in pieces (`SheetCells`). The cells are then written out as
/// one CSV text in memory, row by row: the first row holding a value is the header, every row down to the
/// last one holding a value is a data row (a row with no values becomes a row of missing values), the
/// columns run from the leftmost to the rightmost holding a value, and a cell missing from a row is a
/// missing value. That text is read
/// by `CSVReader`, so the typed columns, missing markers, column selection, imposed types and errors are
/// exactly those of a CSV file with the same fields; numbers keep the digits Excel stored (17 significant
/// digits, round-tripping the double) and are rounded once, by the same decimal parser.
///
/// Row numbers in errors are the sheet's own row numbers. Dates stored as numbers are read as Excel's
/// serial day numbers; formulas give their cached values.
enum XLSXReader {
    /// The size of the pieces the sheet's XML is decompressed and scanned in.
    static let pieceSize = 1 << 18

    /// The named (or first) worksheet of the workbook `archive` (`name` stands for the file in errors).
    static func read(_ archive: Archive, name: String, options: CSVReadOptions) throws -> CSVTable {
        let (transcript, firstRow) = try transcribe(archive, name: name, sheet: options.sheet)
        var csv = options
        csv.sheet = nil
        csv.delimiter = .comma
        do {
            return try CSVReader.read(bytes: transcript, name: name, options: csv, bufferSize: CSVReader.defaultBufferSize,
                                      piece: CSVReader.defaultBufferSize, sniff: false)
        } catch let e as CSVError {
            throw e.rowsShifted(by: firstRow - 1)
        }
    }

    /// The worksheet as CSV text, and the sheet row number of its header row.
    static func transcribe(_ archive: Archive, name: String, sheet wanted: String?) throws -> (csv: [UInt8], firstRow: Int) {
        let parts: WorkbookParts
        do {
            parts = try WorkbookParts.read(archive)
        } catch let WorkbookParts.Other.notAWorkbook(kind, advice) {
            throw CSVError.notATable(file: name, kind: kind, advice: advice)
        } catch let e as XMLScanError {
            throw CSVError.unreadableWorkbook(file: name, reason: e.reason)
        } catch {
            throw CSVError.unreadableWorkbook(file: name, reason: "\(error)")
        }
        let chosen: WorkbookParts.Sheet
        if let wanted {
            guard let s = parts.sheets.first(where: { $0.name == wanted }) else {
                throw CSVError.unknownSheet(file: name, name: wanted, available: parts.sheets.map(\.name))
            }
            chosen = s
        } else {
            guard let s = parts.sheets.first else { throw CSVError.unreadableWorkbook(file: name, reason: "it has no worksheet") }
            chosen = s
        }
        do {
            var strings = SharedStrings()
            if let path = parts.sharedStrings, let entry = archive[path] {
                try stream(archive, entry, into: &strings)
            }
            guard let entry = archive[chosen.path] else {
                throw XMLScanError(reason: "the part \(chosen.path) of sheet \"\(chosen.name)\" is missing")
            }
            var cells = SheetCells(strings: strings, sheet: chosen.name)
            try stream(archive, entry, into: &cells)
            return csv(cells)
        } catch let e as XMLScanError {
            throw CSVError.unreadableWorkbook(file: name, reason: e.reason)
        } catch let e as CSVError {
            throw e
        } catch {
            throw CSVError.unreadableWorkbook(file: name, reason: "\(error)")
        }
    }

    /// Decompresses `entry` in pieces and scans each as it arrives.
    static func stream<H: XMLScanHandler>(_ archive: Archive, _ entry: Entry, into handler: inout H) throws {
        var pending: [UInt8] = []
        pending.reserveCapacity(pieceSize * 2)
        let crc = try archive.extract(entry, bufferSize: pieceSize, skipCRC32: false) { data in
            pending.append(contentsOf: data)
            let used = try pending.withUnsafeBufferPointer { try XMLScanner.scan($0, isFinal: false, into: &handler) }
            pending.removeFirst(used)
        }
        _ = try pending.withUnsafeBufferPointer { try XMLScanner.scan($0, isFinal: true, into: &handler) }
        guard crc == entry.checksum else { throw XMLScanError(reason: "the part \(entry.path) is damaged (its CRC-32 does not match)") }
    }

    /// The cells as CSV: rows from the first to the last holding a value, columns from the leftmost to the
    /// rightmost holding one.
    static func csv(_ cells: SheetCells) -> (csv: [UInt8], firstRow: Int) {
        guard let first = cells.rows.first, let last = cells.rows.last else { return ([], 1) }
        let left = Int32(cells.leftmost), right = Int32(cells.widest)
        var out: [UInt8] = []
        out.reserveCapacity(cells.fields.count + Int(last - first + 1) * Int(right - left + 2))
        var k = 0
        for r in first...last {
            var column = left
            var wrote = false
            while k < cells.rows.count && cells.rows[k] == r {
                while column < cells.columns[k] { out.append(0x2C); column += 1 }
                out.append(contentsOf: cells.fields[cells.field(k)])
                wrote = true
                k += 1
            }
            while column < right { out.append(0x2C); column += 1 }
            // A one-column row with no value is written "" so that its line is not empty.
            if left == right && !wrote { out.append(contentsOf: [0x22, 0x22]) }
            out.append(0x0A)
        }
        return (out, Int(first))
    }
}
