// PackageNames: the short names Gapwise's own modules use for its namespaced public types (package access only).

package typealias Matrix = LinearAlgebra.Matrix
package typealias BLAS = LinearAlgebra.BLAS
package typealias Transpose = LinearAlgebra.Transpose
package typealias LinearRegression = LinearAlgebra.LinearRegression
package typealias RegressionFit = LinearAlgebra.RegressionFit
package typealias LeastSquares = LinearAlgebra.LeastSquares
package typealias LeastSquaresMethod = LinearAlgebra.LeastSquaresMethod
package typealias LeastSquaresSolution = LinearAlgebra.LeastSquaresSolution
package typealias LinearAlgebraError = LinearAlgebra.LinearAlgebraError

package typealias WeightedSums = Reductions.WeightedSums
package typealias WeightedMoments = Reductions.WeightedMoments
package typealias WeightedLogSums = Reductions.WeightedLogSums
package typealias WeightedPowerSums = Reductions.WeightedPowerSums
package typealias ReductionError = Reductions.ReductionError
package typealias ZeroValuePolicy = Reductions.ZeroValuePolicy
package typealias VarianceDenominator = Reductions.VarianceDenominator

package typealias QuantileBands = Ranking.QuantileBands
package typealias QuantileBandMethod = Ranking.QuantileBandMethod
package typealias QuantileBandAssignment = Ranking.QuantileBandAssignment
package typealias RankingError = Ranking.RankingError

package typealias Xoshiro256StarStar = RandomGenerators.Xoshiro256StarStar
