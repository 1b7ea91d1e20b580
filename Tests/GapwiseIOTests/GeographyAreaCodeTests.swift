// GeographyAreaCodeTests: GSS code validation (shape, entity type, level rules) and every AreaCodeError message.
import Testing
@testable import GapwiseIO

@Suite("Geography: area codes")
struct GeographyAreaCodeTests {
    @Test("well-formed codes of every known entity type; kind, entity code and number")
    func valid() throws {
        // Codes from the files in ../shared/data (PHS datazone2011.csv row 2, IoD 2019 File 2 row 2).
        let examples: [(String, AreaKind)] = [
            ("S01006506", .dataZone), ("S02001236", .intermediateZone), ("S12000033", .councilArea),
            ("S08000020", .healthBoard), ("S37000001", .healthAndSocialCarePartnership), ("S92000003", .scotland),
            ("E01000001", .lsoaEngland), ("E09000001", .londonBorough), ("E06000001", .unitaryAuthority),
            ("E07000026", .nonMetropolitanDistrict), ("E08000001", .metropolitanDistrict), ("W01000001", .lsoaWales),
        ]
        for (text, kind) in examples {
            let c = try AreaCode(text)
            #expect(c.rawValue == text)
            #expect(c.kind == kind)
            #expect(c.entityCode == kind.entityCode)
        }
        #expect(try AreaCode("S01006506").number == 6506)
        #expect(try AreaCode("S13002516").kind == nil)  // a ward: well formed, entity type not modelled
        #expect(try AreaCode("S13002516").entityCode == "S13")
        #expect(try AreaCode("S01006506") < AreaCode("S01006507"))
    }

    @Test("malformed codes are refused, never repaired, with the rule in the message")
    func malformed() {
        let cases: [(String, String)] = [
            ("S0100650X", #""S0100650X" is not a valid data zone code (S01 followed by 6 digits)"#),
            ("S0100650", #""S0100650" is not a valid data zone code (S01 followed by 6 digits)"#),
            ("S010065060", #""S010065060" is not a valid data zone code (S01 followed by 6 digits)"#),
            ("X01006506", #""X01006506" is not a valid data zone code (S01 followed by 6 digits)"#),
            ("S01-06506", #""S01-06506" is not a valid data zone code (S01 followed by 6 digits)"#),
            ("S01\u{FF10}06506", "\"S01\u{FF10}06506\" is not a valid data zone code (S01 followed by 6 digits)"),
            (" S01006506", #"" S01006506" is not a valid data zone code (S01 followed by 6 digits); it has spaces around it"#),
            ("S01006506 ", #""S01006506 " is not a valid data zone code (S01 followed by 6 digits); it has spaces around it"#),
            ("s01006506", #""s01006506" is not a valid data zone code (S01 followed by 6 digits); codes are upper case"#),
            ("", #""" is not a valid data zone code (S01 followed by 6 digits); the value is empty"#),
        ]
        for (text, message) in cases {
            #expect(throws: AreaCodeError.malformed(text: text, expected: .dataZone)) { try AreaCode(text, at: .dataZone) }
            #expect(AreaCodeError.malformed(text: text, expected: .dataZone).description == message)
            #expect(throws: AreaCodeError.malformed(text: text, expected: nil)) { try AreaCode(text) }
        }
        #expect(AreaCodeError.malformed(text: "S0100650X", expected: nil).description
                == #""S0100650X" is not a valid GSS area code (a letter E, W, S, N, K, L or M followed by 8 digits)"#)
    }

    @Test("a valid code of another level is refused, naming both levels")
    func wrongLevel() throws {
        let iz = try AreaCode("S02001236")
        #expect(throws: AreaCodeError.wrongLevel(code: iz, expected: .dataZone)) { try AreaCode("S02001236", at: .dataZone) }
        #expect(AreaCodeError.wrongLevel(code: iz, expected: .dataZone).description
                == #""S02001236" is an intermediate zone code, not a data zone code (S01 followed by 6 digits)"#)
        let scotland = try AreaCode("S92000003")
        #expect(AreaCodeError.wrongLevel(code: scotland, expected: .councilArea).description
                == #""S92000003" is a Scotland code, not a council area code (S12 followed by 6 digits)"#)
        let ward = try AreaCode("S13002516")
        #expect(throws: AreaCodeError.wrongLevel(code: ward, expected: .councilArea)) { try AreaCode("S13002516", at: .councilArea) }
        #expect(AreaCodeError.wrongLevel(code: ward, expected: .councilArea).description
                == #""S13002516" has entity type S13, not a council area code (S12 followed by 6 digits)"#)
        let lsoa = try AreaCode("E01000001")
        #expect(AreaCodeError.wrongLevel(code: lsoa, expected: .localAuthorityDistrict).description
                == #""E01000001" is a lower layer super output area (England) code, not a local authority district code (E06, E07, E08, E09 or W06 followed by 6 digits)"#)
    }

    @Test("levels with several entity types accept each of them and nothing else")
    func multiKindLevel() throws {
        for text in ["E06000001", "E07000026", "E08000001", "E09000001", "W06000001"] {
            #expect(try AreaCode(text, at: .localAuthorityDistrict).rawValue == text)
        }
        for text in ["E01000001", "E10000002", "S12000033"] {
            #expect(throws: AreaCodeError.wrongLevel(code: try AreaCode(text), expected: .localAuthorityDistrict)) {
                try AreaCode(text, at: .localAuthorityDistrict)
            }
        }
        #expect(try AreaCode("W01000001", at: .lsoa).kind == .lsoaWales)
        #expect(GeographyLevel.dataZone.rule == "S01 followed by 6 digits")
        #expect(GeographyLevel.lsoa.rule == "E01 or W01 followed by 6 digits")
    }

    @Test("published sizes of the 2011 Scottish geography")
    func publishedCounts() {
        // Scottish Government, "Data Zones 2011": 6,976 data zones, 1,279 intermediate zones; 32 councils,
        // 31 HSCPs, 14 health boards (PHS Geography Codes and Labels, 2019 codes).
        #expect(ScottishGeography2011.count(at: .dataZone) == 6976)
        #expect(ScottishGeography2011.count(at: .intermediateZone) == 1279)
        #expect(ScottishGeography2011.count(at: .councilArea) == 32)
        #expect(ScottishGeography2011.count(at: .healthAndSocialCarePartnership) == 31)
        #expect(ScottishGeography2011.count(at: .healthBoard) == 14)
        #expect(ScottishGeography2011.count(at: .lsoa) == nil)
        #expect(ScottishGeography2011.dataZoneNumbers.count == 6976)
        #expect(ScottishGeography2011.intermediateZoneNumbers.count == 1279)
    }
}
