// GeographyLevel: a level of an area hierarchy (data zone, council area, LSOA, local authority district, ...) and its code rule.

/// A level of an area hierarchy: a name and the GSS entity types whose codes belong to it.
///
/// Most levels are one entity type (`.dataZone` is `S01`); English local authority districts are
/// four (`E06` unitary authorities, `E07` non-metropolitan districts, `E08` metropolitan districts,
/// `E09` London boroughs) plus `W06` in Wales. Levels compare by name and kinds.
package struct GeographyLevel: Sendable, Hashable, CustomStringConvertible {
    /// A plain-English name used in messages, e.g. "data zone".
    public let name: String
    /// A short identifier, used to name columns that a join adds, e.g. `council_area`.
    public let key: String
    /// The entity types whose codes belong to the level (at least one).
    public let kinds: [AreaKind]

    public init(name: String, key: String, kinds: [AreaKind]) {
        precondition(!kinds.isEmpty, "GeographyLevel \(name): at least one entity type is needed")
        self.name = name
        self.key = key
        self.kinds = kinds
    }

    /// The code rule in words, e.g. "S01 followed by 6 digits".
    public var rule: String {
        let codes = kinds.map(\.entityCode)
        let list = codes.count == 1 ? codes[0] : codes.dropLast().joined(separator: ", ") + " or " + codes.last!
        return "\(list) followed by 6 digits"
    }

    public var description: String { name }

    // Scotland (2011 data zones and their parents; PHS lookup layout).
    public static let dataZone = GeographyLevel(name: "data zone", key: "data_zone", kinds: [.dataZone])
    public static let intermediateZone = GeographyLevel(name: "intermediate zone", key: "intermediate_zone", kinds: [.intermediateZone])
    public static let councilArea = GeographyLevel(name: "council area", key: "council_area", kinds: [.councilArea])
    public static let healthAndSocialCarePartnership = GeographyLevel(
        name: "health and social care partnership", key: "hscp", kinds: [.healthAndSocialCarePartnership])
    public static let healthBoard = GeographyLevel(name: "health board", key: "health_board", kinds: [.healthBoard])
    public static let scotland = GeographyLevel(name: "country", key: "country", kinds: [.scotland])

    // England and Wales.
    /// Lower layer super output areas, England (`E01`) and Wales (`W01`).
    public static let lsoa = GeographyLevel(name: "LSOA", key: "lsoa", kinds: [.lsoaEngland, .lsoaWales])
    /// Lower-tier local authority districts: `E06`, `E07`, `E08`, `E09` and Welsh unitary authorities `W06`.
    public static let localAuthorityDistrict = GeographyLevel(
        name: "local authority district", key: "local_authority_district",
        kinds: [.unitaryAuthority, .nonMetropolitanDistrict, .metropolitanDistrict, .londonBorough, .welshUnitaryAuthority])
}
