// GapwiseKernels.h: the C shim behind GapwiseNumerics' ratio-log sums (x86-64 AVX-512 kernels with a CPU check).
#ifndef GAPWISE_KERNELS_H
#define GAPWISE_KERNELS_H

#include <stdint.h>

/// The term f(r) summed by gw_ratio_sums, r = y * inv_ref.
typedef enum {
    GW_TERM_R_LOG_R = 0,      ///< r ln r (0 ln 0 = 0)
    GW_TERM_LOG_R = 1,        ///< ln r (ln 0 taken as 0: callers reject zeros)
    GW_TERM_SQRT_R_M1 = 2,    ///< sqrt(r) - 1, formed as (r - 1)/(sqrt(r) + 1)
    GW_TERM_INV_R_M1 = 3,     ///< 1/r - 1, formed as (1 - r)/r
} gw_ratio_term;

/// What one pass over a range of (y, w) gives. Each sum is a (sum, compensation) pair whose total is
/// sum + compensation; the caller combines ranges in a fixed order.
typedef struct {
    double weight[2];      ///< sum of w
    double deviation[2];   ///< sum of w (r - 1)
    double term[2];        ///< sum of w f(r)
    double minimum;        ///< smallest y (NaN values are skipped; the sums carry them)
    double maximum;        ///< largest y
    uint64_t weight_bits;  ///< bitwise OR of the weights' bit patterns (the sign bit flags w < 0 or -0.0)
} gw_ratio_part;

/// 1 when this CPU and operating system run the AVX-512 (F and DQ) kernels, else 0.
int gw_avx512_available(void);

/// One pass over y[0..<n] (and w[0..<n], or weight 1 when w is NULL) with the AVX-512 kernels.
/// Must only be called when gw_avx512_available() returned 1. n >= 1.
void gw_ratio_sums_avx512(gw_ratio_term term, const double *y, const double *w, long n,
                          double inv_ref, gw_ratio_part *out);

/// ln x for n values by the same AVX-512 logarithm (for the accuracy tests). Must only be called when
/// gw_avx512_available() returned 1. Values must be positive, normal and finite.
void gw_log_avx512(const double *x, double *out, long n);

#endif
