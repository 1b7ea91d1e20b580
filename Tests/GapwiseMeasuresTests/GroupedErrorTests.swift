// GroupedErrorTests: one test per GroupedMeasureError branch, checking the case and the exact message.
import Testing
import GapwiseMeasures

/// Runs `body` and expects it to throw exactly `expected` with the description `message`.
func expectGroupedError(_ expected: GroupedMeasureError, _ message: String,
                        sourceLocation: SourceLocation = #_sourceLocation,
                        _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected) but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as GroupedMeasureError {
        #expect(error == expected, sourceLocation: sourceLocation)
        #expect(error.description == message, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

@Suite("Grouped: errors")
struct GroupedErrorTests {
    typealias G = GroupedInequality
    static let three = [Subgroup("a", estimate: 10, population: 5), Subgroup("b", estimate: 20, population: 5),
                        Subgroup("c", estimate: 30, population: 5)]
    var nonOrdered: SubgroupData { get throws(GroupedMeasureError) { try SubgroupData(subgroups: Self.three, polarity: .favourable) } }

    @Test func inputValidation() {
        expectGroupedError(.noSubgroups, "No subgroups were given; at least one is needed.") {
            _ = try SubgroupData(subgroups: [], polarity: .favourable)
        }
        expectGroupedError(.duplicateName(name: "a"), "Two subgroups are both called 'a'; every subgroup needs its own name.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: 1), Subgroup("a", estimate: 2)], polarity: .favourable)
        }
        expectGroupedError(.nonFiniteEstimate(subgroup: "a", value: .infinity),
                           "Subgroup 'a' has estimate inf; every estimate must be a finite number.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: .infinity)], polarity: .favourable)
        }
        expectGroupedError(.invalidStandardError(subgroup: "a", value: -1),
                           "Subgroup 'a' has standard error -1.0; a standard error must be a finite number that is zero or more.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, standardError: -1)], polarity: .favourable)
        }
        expectGroupedError(.invalidPopulation(subgroup: "a", value: -3),
                           "Subgroup 'a' has population -3.0; a population must be a finite number that is zero or more.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, population: -3)], polarity: .favourable)
        }
        expectGroupedError(.invalidOrder(detail: "1 of the 2 subgroups have an order"),
                           "The subgroup order is not usable: 1 of the 2 subgroups have an order. Give every subgroup an order 1, 2, …, k (1 = most disadvantaged), or none.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, order: 1), Subgroup("b", estimate: 2)], polarity: .favourable)
        }
        expectGroupedError(.invalidOrder(detail: "the orders are 1, 3"),
                           "The subgroup order is not usable: the orders are 1, 3. Give every subgroup an order 1, 2, …, k (1 = most disadvantaged), or none.") {
            _ = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, order: 1), Subgroup("b", estimate: 2, order: 3)],
                                 polarity: .favourable)
        }
        expectGroupedError(.invalidScale(value: 0),
                           "The indicator scale is 0.0; it must be a positive number (100 for a percentage, 1000 for a rate per 1000, …).") {
            _ = try SubgroupData(subgroups: Self.three, polarity: .favourable, scale: 0)
        }
        expectGroupedError(.invalidSettingAverage(value: -.infinity), "The setting average is -inf; it must be a finite number.") {
            _ = try SubgroupData(subgroups: Self.three, polarity: .favourable, settingAverage: -.infinity)
        }
        expectGroupedError(.unknownReference(name: "z"), "The reference subgroup 'z' is not among the subgroups.") {
            _ = try SubgroupData(subgroups: Self.three, polarity: .favourable, reference: "z")
        }
    }

    @Test func optionValidation() throws {
        let d = try nonOrdered
        expectGroupedError(.invalidConfidenceLevel(value: 1.5),
                           "Confidence level 1.5 is not allowed; every level must lie strictly between 0 and 1 (e.g. 0.95).") {
            _ = try G.difference(d, options: .init(confidenceLevels: [0.95, 1.5]))
        }
        expectGroupedError(.noConfidenceLevels, "No confidence level was given; ask for at least one (e.g. 0.95).") {
            _ = try G.ratio(d, options: .init(confidenceLevels: []))
        }
        expectGroupedError(.invalidReplicates(value: 5, minimum: 10), "5 simulation replicates were asked for; at least 10 are needed.") {
            _ = try G.betweenGroupStandardDeviation(d, options: .init(replicates: 5))
        }
    }

    @Test func measureRequirements() throws {
        let d = try nonOrdered
        expectGroupedError(.needsOrderedDimension(measure: "sii", subgroups: 3),
                           "sii needs an ordered dimension with more than 2 groups; there are 3 subgroups but they have no order.") {
            _ = try G.slopeIndex(d)
        }
        let two = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, population: 1, order: 1),
                                               Subgroup("b", estimate: 2, population: 1, order: 2)], polarity: .favourable)
        expectGroupedError(.needsOrderedDimension(measure: "rii", subgroups: 2),
                           "rii needs an ordered dimension with more than 2 groups; there are 2 subgroups.") {
            _ = try G.relativeIndex(two)
        }
        expectGroupedError(.tooFewSubgroups(measure: "bgv", count: 2, required: 3),
                           "bgv: there are 2 subgroups; this measure needs at least 3.") {
            _ = try G.betweenGroupVariance(two)
        }
        let noPop = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, population: 2), Subgroup("b", estimate: 2),
                                                 Subgroup("c", estimate: 3, population: 1)], polarity: .favourable)
        expectGroupedError(.missingPopulation(measure: "idisw", subgroup: "b"),
                           "idisw: subgroup 'b' has no population, and this measure needs the population of every subgroup.") {
            _ = try G.indexOfDisparityWeighted(noPop)
        }
        expectGroupedError(.missingAverage(measure: "mdmu"),
                           "mdmu: the setting average is unknown; give the population of every subgroup or the setting average.") {
            _ = try G.meanDifferenceFromMeanUnweighted(noPop)
        }
        let zeroPop = try SubgroupData(subgroups: Self.three.map { var g = $0; g.population = 0; return g }, polarity: .favourable)
        expectGroupedError(.zeroTotalPopulation(measure: "bgv"),
                           "bgv: the populations add up to zero, so there is no population to measure.") {
            _ = try G.betweenGroupVariance(zeroPop)
        }
        expectGroupedError(.missingReference(measure: "mdrw"),
                           "mdrw compares every subgroup with a reference subgroup, and none was named.") {
            _ = try G.meanDifferenceFromReferenceWeighted(d)
        }
    }

    @Test func valueDomains() throws {
        let withZero = try SubgroupData(subgroups: [Subgroup("a", estimate: 0, population: 1), Subgroup("b", estimate: 2, population: 1),
                                                    Subgroup("c", estimate: 3, population: 1)], polarity: .adverse)
        expectGroupedError(.zeroEstimate(measure: "mld", subgroup: "a", reason: "the mean log deviation takes its logarithm"),
                           "mld: subgroup 'a' has estimate 0, but the mean log deviation takes its logarithm, so every estimate must be greater than zero.") {
            _ = try G.meanLogDeviation(withZero)
        }
        // Under `.heat` the zero becomes 1e-6, as healthequal does; the Theil index uses 0·ln 0 = 0 by default.
        #expect(try G.meanLogDeviation(withZero, options: .init(compatibility: .heat)).estimate > 0)
        #expect(try G.theilIndex(withZero).intervalMethod
                == .unavailable(reason: "a subgroup has no standard error"))
        let negative = try SubgroupData(subgroups: [Subgroup("a", estimate: -1, population: 1), Subgroup("b", estimate: 2, population: 1),
                                                    Subgroup("c", estimate: 3, population: 1)], polarity: .adverse)
        expectGroupedError(.negativeEstimate(measure: "ti", subgroup: "a", value: -1),
                           "ti: subgroup 'a' has estimate -1.0; this measure is defined only for estimates that are zero or more.") {
            _ = try G.theilIndex(negative)
        }
        let zeroMean = try SubgroupData(subgroups: Self.three.map { var g = $0; g.estimate = 0; return g }, polarity: .adverse)
        expectGroupedError(.nonPositiveAverage(measure: "cov", average: 0),
                           "cov: the setting average is 0.0; it must be greater than zero for a relative measure.") {
            _ = try G.coefficientOfVariation(zeroMean)
        }
        let zeroLow = try SubgroupData(subgroups: [Subgroup("a", estimate: 5), Subgroup("b", estimate: 0)], polarity: .favourable)
        expectGroupedError(.zeroDenominator(measure: "r", what: "the estimate of 'b'"),
                           "r: the estimate of 'b' is zero, so the ratio is undefined.") {
            _ = try G.ratio(zeroLow)
        }
        let over = try GroupedRef.ordered([20, 130, 40], nil, [10, 10, 10], polarity: .favourable, scale: 100)
        expectGroupedError(.estimateOutsideScale(measure: "sii", subgroup: "q2", value: 130, scale: 100),
                           "sii: subgroup 'q2' has estimate 130.0, outside 0 to 100.0 (the indicator scale), so it cannot be read as a proportion of events.") {
            _ = try G.slopeIndex(over)
        }
        let none = try GroupedRef.ordered([0, 0, 0], nil, [10, 10, 10], polarity: .favourable, scale: 100)
        expectGroupedError(.logisticFitFailed(measure: "rii", reason: "no subgroup has any events"),
                           "rii: the logistic regression has no finite solution (no subgroup has any events).") {
            _ = try G.relativeIndex(none)
        }
        let full = try GroupedRef.ordered([100, 100, 100], nil, [10, 10, 10], polarity: .favourable, scale: 100)
        expectGroupedError(.logisticFitFailed(measure: "sii", reason: "every subgroup is at the top of the scale"),
                           "sii: the logistic regression has no finite solution (every subgroup is at the top of the scale).") {
            _ = try G.slopeIndex(full)
        }
        let separated = try GroupedRef.ordered([0, 0, 100, 100], nil, [10, 10, 10, 10], polarity: .favourable, scale: 100)
        expectGroupedError(.logisticFitFailed(measure: "sii", reason: "the ranks separate subgroups with and without events, so the fitted proportions run off to 0 or 1"),
                           "sii: the logistic regression has no finite solution (the ranks separate subgroups with and without events, so the fitted proportions run off to 0 or 1).") {
            _ = try G.slopeIndex(separated)
        }
    }

    @Test func boundsAndScotPHO() throws {
        let c = try GroupedRef.dataC
        expectGroupedError(.invalidBounds(measure: "rci", detail: "the wagstaff normalisation needs the bounds lmin and lmax of the indicator"),
                           "rci: the wagstaff normalisation needs the bounds lmin and lmax of the indicator.") {
            _ = try G.relativeConcentrationIndex(c, normalisation: .wagstaff)
        }
        expectGroupedError(.invalidBounds(measure: "aci", detail: "subgroup 'q1' has estimate 1210.4, outside the bounds 0.0…1000.0"),
                           "aci: subgroup 'q1' has estimate 1210.4, outside the bounds 0.0…1000.0.") {
            _ = try G.absoluteConcentrationIndex(c, bounds: 0...1000)
        }
        let four = try GroupedRef.ordered([4, 3, 2, 1], nil, [1, 1, 1, 1], polarity: .adverse, scale: 100)
        expectGroupedError(.incompleteScotPHOSet(measure: "sii_linear", subgroups: 4),
                           "sii_linear: ScotPHO computes this measure only for a complete set of 5 quintiles or 10 deciles; there are 4 subgroups.") {
            _ = try G.linearSlopeIndex(four, options: .init(compatibility: .scotpho))
        }
        let zeroLeast = try GroupedRef.ordered([4, 3, 0], nil, [1, 1, 1], polarity: .adverse, scale: 100)
        expectGroupedError(.zeroDenominator(measure: "rel_range", what: "the estimate of the least deprived subgroup 'q3'"),
                           "rel_range: the estimate of the least deprived subgroup 'q3' is zero, so the ratio is undefined.") {
            _ = try G.relativeRange(zeroLeast)
        }
    }

    @Test func simulationRejection() throws {
        let far = try SubgroupData(subgroups: [Subgroup("a", estimate: -50, standardError: 1, population: 1),
                                               Subgroup("b", estimate: 20, standardError: 1, population: 1),
                                               Subgroup("c", estimate: 30, standardError: 1, population: 1)], polarity: .adverse)
        expectGroupedError(.simulationRejected(measure: "mdbu", subgroup: "a", estimate: -50, standardError: 1, attempts: 10_000),
                           "mdbu: no simulated value for subgroup 'a' (estimate -50.0, standard error 1.0) fell in the allowed range in 10000 attempts; check the estimate against the indicator scale.") {
            _ = try G.meanDifferenceFromBestUnweighted(far)
        }
    }
}
