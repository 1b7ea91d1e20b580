# R peers for Benchmarks/peers/run.py: times R packages on the files GapwiseBenchInputs writes.
#
# usage: Rscript Benchmarks/peers/peers.R DIR CASE...
# CASE is a GapwisePeerTimings case name ("gini n=100000", "phe_sii areas=10", ...); only those with an R
# peer are timed. Prints one line per timing on stdout, `case<TAB>peer<TAB>median seconds<TAB>note`, and
# one line on stderr for each package that is not installed (its rows are skipped). Times are elapsed
# seconds around the call only (file reading and building the data frame are outside), medians as in run.py.
#
# Packages: ineq (Gini, Theil T, MLD as Theil parameter 1, Atkinson 1/2 and 2; unweighted, it takes no
# weights) and PHEindicatormethods (phe_sii, normal value type, standard errors, 95% limits,
# 100,000 repetitions: the same options as the Gapwise case).

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript peers.R DIR CASE...")
dir <- args[1]
cases <- args[-1]

# The median of `runs` or more timings (as run.py's median_time: more runs while under `budget` seconds, at
# most 11, none after 60 s). R's clock counts milliseconds, so a call that takes under 50 ms is timed in
# batches of k calls (about 0.1 s a batch), per call.
median_time <- function(fn, runs = 5, budget = 3) {
  first <- system.time(fn())[["elapsed"]]  # gcFirst: a collection before, outside the timing
  k <- if (first < 0.05) ceiling(0.1 / max(first, 0.001)) else 1
  batch <- function() for (i in seq_len(k)) fn()
  times <- if (k == 1) first else numeric(0)  # a slow first call counts (a 1,000-area phe_sii takes minutes)
  while (length(times) < runs || (sum(times) < budget && length(times) < 11)) {
    times <- c(times, system.time(batch())[["elapsed"]] / k)
    if (sum(times) * k > 60) break
  }
  median(times)
}

emit <- function(case, peer, seconds, note = "") {
  cat(sprintf("%s\t%s\t%.6g\t%s\n", case, peer, seconds, note))
  flush(stdout())
}

read_f64 <- function(name, count) {
  con <- file(file.path(dir, name), "rb")
  on.exit(close(con))
  readBin(con, "double", n = count, size = 8, endian = "little")
}

version_of <- function(pkg) as.character(utils::packageVersion(pkg))

wanted <- function(case) case %in% cases

# ---- ineq: unweighted distributional measures over the values of weighted_N.f64 ----
sizes <- c(100000L, 1000000L, 10000000L)
ineq_cases <- c("gini", "theil_t", "mld", "atkinson_0.5", "atkinson_2")
if (any(outer(ineq_cases, sizes, function(m, n) paste0(m, " n=", n)) %in% cases)) {
  if (!requireNamespace("ineq", quietly = TRUE)) {
    message("R: package ineq not installed; its rows skipped")
  } else {
    v <- version_of("ineq")
    for (n in sizes) {
      if (!any(paste0(ineq_cases, " n=", n) %in% cases)) next
      y <- read_f64(sprintf("weighted_%d.f64", n), n)  # values first, then weights and ranking
      runs <- if (n >= 10000000L) 3 else 7
      time_case <- function(measure, label, fn) {
        case <- paste0(measure, " n=", n)
        if (!wanted(case)) return(invisible())
        value <- fn()
        emit(case, sprintf("R ineq %s %s (unweighted)", v, label), median_time(fn, runs = runs),
             sprintf("%.15g", value))
      }
      time_case("gini", "Gini", function() ineq::Gini(y))
      time_case("theil_t", "Theil", function() ineq::Theil(y, parameter = 0))
      time_case("mld", "Theil(parameter = 1)", function() ineq::Theil(y, parameter = 1))
      time_case("atkinson_0.5", "Atkinson", function() ineq::Atkinson(y, parameter = 0.5))
      time_case("atkinson_2", "Atkinson", function() ineq::Atkinson(y, parameter = 2))
      rm(y)
      invisible(gc(FALSE))
    }
  }
}

# ---- PHEindicatormethods::phe_sii over sii_A.f64 ----
area_counts <- c(10L, 100L, 1000L)
if (any(paste0("phe_sii areas=", area_counts) %in% cases)) {
  if (!requireNamespace("PHEindicatormethods", quietly = TRUE) ||
      !requireNamespace("dplyr", quietly = TRUE)) {
    message("R: package PHEindicatormethods (or dplyr) not installed; its rows skipped")
  } else {
    v <- version_of("PHEindicatormethods")
    for (areas in area_counts) {
      case <- paste0("phe_sii areas=", areas)
      if (!wanted(case)) next
      # Per area: 10 populations, 10 values, 10 standard errors (decile 1 = most deprived first).
      m <- matrix(read_f64(sprintf("sii_%d.f64", areas), areas * 30L), nrow = 30L)
      df <- data.frame(area = rep(seq_len(areas), each = 10L),
                       decile = rep(1:10, areas),
                       population = as.vector(m[1:10, ]),
                       value = as.vector(m[11:20, ]),
                       se = as.vector(m[21:30, ]))
      grouped <- dplyr::group_by(df, area)
      set.seed(1)
      result <- NULL
      fn <- function() {
        # v1.x warns once about tidyselect's external-vector selection; not an error.
        result <<- suppressWarnings(PHEindicatormethods::phe_sii(
          grouped, decile, population, value_type = 0, value = value, se = se,
          confidence = 0.95, repetitions = 100000, type = "standard"))
      }
      t <- median_time(fn, runs = if (areas < 1000L) 3 else 1)
      r <- as.data.frame(result)
      r <- r[order(r$area), ]
      lower <- r[[grep("^sii_lower", names(r))[1]]]
      upper <- r[[grep("^sii_upper", names(r))[1]]]
      emit(case, sprintf("R PHEindicatormethods %s phe_sii", v), t,
           sprintf("area 0: %.6f [%.6f, %.6f]", r$sii[1], lower[1], upper[1]))
    }
  }
}
