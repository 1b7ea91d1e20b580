// GapsIndicatorSpecTests: the indicator and long-layout specs, every form and every error branch with its whole message.
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("Indicator and long-layout specs")
struct GapsIndicatorSpecTests {
    @Test func countsWithOptions() throws {
        let i = try GapsIndicator.parse("emergency=adm/pop:stat=rate:per=100000:polarity=favourable")
        #expect(i.name == "emergency")
        #expect(i.source == .counts(numerator: "adm", denominator: "pop"))
        #expect(i.statistic == .rate)
        #expect(i.multiplier == 100000)
        #expect(i.polarity == .favourable)
    }

    @Test func valueWithStandardErrorTakesItsColumnName() throws {
        let i = try GapsIndicator.parse("SMR:se=SMR_se")
        #expect(i.name == "SMR")
        #expect(i.source == .values(value: "SMR", standardError: "SMR_se"))
        #expect(i.polarity == .adverse)
    }

    @Test func ageBandsAreADirectlyStandardisedRate() throws {
        let i = try GapsIndicator.parse("d0+d1/p0+p1")
        #expect(i.name == "d0")
        guard case let .ageBands(n, d, _) = i.source else { Issue.record("expected age bands"); return }
        #expect(n == ["d0", "d1"])
        #expect(d == ["p0", "p1"])
    }

    @Test(arguments: [
        ("a/b:colour=red", "indicator a/b:colour=red: \"colour=red\" is not one of stat=, per=, polarity=, se=."),
        ("a/b/c", "indicator a/b/c: write NUMERATOR/DENOMINATOR or VALUE."),
        ("x=", "indicator x=: write NUMERATOR/DENOMINATOR or VALUE."),
        ("a/b:stat=median", "indicator a/b:stat=median: stat=median is not proportion, rate, dsr, mean or life_expectancy."),
        ("a/b:per=-5", "indicator a/b:per=-5: per=-5 is not a positive number."),
        ("a/b:polarity=up", "indicator a/b:polarity=up: polarity=up is not adverse or favourable."),
        ("EMERG:se=", "indicator EMERG:se=: se= needs a value after the equals sign."),
    ])
    func indicatorErrors(spec: String, message: String) {
        do { _ = try GapsIndicator.parse(spec); Issue.record("\(spec) must be refused") } catch {
            #expect(error.description == message)
            #expect(error.rendered { $0 == .indicatorSpec ? "--indicator" : "?" } == "--" + message)
        }
    }

    @Test func selectAppliesOptionsAndNamesTheMissingIndicator() throws {
        let found = [GapsIndicator(name: "a", source: .values(value: "v", standardError: nil)),
                     GapsIndicator(name: "b", source: .values(value: "v", standardError: nil))]
        let picked = try GapsIndicator.select(found, ["b:polarity=favourable"])
        #expect(picked.map(\.name) == ["b"])
        #expect(picked[0].polarity == .favourable)
        #expect(try GapsIndicator.select(found, []).map(\.name) == ["a", "b"])
        do { _ = try GapsIndicator.select(found, ["c"]); Issue.record("c is not in the file") } catch {
            #expect(error.description == "indicator c: the long file has no indicator \"c\" (it has a, b).")
        }
    }

    @Test func longLayout() throws {
        let l = try TidyLongLayout.parse("area=dz, indicator=ind,period=yr,value=v,se=s")
        #expect(l == TidyLongLayout(area: "dz", indicator: "ind", period: "yr", value: "v", numerator: nil, denominator: nil, standardError: "s"))
        do { _ = try TidyLongLayout.parse("area=dz,indicator=i"); Issue.record("period is required") } catch {
            #expect(error.description == "long area=dz,indicator=i: give area=COL, indicator=COL and period=COL.")
        }
        do { _ = try TidyLongLayout.parse("area=dz,colour=i"); Issue.record("colour is not a key") } catch {
            #expect(error.description == "long area=dz,colour=i: \"colour=i\" is not one of area=, indicator=, period=, numerator=, denominator=, value=, se=.")
        }
    }
}
