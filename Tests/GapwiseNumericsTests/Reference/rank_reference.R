# rank_reference.R: expected ranks and phe_quantile bands for RankingTests.swift / BandsTests.swift.
# Run: Rscript rank_reference.R   (R 4.2.2, Debian r-base-core 4.2.2.20221110-2)
# Prints Swift array literals; the tests carry the printed numbers with this script named beside them.
sw <- function(name, v) cat(name, " = [", paste(format(v, nsmall = 1, trim = TRUE), collapse = ", "), "]\n", sep = "")
methods <- c("average", "min", "max", "first")

# 1. The example of R's ?rank: x2 <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
x2 <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
for (m in methods) sw(paste0("x2 ", m, " asc"), rank(x2, ties.method = m))
# descending = rank(-x)
for (m in methods) sw(paste0("x2 ", m, " desc"), rank(-x2, ties.method = m))

# 2. NA kept out (na.last = "keep")
xn <- c(2.5, NA, -1, 2.5, 0, NA, 7)
for (m in methods) sw(paste0("xn ", m, " keep"), rank(xn, ties.method = m, na.last = "keep"))

# 3. within groups: ranks restart in each group (groups interleaved)
xg <- c(10, 20, 10, 30, 20, 20, 5, 10, 30, 5)
g  <- c("b", "a", "b", "a", "b", "a", "b", "a", "a", "b")
for (m in methods) sw(paste0("xg ", m, " grouped asc"), ave(xg, g, FUN = function(v) rank(v, ties.method = m)))
for (m in methods) sw(paste0("xg ", m, " grouped desc"), ave(xg, g, FUN = function(v) rank(-v, ties.method = m)))

# 4. phe_quantile, transcribed in base R from PHEindicatormethods R/Quantiles.R
#    (adj_value = max - value if invert; rank ties "min"; q = floor((k+1) - ceiling(((n+1)-rank)/(n/k))); q==0 -> 1)
phe_q <- function(v, k, invert) {
  adj <- if (invert) max(v) - v else v
  r <- rank(adj, ties.method = "min")
  n <- length(v)
  q <- floor((k + 1) - ceiling(((n + 1) - r) / (n / k)))
  ifelse(q == 0, 1, q)
}
pv <- c(12, 7, 7, 30, 1, 18, 18, 18, 4, 25, 9, 2, 40, 13, 7, 22, 3)
for (k in c(10, 5, 4, 7)) for (inv in c(TRUE, FALSE))
  sw(paste0("pv k=", k, " invert=", inv), phe_q(pv, k, inv))
pg <- c(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1)
sw("pv grouped k=4 invert=TRUE", ave(pv, pg, FUN = function(v) phe_q(v, 4, TRUE)))
sw("pv grouped k=3 invert=FALSE", ave(pv, pg, FUN = function(v) phe_q(v, 3, FALSE)))

# 5. order(): R's stable sorting permutation (1-based; the tests subtract 1)
sw("x2 order asc", order(x2))
sw("x2 order desc", order(x2, decreasing = TRUE, method = "radix"))
xo <- c(0, -0, 3, NA, -Inf, 3, Inf, -2, NA, 0)
sw("xo order asc na.last", order(xo, na.last = TRUE))
sw("xo order desc na.last", order(xo, decreasing = TRUE, na.last = TRUE, method = "radix"))
