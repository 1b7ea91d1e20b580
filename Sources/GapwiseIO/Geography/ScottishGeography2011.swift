// ScottishGeography2011: the published sizes of Scotland's 2011 small-area geography and its parents.

/// The published sizes of the 2011 data zone geography and the areas it nests in, for checking that
/// a lookup or a data file covers Scotland whole.
///
/// - 6,976 data zones (`S01006506`…`S01013481`) in 1,279 intermediate zones (`S02001236`…`S02002514`):
///   Scottish Government, "Data Zones 2011" (Small Area Statistics reference materials, 2014).
/// - 32 council areas, 31 health and social care partnerships (Clackmannanshire and Stirling share
///   one), 14 territorial health boards: the 2019 codes used by Public Health Scotland's
///   "Geography Codes and Labels" (opendata.nhs.scot).
///
/// Data zones of 2001 also use `S01` (`S01000001`…`S01006505`, 6,505 zones); they are a different
/// geography and are not in `dataZoneCodes`.
package enum ScottishGeography2011 {
    public static let dataZones = 6_976
    public static let intermediateZones = 1_279
    public static let councilAreas = 32
    public static let healthAndSocialCarePartnerships = 31
    public static let healthBoards = 14

    /// The instance numbers of the 2011 data zones: `S01006506`…`S01013481`, contiguous.
    public static let dataZoneNumbers: ClosedRange<Int> = 6_506...13_481
    /// The instance numbers of the 2011 intermediate zones: `S02001236`…`S02002514`, contiguous.
    public static let intermediateZoneNumbers: ClosedRange<Int> = 1_236...2_514

    /// The published number of areas at `level`, or nil for a level this table does not cover.
    public static func count(at level: GeographyLevel) -> Int? {
        switch level {
        case .dataZone: return dataZones
        case .intermediateZone: return intermediateZones
        case .councilArea: return councilAreas
        case .healthAndSocialCarePartnership: return healthAndSocialCarePartnerships
        case .healthBoard: return healthBoards
        case .scotland: return 1
        default: return nil
        }
    }
}
