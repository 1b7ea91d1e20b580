// GroupedReferenceData: data sets and R reference values for the grouped-measure tests.
import GapwiseMeasures
import GapwiseNumerics

/// Values printed by `Reference/grouped_reference.R` (base R 4.2.2: glm IRLS run to its rounding floor,
/// lm/confint, qnorm/qt; the HC1 sandwich written out as the `sandwich` package forms it). Full precision.
enum GroupedRef {
    static let siiHeatA = 44.445019101520934
    static let siiSEHeatA = 0.021908213927211449
    static let riiHeatA = 3.1595057156262767
    static let riiSEHeatA = 0.076440006910111893
    static let siiFractionalA = 44.890533590198558
    static let siiSEFractionalA = 0.026470974246583363
    static let riiFractionalA = 3.2363397365245024
    static let riiSEFractionalA = 0.097192199030084844
    static let siiWholeA = 44.905264043602422
    static let siiSEWholeA = 0.022178346366246941
    static let muC = 806.29946958376752
    static let z95 = 1.9599639845400536
    static let z998 = 3.0902323061678132
    static let aciC = -114.21170970931236
    static let aciSEC = 7.8039886189934569
    static let rciC = -0.14164924326227255
    static let rciSEC = 0.0096787718625463773
    static let rciWagstaffC = -0.23732793888075202
    static let rciWagstaffSEC = 0.01621641545081914
    static let rciErreygersC = -0.22842341941862482
    static let rciErreygersSEC = 0.015607977237986893
    static let siiFractionalC = -700.84702096556248
    static let siiSEFractionalC = 0.0003497496384024958
    static let riiFractionalC = 0.41920998775768253
    static let riiSEFractionalC = 0.037835780687442887
    static let siiHeatC = -699.22114899410508
    static let siiSEHeatC = 0.00034799964789023185
    static let pafC = -35.185372220351383
    static let pafFractionSEC = 0.011982686201640088
    static let parC = -283.6994695837675
    static let parSEC = 9.6616335285711319
    static let dC = 687.80000000000007
    static let dSEC = 18.361917111238686
    static let rC = 2.31611174894757
    static let rLogSEC = 0.022978865092207385
    static let bgvC = 41005.394935045166
    static let bgvSEC = 1665.9699829104482
    static let mldC = 30.864859257703294
    static let mldUnitSEC = 0.0012041086471066419
    static let tiC = 30.877502347794614
    static let tiUnitSEC = 0.0011895663118481785
    static let bgsdC = 202.49788871750039
    static let covC = 25.114476240699378
    static let idisuC = 21.207987896237615
    static let idiswC = 20.877769723157144
    static let mdbuC = 285.63999999999999
    static let mdbwC = 283.6994695837675
    static let mdmuC = 170.99989391675351
    static let mdmwC = 168.33734653873645
    static let mdruC = 285.63999999999999
    static let mdrwC = 283.6994695837675
    static let scotphoSIIC = 692.20485535143348
    static let scotphoSIISEC = 47.297766813258171
    static let scotphoSIILower95C = 583.13600949413774
    static let scotphoSIIUpper95C = 801.27370120872922
    static let scotphoSIILower998C = 479.32749529294233
    static let scotphoSIIUpper998C = 905.08221540992463
    static let scotphoRIIC = 0.81888661463555368
    static let scotphoRIILower95C = 0.68985686678591951
    static let scotphoRIIIntC = 40.944330731777683
    static let scotphoPARC = 35.18537222035139
    static let absRangeC = 687.80000000000007
    static let relRangeC = 2.31611174894757
    static let truncatedQ025 = 88.080050176018176
    static let truncatedQ975 = 99.815475444002985
    static let truncatedQ001 = 82.75549685770666
    static let truncatedQ999 = 99.992594489807743
    static let truncatedSD = 3.1986777188776214

    /// Data set A: healthequal's ordered test example (test-sii.R, test-aci.R, …; pop from its set.seed(123)).
    static let popA: [Double] = [78, 91, 162, 103, 105]
    static let estA: [Double] = [20, 30, 40, 50, 60]
    static let seA: [Double] = [5, 7, 10, 12, 14]

    /// Data set C: ten SIMD deciles (1 = most deprived) of an adverse rate per 100 000 (made up, realistic).
    static let popC: [Double] = [512345, 530870, 541002, 547310, 551986, 556204, 549875, 546012, 538440, 521907]
    static let estC: [Double] = [1210.4, 1049.8, 958.1, 871.6, 802.3, 744.9, 690.2, 641.7, 590.8, 522.6]
    static let seC: [Double] = [15.4, 14.1, 13.3, 12.6, 12.1, 11.6, 11.2, 10.8, 10.5, 10.0]

    static func ordered(_ est: [Double], _ se: [Double]?, _ pop: [Double]?, polarity: Polarity,
                        scale: Double, reference: String? = nil) throws -> SubgroupData {
        let groups = est.indices.map { j in
            Subgroup("q\(j + 1)", estimate: est[j], standardError: se?[j], population: pop?[j], order: j + 1)
        }
        return try SubgroupData(subgroups: groups, polarity: polarity, scale: scale, reference: reference)
    }

    static var dataA: SubgroupData { get throws { try ordered(estA, seA, popA, polarity: .favourable, scale: 100) } }
    static var dataC: SubgroupData {
        get throws { try ordered(estC, seC, popC, polarity: .adverse, scale: 100_000, reference: "q10") }
    }
}
