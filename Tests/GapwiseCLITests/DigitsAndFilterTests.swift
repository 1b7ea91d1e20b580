// DigitsAndFilterTests: --digits and --filter end to end on measure, gaps, rank, funnel and inspect; filter errors whole.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("--digits and --filter")
struct DigitsAndFilterTests {
    func write(_ text: String, _ name: String = "in.csv") throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-digits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent(name).path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    // Gini of 1, 2, 4: Σ|xi − xj| over ordered pairs / (2 n² mean) = 12 / 42 = 2/7 = 0.285714...; of 10, 10, 10: 0.
    static let measureCSV = "area,grp,year,v\na,A,2022,1\nb,A,2022,2\nc,A,2022,4\nd,A,2023,10\ne,A,2023,10\nf,A,2023,10\n"

    @Test func measureFiltersRowsAndRoundsToDigits() throws {
        let (d, f) = try write(Self.measureCSV)
        defer { try? FileManager.default.removeItem(at: d) }
        let base = ["measure", f, "--value", "v", "--by", "grp", "--measure", "gini", "--reps", "0"]
        let all = try CLIRunner.run(base + ["--digits", "3"])
        #expect(all.status == 0, "\(all.stderr)")
        let kept = try CLIRunner.run(base + ["--filter", "year=2022", "--digits", "3"])
        #expect(kept.status == 0, "\(kept.stderr)")
        let lines = kept.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("A,gini,0.286,,"), "\(lines[1])")
        #expect(lines[1].hasSuffix(",3,0,3"), "the counts and the population are not rounded: \(lines[1])")
        let full = try CLIRunner.run(base + ["--filter", "year=2022"])
        let estimate = Double(full.stdout.split(separator: "\n")[1].split(separator: ",")[2])!
        #expect(abs(estimate - 2.0 / 7) < 1e-15)
        // Two values of one column keep both; the other column's filter must hold too.
        let both = try CLIRunner.run(base + ["--filter", "year=2022", "--filter", "year=2023", "--filter", "grp=A", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["groups"] as? Int == 6)
    }

    @Test func filterErrorsAreWholeSentences() throws {
        let (d, f) = try write(Self.measureCSV)
        defer { try? FileManager.default.removeItem(at: d) }
        let base = ["measure", f, "--value", "v", "--measure", "gini", "--reps", "0"]
        let unknown = try CLIRunner.run(base + ["--filter", "region=West"])
        #expect(unknown.status == 1)
        // The reader, asked for the filter's column, names it first.
        #expect(unknown.stderr == "gapwise: \(f): there is no column named \"region\" (the columns are: area, grp, year, v)\n")
        let text = try CLIRunner.run(base + ["--filter", "year=latest"])
        #expect(text.status == 1)
        #expect(text.stderr == "gapwise: \(f): the filter year=latest can never match: column \"year\" holds numbers and \"latest\" is not a number.\n")
        let none = try CLIRunner.run(base + ["--filter", "year=1999"])
        #expect(none.status == 1)
        #expect(none.stderr == "gapwise: \(f): no rows are left after the filter year=1999.\n")
        let malformed = try CLIRunner.run(base + ["--filter", "year"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("--filter: the filter \"year\" is not COLUMN=VALUE (e.g. year=2023)."), "\(malformed.stderr)")
        let digits = try CLIRunner.run(base + ["--digits", "0"])
        #expect(digits.status == 64)
        #expect(digits.stderr.contains("--digits 0 is not a number of significant digits from 1 to 17."), "\(digits.stderr)")
    }

    @Test func rowErrorsAfterAFilterNameTheFileLine() throws {
        let (d, f) = try write("area,year,x,n\na,2022,5,10\nb,2023,5,10\nc,2023,12,10\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["funnel", f, "--numerator", "x", "--denominator", "n", "--filter", "year=2023"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):4:x: 12 is above its denominator 10; a proportion's numerator cannot exceed it.\n")
    }

    @Test func rankFiltersAndKeepsRanksExactUnderDigits() throws {
        let (d, f) = try write("dz,year,n,den\na,2023,1,3\nb,2023,2,3\nc,2023,1,7\nd,2022,9,10\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["rank", f, "--area", "dz", "--numerator", "n", "--denominator", "den", "--worse", "higher",
                                   "--filter", "year=2023", "--bands", "", "--digits", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            area,name,rate,rank
            a,,0.33,2
            b,,0.67,1
            c,,0.14,3

            """)
    }

    @Test func gapsFiltersAndRoundsEveryTable() throws {
        let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path
        let args = ["gaps", sample, "--rank", "simd_rank", "--locality", "council", "--year", "year", "--no-national",
                    "--indicator", "emergency=emergency_admissions_count/emergency_admissions_denominator:stat=rate",
                    "--measure", "d,r", "--threads", "1"]
        let full = try CLIRunner.run(args + ["--filter", "year=2023"])
        #expect(full.status == 0, "\(full.stderr)")
        let rounded = try CLIRunner.run(args + ["--filter", "year=2023", "--digits", "4"])
        #expect(rounded.status == 0, "\(rounded.stderr)")
        let fullRows = full.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let roundedRows = rounded.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(!fullRows.isEmpty && fullRows.count == roundedRows.count)
        #expect(fullRows.allSatisfy { $0[2] == "2023" }, "only the filtered year is left")
        for (a, b) in zip(fullRows, roundedRows) where !a[5].isEmpty {
            let x = Double(a[5])!
            #expect(Double(b[5])! == Double(String(format: "%.4g", x))!, "\(a[5]) -> \(b[5])")
        }
        let unfiltered = try CLIRunner.run(args)
        #expect(Set(unfiltered.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }).count > 1)
    }

    @Test func inspectCountsTheFilteredRows() throws {
        let (d, f) = try write(Self.measureCSV)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["inspect", f, "--filter", "year=2023", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("{\"file\": \"\(f)\", \"rows\": 3,"))
    }
}
