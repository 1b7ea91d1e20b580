// MeasureSpecConstructorTests: every typed MeasureSpec constructor equals the parse of its code, and every code has one.
import GapwiseAnalysis
import GapwiseMeasures
import Testing

@Suite struct MeasureSpecConstructorTests {
    /// Each constructor beside the code a user would write for it (and parse's extra arguments, if any).
    static let pairs: [(MeasureSpec, String)] = [
        (.gini, "gini"), (.giniCorrected, "gini_corrected"), (.theilT, "theil_t"), (.theilL, "theil_l"),
        (.generalisedEntropy(alpha: 2), "ge:2"), (.generalisedEntropy(alpha: 0.5), "ge:0.5"),
        (.generalisedEntropy(alpha: -1), "ge:-1"),
        (.atkinson(epsilon: 0.5), "atkinson:0.5"), (.atkinson(epsilon: 1), "atkinson:1"), (.atkinson(epsilon: 2), "atkinson:2"),
        (.atkinson(epsilon: 0.25), "atkinson:0.25"),
        (.coefficientOfVariation, "cv"), (.squaredCoefficientOfVariation, "cv2"), (.palma, "palma"), (.s80s20, "s80s20"),
        (.wolfson, "wolfson"), (.ricciSchutz, "ricci_schutz"), (.kolm(parameter: 1), "kolm:1"), (.kolm(parameter: 2.5), "kolm:2.5"),
        (.herfindahl(parameter: 1), "herfindahl:1"), (.herfindahl(parameter: 3), "herfindahl:3"), (.rosenbluth, "rosenbluth"),
        (.concentration, "conc"), (.concentrationGeneralised, "conc_generalised"),
        (.concentrationWagstaff(), "conc_wagstaff"), (.concentrationErreygers(), "conc_erreygers"),
        (.dissimilarity, "dissimilarity"), (.duncan, "duncan"), (.lorenzAsymmetry, "lasym"),
        (.atkinsonEDE(epsilon: 0.5), "atkinson_ede:0.5"), (.atkinsonEDE(epsilon: 1), "atkinson_ede:1"),
        (.schutzPoint, "schutz_point"), (.schutzCoefficient, "schutz_coefficient"),
        (.theilBetween, "theil_between"), (.theilWithin, "theil_within"),
        (.generalisedEntropyBetween(alpha: 2), "ge_between:2"), (.generalisedEntropyWithin(alpha: 0.5), "ge_within:0.5"),
        (.pheSII, "phe_sii"), (.pheRII, "phe_rii"),
        (.standardised(.dsr(multiplier: nil)), "dsr"), (.standardised(.dsr(multiplier: 1000)), "dsr:1000"),
        (.standardised(.isRatio(referenceValue: 1)), "isratio"), (.standardised(.isRatio(referenceValue: 100)), "isratio:100"),
        (.standardised(.isRate(multiplier: nil)), "israte"), (.standardised(.isRate(multiplier: 1000)), "israte:1000"),
        (.lifeTable(.lifeExpectancy(age: 0)), "life_expectancy"), (.lifeTable(.lifeExpectancy(age: 65)), "life_expectancy:65"),
        (.lifeTable(.healthy(age: 0)), "healthy_life_expectancy"), (.lifeTable(.healthy(age: 50)), "healthy_life_expectancy:50"),
    ] + GroupedMeasure.allCases.map { (MeasureSpec.grouped($0), $0.code) }
      + IndicatorStatisticKind.allCases.map { (MeasureSpec.statistic($0), $0.rawValue) }

    @Test func eachConstructorEqualsItsParsedCode() throws {
        for (typed, code) in Self.pairs {
            let parsed = try MeasureSpec.parse(code)
            #expect(typed == parsed, "\(code)")
            #expect(typed.code == code)
        }
    }

    @Test func boundedConcentrationConstructorsEqualParseWithBounds() throws {
        #expect(MeasureSpec.concentrationWagstaff(lower: 0, upper: 100) == (try MeasureSpec.parse("conc_wagstaff", bounds: (0, 100))))
        #expect(MeasureSpec.concentrationErreygers(lower: 1, upper: 5) == (try MeasureSpec.parse("conc_erreygers", bounds: (1, 5))))
        #expect(MeasureSpec.concentrationWagstaff(lower: 0, upper: 100) != MeasureSpec.concentrationWagstaff())
    }

    @Test func everyKnownCodeHasAConstructor() {
        let covered = Set(Self.pairs.map { $0.1.split(separator: ":").first.map(String.init) ?? $0.1 })
        let missing = MeasureSpec.knownCodes.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "codes without a typed constructor: \(missing)")
        #expect(covered.isSubset(of: Set(MeasureSpec.knownCodes)))
    }

    @Test func parameterTextRoundTripsThroughParse() throws {
        for value in [0.5, 1, 2, 0.1, 1e-5, 123_456.75, -0.5] {
            let spec = MeasureSpec.atkinson(epsilon: value)
            #expect(try MeasureSpec.parse(spec.code) == spec, "\(spec.code)")
        }
    }
}
