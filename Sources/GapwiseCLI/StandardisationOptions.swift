// StandardisationOptions: the band inputs of `measure`'s age-standardised measures (dsr, isratio, israte).
import ArgumentParser
import Gapwise

struct StandardisationOptions: ParsableArguments {
    @Option(name: .customLong("standard-population"), help: "dsr: column of each band's standard population (default: the 2013 European Standard Population, the group's rows taken as its 19 bands 0-4 ... 90+ in order).")
    var standardPopulation: String?

    @Option(name: .customLong("reference-events"), help: "isratio/israte: column of the reference population's events in each band.")
    var referenceEvents: String?

    @Option(name: .customLong("reference-population"), help: "isratio/israte: column of the reference population in each band.")
    var referencePopulation: String?

    @Option(name: .customLong("event-frequencies"), help: "dsr with non-independent events (PHE independent_events = FALSE): comma-separated columns of the persons with 1, 2, ... events in the band; --numerator must hold the band's events.")
    var eventFrequencies: String?

    @Option(name: .customLong("missing-band-counts"), help: "dsr/isratio/israte: a band row with no event count leaves its area out (leave-out, the default, said in the method column) or counts as zero events (zero, as PHE).")
    var missingBandCounts: MissingBandCountsOption = .leaveOut

    var inputs: StandardisedInputs {
        StandardisedInputs(standardPopulation: standardPopulation, referenceEvents: referenceEvents,
                           referencePopulation: referencePopulation, eventFrequencies: CLIParsing.list(eventFrequencies),
                           missingBandCounts: missingBandCounts == .zero ? .zero : .leaveAreaOut)
    }
}

enum MissingBandCountsOption: String, ExpressibleByArgument, CaseIterable {
    case leaveOut = "leave-out", zero
}
