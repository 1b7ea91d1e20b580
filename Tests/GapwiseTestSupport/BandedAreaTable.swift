// BandedAreaTable: the seeded synthetic areas (a rank, two councils, columns of counts) that age-band tests build tables from.
import GapwiseIO

/// Builds in-memory tables of synthetic areas for tests: area i has rank i + 1 (1 = most deprived) and
/// council "B" when i is a multiple of 3, else "A"; count columns are drawn from a fixed 64-bit LCG
/// (Knuth's MMIX constants), so a seed always gives the same table.
public struct BandedAreaTable {
    /// Number of areas (rows).
    public let areas: Int
    private var state: UInt64
    private var columns: [CSVColumn]

    /// `areas` rows with the `rank` and `ca` columns; `seed` starts the LCG.
    public init(areas: Int, seed: UInt64) {
        self.areas = areas
        self.state = seed
        self.columns = [Self.column("rank", (1...areas).map(Double.init)),
                        CSVColumn(name: "ca", data: .text(CSVTextColumn(values: (0..<areas).map { $0 % 3 == 0 ? "B" : "A" },
                                                                        isMissing: .init(repeating: false, count: areas))))]
    }

    /// The next draw, uniform on 0..<m (the LCG's high bits).
    public mutating func next(_ m: Int) -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double((state >> 33) % UInt64(m))
    }

    /// Adds a numeric column with no missing values.
    public mutating func add(_ name: String, _ values: [Double]) {
        precondition(values.count == areas, "column \(name) has \(values.count) values for \(areas) areas")
        columns.append(Self.column(name, values))
    }

    /// The table, named `bands.csv`.
    public var table: CSVTable { CSVTable(file: "bands.csv", delimiter: .comma, rowCount: areas, columns: columns) }

    private static func column(_ name: String, _ values: [Double]) -> CSVColumn {
        CSVColumn(name: name, data: .number(CSVNumberColumn(values: values, isMissing: .init(repeating: false, count: values.count))))
    }
}
