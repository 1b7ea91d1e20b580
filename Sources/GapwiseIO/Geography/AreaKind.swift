// AreaKind: the GSS entity types Gapwise knows (S01 data zone, S02 intermediate zone, S12 council area, E01 LSOA, ...).

/// The type of a UK statistical area, as given by the first three characters of its GSS code
/// (the "entity code": a country letter and two digits).
///
/// GSS codes are issued by the ONS Code History Database (England and Wales), National Records of
/// Scotland and NISRA: an entity code followed by a 6-digit instance number, e.g. `S01006506` is
/// data zone 006506. The same entity code is reused across editions of a geography (2001 and 2011
/// data zones are both `S01`), so the kind says what an area is, not which edition it belongs to.
///
/// Reference: ONS, "Code History Database (CHD)" entity list; Scottish Government, "Data Zone
/// Lookup" and "Small Area Statistics reference materials".
package enum AreaKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    // Scotland
    case dataZone = "S01"
    case intermediateZone = "S02"
    case healthBoard = "S08"
    case councilArea = "S12"
    case healthAndSocialCarePartnership = "S37"
    case scotland = "S92"
    // England
    case lsoaEngland = "E01"
    case msoaEngland = "E02"
    case unitaryAuthority = "E06"
    case nonMetropolitanDistrict = "E07"
    case metropolitanDistrict = "E08"
    case londonBorough = "E09"
    case england = "E92"
    // Wales
    case lsoaWales = "W01"
    case msoaWales = "W02"
    case welshUnitaryAuthority = "W06"
    case wales = "W92"

    /// The entity code, e.g. `S01`.
    public var entityCode: String { rawValue }

    /// A plain-English name, e.g. "data zone" (used inside sentences, hence lower case where usual).
    public var description: String {
        switch self {
        case .dataZone: return "data zone"
        case .intermediateZone: return "intermediate zone"
        case .healthBoard: return "health board"
        case .councilArea: return "council area"
        case .healthAndSocialCarePartnership: return "health and social care partnership"
        case .scotland: return "Scotland"
        case .lsoaEngland: return "lower layer super output area (England)"
        case .msoaEngland: return "middle layer super output area (England)"
        case .unitaryAuthority: return "unitary authority (England)"
        case .nonMetropolitanDistrict: return "non-metropolitan district (England)"
        case .metropolitanDistrict: return "metropolitan district (England)"
        case .londonBorough: return "London borough"
        case .england: return "England"
        case .lsoaWales: return "lower layer super output area (Wales)"
        case .msoaWales: return "middle layer super output area (Wales)"
        case .welshUnitaryAuthority: return "unitary authority (Wales)"
        case .wales: return "Wales"
        }
    }
}
