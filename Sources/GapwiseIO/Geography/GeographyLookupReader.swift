// GeographyLookupReader: builds a GeographyHierarchy from a lookup file, refusing bad codes, duplicates and two-parent areas.

extension GeographyHierarchy {
    /// Reads a lookup file (e.g. PHS `datazone2011.csv`) and builds the hierarchy. Every column is
    /// read (lookups are small), with types inferred (codes always read as text: they start with a letter).
    ///
    /// Throws `CSVError` for a file that cannot be read as CSV, `GeographyError` for one that is not
    /// a valid lookup (see `init(table:layout:)`).
    public static func read(file path: String, layout: GeographyLookupLayout = .phs,
                            options: CSVReadOptions = CSVReadOptions()) throws -> GeographyHierarchy {
        var o = options
        o.columns = nil
        return try GeographyHierarchy(table: CSVReader.read(file: path, options: o), layout: layout)
    }

    /// Builds the hierarchy from a lookup table.
    ///
    /// Rules, checked row by row in file order, the first broken one thrown:
    /// - the table has at least one row (`emptyLookup`);
    /// - every required column is present (`missingColumn`) and holds text (`notText`);
    /// - every code and name is present (`missingValue`: lookups have no gaps);
    /// - every code is a valid code of its column's level (`invalidCode`, e.g. `"S0100650X" is not a
    ///   valid data zone code (S01 followed by 6 digits)`);
    /// - each area of the finest level appears on one row only (`duplicateArea`);
    /// - every area has one parent at the next coarser level wherever it appears (`conflictingParent`),
    ///   hence one area at every coarser level;
    /// - every area has one name wherever it appears (`conflictingName`).
    public init(table: CSVTable, layout: GeographyLookupLayout) throws(GeographyError) {
        let file = table.file
        guard table.rowCount > 0 else { throw .emptyLookup(file: file) }
        var used: [GeographyLookupLayout.Level] = []
        var codeColumns: [CSVTextColumn] = []
        var nameColumns: [CSVTextColumn?] = []
        for l in layout.levels {
            guard let c = table[l.codeColumn] else {
                if l.isOptional { continue }
                throw .missingColumn(file: file, column: l.codeColumn)
            }
            let t = try Self.text(c, file: file)
            var names: CSVTextColumn?
            if let n = l.nameColumn {
                if let nc = table[n] {
                    names = try Self.text(nc, file: file)
                } else if !l.isNameOptional {
                    throw .missingColumn(file: file, column: n)
                }
            }
            used.append(l)
            codeColumns.append(t)
            nameColumns.append(names)
        }

        let levels = used.map(\.level)
        var records: [AreaCode: Record] = [:]
        var firstRow: [AreaCode: Int] = [:]
        var areasByLevel = [[AreaCode]](repeating: [], count: levels.count)
        var children: [AreaCode: [AreaCode]] = [:]
        var codes = [AreaCode?](repeating: nil, count: levels.count)
        var names = [String?](repeating: nil, count: levels.count)
        for i in 0..<table.rowCount {
            let row = i + 2
            for j in levels.indices {
                let col = used[j].codeColumn
                guard let text = codeColumns[j][i] else { throw .missingValue(file: file, row: row, column: col) }
                do {
                    codes[j] = try AreaCode(text, at: levels[j])
                } catch {
                    throw .invalidCode(file: file, row: row, column: col, problem: error)
                }
                names[j] = nil
                if let nc = nameColumns[j] {
                    guard let name = nc[i] else { throw .missingValue(file: file, row: row, column: used[j].nameColumn!) }
                    names[j] = name
                }
            }
            for j in levels.indices {
                let code = codes[j]!
                let parent = j + 1 < levels.count ? codes[j + 1] : nil
                if let r = records[code] {
                    let first = firstRow[code]!
                    if j == 0 {
                        throw .duplicateArea(file: file, row: row, column: used[0].codeColumn, code: code, firstRow: first)
                    }
                    if let p = parent, let q = r.parent, p != q {
                        throw .conflictingParent(file: file, row: row, column: used[j + 1].codeColumn, code: code,
                                                 parent: p, firstParent: q, firstRow: first)
                    }
                    if let n = names[j], let m = r.name, n != m {
                        throw .conflictingName(file: file, row: row, column: used[j].nameColumn!, code: code,
                                               name: n, firstName: m, firstRow: first)
                    }
                } else {
                    records[code] = Record(level: j, name: names[j], parent: parent, children: [])
                    firstRow[code] = row
                    areasByLevel[j].append(code)
                    if let p = parent { children[p, default: []].append(code) }
                }
            }
        }
        for j in areasByLevel.indices { areasByLevel[j].sort() }
        for (p, c) in children { records[p]!.children = c.sorted() }
        self.init(source: file, levels: levels, areasByLevel: areasByLevel, records: records)
    }

    /// The text of a code or name column. A column read as numbers is refused (`notText`), unless
    /// every value is missing (then inferred as numbers): that is a missing value on row 2.
    static func text(_ column: CSVColumn, file: String) throws(GeographyError) -> CSVTextColumn {
        if let t = column.text { return t }
        if column.missingCount == column.numbers!.values.count, column.missingCount > 0 {
            throw .missingValue(file: file, row: 2, column: column.name)
        }
        throw .notText(file: file, column: column.name)
    }
}
