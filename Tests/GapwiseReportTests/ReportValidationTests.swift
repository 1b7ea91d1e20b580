// ReportValidationTests: one test per rule of ReportModel.validate(), checking the exact message.
import Testing
@testable import GapwiseReport

@Suite("Report: model validation")
struct ReportValidationTests {
    func message(_ edit: (inout ReportModel) -> Void) -> String? {
        var m = ReportFixtures.model()
        edit(&m)
        do { try m.validate(); return nil } catch { return error.description }
    }

    @Test func theFixtureIsValid() throws {
        try ReportFixtures.model().validate()
    }

    @Test func eachRuleNamesPlaceFieldAndRule() {
        #expect(message { $0.localities = [] } == "report model, model, field localities: there must be at least one area (Scotland first).")
        #expect(message { $0.run.confidenceLevel = 95 } == "report model, run, field confidenceLevel: must lie strictly between 0 and 1, got 95.0.")
        #expect(message { $0.localities[1].code = "S12/31" } == "report model, locality 2 (S12/31), field code: must be letters, digits, '-' or '_' (it names files).")
        #expect(message { $0.localities[1].code = "S92000003" } == "report model, locality 2 (S92000003), field code: appears twice.")
        #expect(message { $0.localities[0].indicators[1].id = "admissions" } == "report model, locality S92000003, indicator admissions, field id: appears twice in this locality.")
        #expect(message { $0.localities[0].indicators[0].quantiles = [] } == "report model, locality S92000003, indicator admissions, field quantiles: at least one quantile is needed.")
        #expect(message { $0.localities[0].indicators[0].quantiles[1].lower = 90 }
                == "report model, locality S92000003, indicator admissions, quantile 2 (2), field value: must satisfy lower <= value <= upper, got 90.0 <= 80.0 <= 86.0.")
        #expect(message { $0.localities[0].indicators[0].quantiles[1].value = .nan }
                == "report model, locality S92000003, indicator admissions, quantile 2 (2), field value: value and limits must be finite numbers.")
        #expect(message { $0.localities[0].indicators[0].quantiles[0].populationShare = 0.3 }
                == "report model, locality S92000003, indicator admissions, field populationShare: shares must sum to 1, got 1.0999999999999999.")
        #expect(message { $0.localities[0].indicators[0].quantiles[0].populationShare = 0 }
                == "report model, locality S92000003, indicator admissions, quantile 1 (1 (most deprived)), field populationShare: must lie in (0, 1], got 0.0.")
        #expect(message { $0.localities[0].indicators[0].sii = ReportSIILine(intercept: .infinity, slope: 0) }
                == "report model, locality S92000003, indicator admissions, field sii: intercept and slope must be finite.")
        #expect(message { $0.localities[0].indicators[0].curve!.points.swapAt(0, 1) }
                == "report model, locality S92000003, indicator admissions, curve point 2, field population: must not decrease along the curve.")
        #expect(message { $0.localities[0].indicators[0].gaps[0].lower = 2 }
                == "report model, locality S92000003, indicator admissions, gap RII, field estimate: must be finite with lower <= estimate <= upper.")
        #expect(message { $0.localities[0].indicators[0].trend!.points[0].upper = 0 }
                == "report model, locality S92000003, indicator admissions, trend 2016, field estimate: must be finite with lower <= estimate <= upper.")
        #expect(message { $0.localities[0].communities!.worstK = 0 } == "report model, locality 1 (S92000003), field worstK: must be at least 1, got 0.")
        #expect(message { $0.localities[0].communities!.communities[0].rankUpper = 1 }
                == "report model, locality S92000003, community S01006530, field rank: must satisfy 1 <= rankLower <= rank <= rankUpper, got 28 <= 30 <= 1.")
        #expect(message { $0.localities[0].communities!.communities[0].probabilityWorstK = 1.5 }
                == "report model, locality S92000003, community S01006530, field probabilityWorstK: must lie in [0, 1], got 1.5.")
        #expect(message { $0.localities[0].communities!.communities[1].code = "S01006530" }
                == "report model, locality S92000003, community S01006530, field code: appears twice.")
    }

    @Test func writingAnInvalidModelWritesNothing() {
        var m = ReportFixtures.model()
        m.localities[0].indicators[0].quantiles[0].populationShare = 0.3
        let dir = FileManagerTemp.path("invalid")
        #expect(throws: ReportError.self) { try ReportWriter.write(m, to: dir) }
        #expect(!FileManagerTemp.exists(dir))
    }
}
