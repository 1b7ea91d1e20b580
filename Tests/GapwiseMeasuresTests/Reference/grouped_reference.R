# grouped_reference.R: independent reference values for the grouped (HEAT / ScotPHO) measures, computed
# with base R 4.2.2 only (glm IRLS, lm, qnorm, qt). The HC1 sandwich is written out exactly as the
# `sandwich` package forms it for a glm (estfun = working residual x working weight x X / dispersion,
# bread = cov.unscaled x n x dispersion, meat x n/(n-k)); delta method as marginaleffects. Run:
#   Rscript Tests/GapwiseMeasuresTests/Reference/grouped_reference.R
# and paste the printed block into GroupedReferenceTests.swift.
options(digits = 17)
MAXIT <- as.integer(Sys.getenv("MAXIT", "100"))  # runs to the rounding floor (glm warns it did not meet 1e-15; harmless)
p17 <- function(name, x) cat(sprintf("    static let %s = %s\n", name, format(x, digits = 17)))

ridit <- function(pop) { s <- sum(pop); (cumsum(pop) - pop / 2) / s }

hc1 <- function(mod) {
  X <- model.matrix(mod); n <- nrow(X); k <- ncol(X)
  wres <- as.vector(residuals(mod, "working")) * weights(mod, "working")
  disp <- sum(wres^2) / sum(weights(mod, "working"))
  ef <- wres * X / disp
  sx <- summary.glm(mod)
  bread <- sx$cov.unscaled * n * disp
  meat <- crossprod(ef * sqrt(n / (n - k))) / n
  bread %*% meat %*% bread / n
}

logistic <- function(est, pop, scale, heat, whole) {
  n <- if (whole) ceiling(pop) else pop
  y <- if (whole) round(est / scale * n) else est / scale * n
  r <- ridit(n)
  d <- data.frame(y = y, ny = n - y, r = r, w = if (heat) n else rep(1, length(n)))
  mod <- suppressWarnings(glm(cbind(y, ny) ~ r, weights = w, data = d, family = quasibinomial("logit"),
             control = glm.control(epsilon = 1e-15, maxit = MAXIT)))
  b <- coef(mod); V <- hc1(mod)
  p0 <- plogis(b[1]); p1 <- plogis(b[1] + b[2])
  g <- c(p1 * (1 - p1) - p0 * (1 - p0), p1 * (1 - p1))
  gl <- c(p0 - p1, 1 - p1)
  c(sii = unname(scale * (p1 - p0)), sii_se = sqrt(drop(t(g) %*% V %*% g)),
    rii = unname(p1 / p0), rii_se = sqrt(drop(t(gl) %*% V %*% gl)))
}

# Data set A: healthequal's ordered test example (tests/testthat/test-sii.R etc.).
popA <- c(78, 91, 162, 103, 105); estA <- c(20, 30, 40, 50, 60); seA <- c(5, 7, 10, 12, 14)
cat("// Data set A (healthequal ordered example)\n")
h <- logistic(estA, popA, 100, TRUE, TRUE)
p17("siiHeatA", h["sii"]); p17("siiSEHeatA", h["sii_se"]); p17("riiHeatA", h["rii"]); p17("riiSEHeatA", h["rii_se"])
f <- logistic(estA, popA, 100, FALSE, FALSE)
p17("siiFractionalA", f["sii"]); p17("siiSEFractionalA", f["sii_se"]); p17("riiFractionalA", f["rii"]); p17("riiSEFractionalA", f["rii_se"])
w <- logistic(estA, popA, 100, FALSE, TRUE)
p17("siiWholeA", w["sii"]); p17("siiSEWholeA", w["sii_se"])

