// PHEIndicatorReference: 50-digit reference values from generate_phe_reference.py (generated; do not edit).

/// Inputs and mpmath reference values (17 significant digits): [value, L95, U95, L99.8, U99.8].
enum PHEIndicatorReference {
    static let pop: [Double] = [1200.0, 1500.0, 1100.0, 800.0, 400.0]
    static let xRef: [Double] = [60.0, 150.0, 330.0, 640.0, 720.0]
    static let nRef: [Double] = [100000.0, 120000.0, 90000.0, 60000.0, 30000.0]
    static let obsBig: [Double] = [3.0, 5.0, 9.0, 14.0, 12.0]
    static let obsSmall: [Double] = [0.0, 1.0, 2.0, 1.0, 3.0]
    static let isRatioBig: [Double] = [1.7365551591842229, 1.2566266733132862, 2.339186303772395, 1.030479243829006, 2.7220423807912853]
    static let isRatioSmall100: [Double] = [2.8269502591371071e+1, 1.136580622542855e+1, 5.8245979787449873e+1, 6.1398785504427909, 7.9260324676789007e+1]
    static let isRateBig: [Double] = [8.2486370061250589e+2, 5.9689766982381096e+2, 1.1111134942918876e+3, 4.8947764081877784e+2, 1.2929701308758605e+3]
    static let isRateSmall: [Double] = [1.3428013730901259e+2, 5.3987579570785612e+1, 2.766684039903869e+2, 2.9164423114603257e+1, 3.7648654221474778e+2]
    static let rateZero: [Double] = [0.0, 0.0, 7.3777589082278726e+1, 0.0, 1.3815510557964274e+2]
    static let rateNine: [Double] = [1.8e+2, 8.2307461947566649e+1, 3.4169606902838341e+2, 4.9048488087275499e+1, 4.5314746618125861e+2]
    static let rateTen: [Double] = [2.0e+2, 9.5748998279351236e+1, 3.6782917211512951e+2, 5.8326367493913702e+1, 4.8387449855761079e+2]
}
