// GeographyLookupLayout: which columns of a lookup file hold the codes (and names) of each level, finest first.

/// The columns of a geography lookup file: for each level, finest first, the column of codes and
/// optionally the column of names. Each row of the file places one area of the finest level in one
/// area of every coarser level.
///
/// `GeographyLookupLayout.phs` reads Public Health Scotland's lookups: "Geography Codes and Labels –
/// Data Zone 2011" (`DataZone`, `DataZoneName`, `IntZone`, `IntZoneName`, `CA`, `CAName`, `HSCP`,
/// `HSCPName`, `HB`, `HBName`, `Country`) and the SIMD lookups (`DataZone`, `IntZone`, `HB`, `HSCP`,
/// `CA`, no names). Column order in the file does not matter.
package struct GeographyLookupLayout: Sendable, Equatable {
    /// One level's columns.
    public struct Level: Sendable, Equatable {
        public var level: GeographyLevel
        /// The column of codes.
        public var codeColumn: String
        /// The column of names, if any.
        public var nameColumn: String?
        /// Whether the file may lack the code column (the level is then absent from the hierarchy).
        public var isOptional: Bool
        /// Whether the file may lack the name column (the level then has no names).
        public var isNameOptional: Bool

        public init(_ level: GeographyLevel, code: String, name: String? = nil,
                    isOptional: Bool = false, isNameOptional: Bool = false) {
            self.level = level
            self.codeColumn = code
            self.nameColumn = name
            self.isOptional = isOptional
            self.isNameOptional = isNameOptional
        }
    }

    /// The levels, finest first. The first level may not be optional.
    public var levels: [Level]

    /// Precondition (a programmer error otherwise): at least two levels, the first not optional, and
    /// no entity type in two levels (so that every code belongs to one level).
    public init(levels: [Level]) {
        precondition(levels.count >= 2, "GeographyLookupLayout: at least two levels are needed")
        precondition(!levels[0].isOptional, "GeographyLookupLayout: the finest level cannot be optional")
        let kinds = levels.flatMap(\.level.kinds)
        precondition(Set(kinds).count == kinds.count, "GeographyLookupLayout: an entity type appears in two levels")
        self.levels = levels
    }

    /// Public Health Scotland: data zone → intermediate zone → council area → HSCP → health board
    /// (→ country when the file has `Country`); names used where the file has the name columns.
    public static let phs = GeographyLookupLayout(levels: [
        Level(.dataZone, code: "DataZone", name: "DataZoneName", isNameOptional: true),
        Level(.intermediateZone, code: "IntZone", name: "IntZoneName", isNameOptional: true),
        Level(.councilArea, code: "CA", name: "CAName", isNameOptional: true),
        Level(.healthAndSocialCarePartnership, code: "HSCP", name: "HSCPName", isNameOptional: true),
        Level(.healthBoard, code: "HB", name: "HBName", isNameOptional: true),
        Level(.scotland, code: "Country", isOptional: true),
    ])

    /// English Indices of Deprivation 2019 files (MHCLG): LSOA → local authority district (2019),
    /// with names (`LSOA code (2011)`, `LSOA name (2011)`, `Local Authority District code (2019)`,
    /// `Local Authority District name (2019)`).
    public static let iod2019 = GeographyLookupLayout(levels: [
        Level(.lsoa, code: "LSOA code (2011)", name: "LSOA name (2011)"),
        Level(.localAuthorityDistrict, code: "Local Authority District code (2019)",
              name: "Local Authority District name (2019)"),
    ])
}
