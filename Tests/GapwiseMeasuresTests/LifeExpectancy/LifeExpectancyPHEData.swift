// LifeExpectancyPHEData: PHEindicatormethods' life-expectancy test inputs and expected outputs (testLifeExpectancy.R).

/// Source: ukhsa-collaboration/PHEindicatormethods, tests/testthat/testLifeExpectancy.R (`df1` and `answer1`,
/// the outputs of PHE's Life Expectancy Calculator spreadsheet, printed to 10 significant figures).
/// PHE's own test compares after rounding to 4 decimal places.
enum PHELifeExpectancyCase {
    static let startAges = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]
    static let populations: [Double] = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209,
                                        56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936]
    static let deaths: [Double] = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937]
    static let value = [80.16960813, 79.36245674, 75.44193645, 70.47299936, 65.52909542, 60.67510088, 55.78835987,
                        50.92752727, 46.06740425, 41.24505636, 36.49322717, 31.83343842, 27.26027992, 22.9719144,
                        18.76856852, 14.95858336, 11.51684445, 8.618849241, 6.163942934, 6.16210635]
    static let lower = [79.88268548, 79.0898816, 75.17407307, 70.20675732, 65.26548673, 60.41876577, 55.53801579,
                        50.68279939, 45.82666794, 41.00842831, 36.26223216, 31.60996318, 27.04337271, 22.76653134,
                        18.57570352, 14.77985004, 11.34831778, 8.451134045, 5.978358351, 5.887683386]
    static let upper = [80.45653078, 79.63503188, 75.70979983, 70.7392414, 65.79270412, 60.931436, 56.03870395,
                        51.17225516, 46.30814055, 41.48168441, 36.72422219, 32.05691365, 27.47718713, 23.17729746,
                        18.96143352, 15.13731667, 11.68537112, 8.786564437, 6.349527517, 6.436529314]
    /// PHE's test tolerance: values compared after rounding to 4 decimal places.
    static let pheTolerance = 5e-5
}
