// LifeTableOptions: the age-band inputs of `measure`'s life-expectancy measures (life_expectancy, healthy_life_expectancy).
import ArgumentParser
import Gapwise

struct LifeTableOptions: ParsableArguments {
    @Option(name: .customLong("age-band"), help: "life_expectancy: column of each row's age band, as its start age (0, 1, 5, ..., 90) or a label (0, 1-4, 5-9, ..., 90+); the final band is 85+ or 90+.")
    var ageBand: String?

    @Option(name: .customLong("healthy-prevalence"), help: "healthy_life_expectancy: column of the proportion of each band in good health (0 to 1).")
    var healthyPrevalence: String?

    @Option(help: "healthy_life_expectancy: column of the survey respondents behind each band's prevalence (its variance is p(1-p)/respondents).")
    var respondents: String?

    var inputs: LifeTableInputs {
        LifeTableInputs(ageBand: ageBand, healthyPrevalence: healthyPrevalence, respondents: respondents)
    }
}
