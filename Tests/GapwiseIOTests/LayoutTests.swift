// LayoutTests: statistics.gov.scot long format and tidy long layouts, each rule and each LayoutError branch.
import Testing
import GapwiseTestSupport
@testable import GapwiseIO

@Suite("Long layouts")
struct LayoutTests {
    func table(_ text: String, types: [String: CSVColumnType] = [:]) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), name: "long.csv", options: CSVReadOptions(columnTypes: types))
    }

    static let sgsTypes: [String: CSVColumnType] = [
        "FeatureCode": .text, "DateCode": .text, "Measurement": .text, "Units": .text, "Value": .number,
    ]

    @Test("statistics.gov.scot rows become observations; missing values stay nil")
    func statisticsGovScot() throws {
        let t = try table("""
            FeatureCode,DateCode,Measurement,Units,Value,Age
            S12000033,2019,Count,People,"1,234",All
            S12000033,2019,Ratio,Percent,8.5%,All
            S01006506,2017-2019,Count,People,*,All

            """, types: Self.sgsTypes)
        let obs = try StatisticsGovScot.observations(t)
        #expect(obs == [
            .init(featureCode: "S12000033", dateCode: "2019", measurement: "Count", units: "People", value: 1234),
            .init(featureCode: "S12000033", dateCode: "2019", measurement: "Ratio", units: "Percent", value: 8.5),
            .init(featureCode: "S01006506", dateCode: "2017-2019", measurement: "Count", units: "People", value: nil),
        ])
    }

    @Test("statistics.gov.scot errors: missing column, text values, blank key, duplicate key")
    func statisticsGovScotErrors() throws {
        let noUnits = try table("FeatureCode,DateCode,Measurement,Value\nS1,2019,Count,1\n", types: ["DateCode": .text])
        #expect(throws: LayoutError.missingColumn(file: "long.csv", column: "Units")) { try StatisticsGovScot.observations(noUnits) }
        #expect(LayoutError.missingColumn(file: "long.csv", column: "Units").description
                == "long.csv: the column \"Units\" is required but the file has none of that name")
        let textValue = try table("FeatureCode,DateCode,Measurement,Units,Value\nS1,2019,Count,People,high\n", types: ["DateCode": .text])
        #expect(throws: LayoutError.wrongColumnType(file: "long.csv", column: "Value", expected: .number)) {
            try StatisticsGovScot.observations(textValue)
        }
        #expect(LayoutError.wrongColumnType(file: "long.csv", column: "Value", expected: .number).description
                == "long.csv: the column \"Value\" must hold numbers")
        let blank = try table("FeatureCode,DateCode,Measurement,Units,Value\nS1,2019,Count,People,1\n,2019,Count,People,2\n", types: Self.sgsTypes)
        #expect(throws: LayoutError.missingKey(file: "long.csv", row: 3, column: "FeatureCode")) { try StatisticsGovScot.observations(blank) }
        #expect(LayoutError.missingKey(file: "long.csv", row: 3, column: "FeatureCode").description
                == "long.csv:3:FeatureCode: the value is missing but every row needs one")
        let dup = try table("FeatureCode,DateCode,Measurement,Units,Value\nS1,2019,Count,People,1\nS2,2019,Count,People,1\nS1,2019,Count,People,2\n", types: Self.sgsTypes)
        let e = LayoutError.duplicateKey(file: "long.csv", row: 4, firstRow: 2, key: "(S1, 2019, Count, People)")
        #expect(throws: e) { try StatisticsGovScot.observations(dup) }
        #expect(e.description == "long.csv:4: the key (S1, 2019, Count, People) already appears on row 2")
    }

    @Test("tidy layout with numerator, denominator, population, se and limits")
    func tidy() throws {
        let t = try table("""
            area,ind,year,num,den,pop,se,lo,hi
            S12000005,smoking,2019,12,100,51000,0.5,11.1,12.9
            S12000006,smoking,2019,NA,80,,0.7,,

            """)
        let layout = TidyLongLayout(area: "area", indicator: "ind", period: "year", numerator: "num", denominator: "den",
                                    population: "pop", standardError: "se", lowerLimit: "lo", upperLimit: "hi")
        let t2 = try CSVReader.read(bytes: Array("area,ind,year,num,den,pop,se,lo,hi\nS12000005,smoking,2019,12,100,51000,0.5,11.1,12.9\nS12000006,smoking,2019,NA,80,,0.7,,\n".utf8),
                                    name: "long.csv", options: CSVReadOptions(columnTypes: ["year": .text, "lo": .number, "hi": .number, "pop": .number]))
        #expect(throws: LayoutError.wrongColumnType(file: "long.csv", column: "year", expected: .text)) { try layout.observations(t) }
        let obs = try layout.observations(t2)
        #expect(obs[0] == TidyObservation(area: "S12000005", indicator: "smoking", period: "2019", value: nil, numerator: 12,
                                          denominator: 100, population: 51000, standardError: 0.5, lowerLimit: 11.1, upperLimit: 12.9))
        #expect(obs[1] == TidyObservation(area: "S12000006", indicator: "smoking", period: "2019", value: nil, numerator: nil,
                                          denominator: 80, population: nil, standardError: 0.7, lowerLimit: nil, upperLimit: nil))
    }

    @Test("tidy layout needs a value or a numerator and denominator")
    func tidyNeedsValues() throws {
        let t = try table("a,i,p,num\nS1,x,2019,3\n")
        let layout = TidyLongLayout(area: "a", indicator: "i", period: "p", numerator: "num")
        #expect(throws: LayoutError.noValueColumns) { try layout.observations(t) }
        #expect(LayoutError.noValueColumns.description
                == "the layout must name a value column, or both a numerator and a denominator column")
    }

    @Test("ScotPHO profiles file read as a tidy layout (PROVENANCE.md: 7,258 rows, no duplicate keys)", .needsShared("data/scotpho_profiles_ca/scotpho_data.csv"))
    func scotpho() throws {
        let relative = "data/scotpho_profiles_ca/scotpho_data.csv"
        let url = try SharedData.require(relative)
        let layout = TidyLongLayout(area: "area_code", indicator: "indicator", period: "period", value: "measure",
                                    numerator: "numerator", lowerLimit: "lower_confidence_interval",
                                    upperLimit: "upper_confidence_interval")
        let obs = try layout.read(file: url.path)
        #expect(obs.count == 7258)
        #expect(obs.filter { $0.numerator == nil }.count == 1654)
        #expect(obs.filter { $0.value == nil }.count == 52)
        #expect(obs[0].area == "S12000008" && obs[0].indicator == "Alcohol problem drinking, males")
        #expect(obs[0].value == 25.3 && obs[0].upperLimit == 31.6 && obs[0].lowerLimit == 19.8)
    }
}