# Data set C: ten SIMD deciles (1 = most deprived) of an adverse rate per 100 000 (made-up but realistic).
popC <- c(512345, 530870, 541002, 547310, 551986, 556204, 549875, 546012, 538440, 521907)
estC <- c(1210.4, 1049.8, 958.1, 871.6, 802.3, 744.9, 690.2, 641.7, 590.8, 522.6)
seC  <- c(15.4, 14.1, 13.3, 12.6, 12.1, 11.6, 11.2, 10.8, 10.5, 10.0)
mu <- sum(popC * estC) / sum(popC); p <- popC / sum(popC); r <- ridit(popC)
cat("// Data set C (ten deciles, adverse rate per 100 000)\n")
p17("muC", mu)
z95 <- qnorm(0.975); z998 <- qnorm(0.999)
p17("z95", z95); p17("z998", z998)
# ACI / RCI: healthequal's convenient regression, unweighted glm on sqrt(N)-scaled data.
s2 <- sum(p * (r - 0.5)^2)
fitC <- function(lhs) {
  m <- glm(lhs ~ 0 + rhs + intercept, family = gaussian,
           data = data.frame(lhs = lhs * sqrt(popC), rhs = r * sqrt(popC), intercept = sqrt(popC)))
  c(coef(m)[["rhs"]], sqrt(diag(vcov(m)))[[1]])
}
a <- fitC(2 * s2 * estC); p17("aciC", a[1]); p17("aciSEC", a[2])
rc <- fitC(2 * s2 * estC / mu); p17("rciC", rc[1]); p17("rciSEC", rc[2])
# Bounded (0, 2000) with Wagstaff and Erreygers normalisation.
yb <- estC / 2000; mub <- sum(p * yb)
rw <- fitC(2 * s2 * yb / mub / (1 - mub)); p17("rciWagstaffC", rw[1]); p17("rciWagstaffSEC", rw[2])
re <- fitC(2 * s2 * yb / mub * 4 * mub); p17("rciErreygersC", re[1]); p17("rciErreygersSEC", re[2])
# Logistic SII/RII (scale 100 000), default (fractional, no prior weight) and HEAT.
f <- logistic(estC, popC, 1e5, FALSE, FALSE)
p17("siiFractionalC", f["sii"]); p17("siiSEFractionalC", f["sii_se"]); p17("riiFractionalC", f["rii"]); p17("riiSEFractionalC", f["rii_se"])
h <- logistic(estC, popC, 1e5, TRUE, TRUE)
p17("siiHeatC", h["sii"]); p17("siiSEHeatC", h["sii_se"])
# PAF / PAR (ordered: reference = decile 10), Walter SE of the fraction.
ref <- 10; cc <- estC[ref] / 1e5 * popC[ref]; dd <- popC[ref] - cc
aa <- mu / 1e5 * sum(popC) - cc; bb <- sum(popC) - aa - popC[ref]; NN <- aa + bb + cc + dd
sef <- sqrt(cc * NN * (aa * dd * (NN - cc) + bb * cc^2) / ((aa + cc)^3 * (cc + dd)^3))
p17("pafC", 100 * (estC[ref] - mu) / mu); p17("pafFractionSEC", sef)
p17("parC", estC[ref] - mu); p17("parSEC", mu * sef)
# D and R (adverse, ordered: decile 1 vs decile 10).
p17("dC", estC[1] - estC[10]); p17("dSEC", sqrt(seC[1]^2 + seC[10]^2))
R <- estC[1] / estC[10]; p17("rC", R); p17("rLogSEC", sqrt((seC[1]^2 + R^2 * seC[10]^2) / estC[10]^2) / R)
# BGV, MLD, TI (x1000) with the x1 SEs.
p17("bgvC", sum(p * (estC - mu)^2))
p17("bgvSEC", sqrt(4 * sum(p^2 * seC^2 * (estC - mu)^2) + 2 * (sum(p^2 * seC^2)^2 - sum(p^4 * seC^4) + sum(p^2 * (1 - p)^2 * seC^4))))
rj <- estC / mu
p17("mldC", 1000 * sum(p * -log(rj))); p17("mldUnitSEC", sqrt(sum(seC^2 * p^2 / mu^2 * (1 - 1 / rj)^2)))
tv <- sum(rj * (1 + log(rj)) * p)
p17("tiC", 1000 * sum(p * rj * log(rj))); p17("tiUnitSEC", sqrt(sum((1 + log(rj) - tv)^2 * p^2 * seC^2 / mu^2)))
# Simulated measures' point values (reference = decile 10; best = min, adverse).
k <- length(estC)
p17("bgsdC", sqrt(sum(p * (estC - mu)^2))); p17("covC", 100 * sqrt(sum(p * (estC - mu)^2)) / mu)
p17("idisuC", 100 / k * sum(abs(estC - mu)) / mu); p17("idiswC", 100 * sum(p * abs(estC - mu)) / mu)
p17("mdbuC", mean(abs(min(estC) - estC))); p17("mdbwC", sum(p * abs(min(estC) - estC)))
p17("mdmuC", mean(abs(estC - mu))); p17("mdmwC", sum(p * abs(estC - mu)))
p17("mdruC", mean(abs(estC[ref] - estC))); p17("mdrwC", sum(p * abs(estC[ref] - estC)))
# ScotPHO (calculate_inequality_measures.R): lm(rate*sqrt(p) ~ 0 + sqrt(p) + r*sqrt(p)), confint (t, k-2 df).
sp <- sqrt(p)
m <- lm(rs ~ 0 + s + rr, data = data.frame(rs = estC * sp, s = sp, rr = r * sp))
ci95 <- confint(m, parm = "rr", level = 0.95); ci998 <- confint(m, parm = "rr", level = 0.998)
p17("scotphoSIIC", -coef(m)[["rr"]]); p17("scotphoSIISEC", summary(m)$coefficients["rr", "Std. Error"])
p17("scotphoSIILower95C", -ci95[2]); p17("scotphoSIIUpper95C", -ci95[1])
p17("scotphoSIILower998C", -ci998[2]); p17("scotphoSIIUpper998C", -ci998[1])
overall <- 845.3  # a "Total" row rate (e.g. an EASR) different from mu
p17("scotphoRIIC", -coef(m)[["rr"]] / overall); p17("scotphoRIILower95C", -ci95[2] / overall)
p17("scotphoRIIIntC", -coef(m)[["rr"]] / overall * 0.5 * 100)
S <- sum((estC / estC[10] - 1) * p)
p17("scotphoPARC", S / (S + 1) * 100)
p17("absRangeC", estC[1] - estC[10]); p17("relRangeC", estC[1] / estC[10])
# Truncated normal check for the simulated intervals: one subgroup drawn from N(99, 5) truncated to
# [0, 100] (scale 100); its type-7 limits converge to these quantiles of the truncated law.
a <- pnorm((0 - 99) / 5); b <- pnorm((100 - 99) / 5)
tq <- function(u) 99 + 5 * qnorm(a + u * (b - a))
p17("truncatedQ025", tq(0.025)); p17("truncatedQ975", tq(0.975))
p17("truncatedQ001", tq(0.001)); p17("truncatedQ999", tq(0.999))
p17("truncatedSD", sqrt(integrate(function(x) (x - 99)^2 * dnorm(x, 99, 5), 0, 100)$value / (b - a) -
  (integrate(function(x) (x - 99) * dnorm(x, 99, 5), 0, 100)$value / (b - a))^2))
