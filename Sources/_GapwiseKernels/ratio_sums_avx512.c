// ratio_sums_avx512.c: the AVX-512 one-pass ratio sums (Σw, Σw(r−1), Σw·f(r)) and the 16-entry-table logarithm.
#include "GapwiseKernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <float.h>
#include <immintrin.h>
#include <math.h>
#include "log_table16.h"

#ifdef __clang__
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512dq")
#endif

#define GW_INLINE static inline __attribute__((always_inline))

/* ln x on 8 lanes of positive normal finite doubles (Tang's method with a 16-entry table held in registers).
 *
 * x = 2^k m; C = x's top 4 mantissa bits rounded to nearest by integer addition, the carry going into the
 * exponent, so C = 2^k c with c = 1 + i/16, i in 0...15 (just below a power of two, c = 1 and m < 1);
 * m - c is exact (Sterbenz), r = (m - c)(1/c) with |r| <= 1/32, and
 *     ln x = (k ln2_hi + hi_i) + (r + (k ln2_lo + lo_i + r^2 q(r))),
 * where q (degree 8, see log_table16.h) gives log1p within 2^-61 relative, k ln2_hi + hi_i is exact
 * (both multiples of 2^-32), and just below 1 (c = 1, k = 0) the result is r + r^2 q(r) with no
 * cancellation. The three table columns are selected by vpermt2pd from registers: no memory gather. */
GW_INLINE __m512d gw_vlog(__m512d x, __m512d inv_lo, __m512d inv_hi, __m512d hi_lo, __m512d hi_hi,
                          __m512d lo_lo, __m512d lo_hi) {
    const __m512i ix = _mm512_castpd_si512(x);
    const __m512i cb = _mm512_and_si512(_mm512_add_epi64(ix, _mm512_set1_epi64(1LL << 47)),
                                        _mm512_set1_epi64(~((1LL << 48) - 1)));
    const __m512i one = _mm512_set1_epi64(0x3ff0000000000000LL);
    const __m512i eb = _mm512_and_si512(cb, _mm512_set1_epi64(0x7ff0000000000000LL));
    const __m512i shift = _mm512_sub_epi64(eb, one);  // k << 52
    const __m512d k = _mm512_cvtepi64_pd(_mm512_srai_epi64(shift, 52));
    const __m512d m = _mm512_castsi512_pd(_mm512_sub_epi64(ix, shift));
    const __m512d c = _mm512_castsi512_pd(_mm512_sub_epi64(cb, shift));
    const __m512i idx = _mm512_srli_epi64(cb, 48);  // the low 4 bits are i
    const __m512d inv = _mm512_permutex2var_pd(inv_lo, idx, inv_hi);
    const __m512d hi = _mm512_permutex2var_pd(hi_lo, idx, hi_hi);
    const __m512d lo = _mm512_permutex2var_pd(lo_lo, idx, lo_hi);
    const __m512d r = _mm512_mul_pd(_mm512_sub_pd(m, c), inv);
    __m512d q = _mm512_set1_pd(gw_log16_q[8]);
    for (int j = 7; j >= 0; j--) q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(gw_log16_q[j]));
    const __m512d r2 = _mm512_mul_pd(r, r);
    const __m512d high = _mm512_fmadd_pd(k, _mm512_set1_pd(GW_LN2_HI), hi);
    const __m512d low = _mm512_fmadd_pd(r2, q, _mm512_fmadd_pd(k, _mm512_set1_pd(GW_LN2_LO), lo));
    return _mm512_add_pd(high, _mm512_add_pd(r, low));
}

typedef struct { __m512d inv_lo, inv_hi, hi_lo, hi_hi, lo_lo, lo_hi; } gw_log_tables;

GW_INLINE gw_log_tables gw_load_tables(void) {
    gw_log_tables t = {
        _mm512_load_pd(gw_log16_inv), _mm512_load_pd(gw_log16_inv + 8),
        _mm512_load_pd(gw_log16_hi), _mm512_load_pd(gw_log16_hi + 8),
        _mm512_load_pd(gw_log16_lo), _mm512_load_pd(gw_log16_lo + 8),
    };
    return t;
}

GW_INLINE __m512d gw_vlog_t(__m512d x, const gw_log_tables *t) {
    return gw_vlog(x, t->inv_lo, t->inv_hi, t->hi_lo, t->hi_hi, t->lo_lo, t->lo_hi);
}

/* The lanes that are not positive, normal and finite (zero, subnormal, negative, infinite, NaN): one fpclass. */
GW_INLINE __mmask8 gw_odd_lanes(__m512d r) {
    return _mm512_fpclass_pd_mask(r, 0xFF);
}

/* f(r) with the fast logarithm on every lane; lanes flagged by gw_odd_lanes give garbage, and the caller
   then recomputes their block with gw_term_careful. */
GW_INLINE __m512d gw_term(gw_ratio_term term, __m512d r, const gw_log_tables *t) {
    const __m512d one = _mm512_set1_pd(1.0);
    switch (term) {
    case GW_TERM_R_LOG_R: return _mm512_mul_pd(r, gw_vlog_t(r, t));
    case GW_TERM_LOG_R: return gw_vlog_t(r, t);
    case GW_TERM_SQRT_R_M1: return _mm512_div_pd(_mm512_sub_pd(r, one), _mm512_add_pd(_mm512_sqrt_pd(r), one));
    case GW_TERM_INV_R_M1:
    default: return _mm512_div_pd(_mm512_sub_pd(one, r), r);
    }
}

/* f(r) with the odd lanes' logarithms from libm (ln 0 taken as 0, so 0 ln 0 = 0; callers of ln r reject
   zeros first); the non-logarithmic terms need no care (IEEE arithmetic gives their limits). */
static __attribute__((noinline)) __m512d gw_term_careful(gw_ratio_term term, __m512d r, const gw_log_tables *t) {
    if (term != GW_TERM_R_LOG_R && term != GW_TERM_LOG_R) return gw_term(term, r, t);
    const __mmask8 odd = gw_odd_lanes(r);
    double v[8] __attribute__((aligned(64))), l[8] __attribute__((aligned(64)));
    _mm512_store_pd(v, r);
    _mm512_store_pd(l, gw_vlog_t(_mm512_mask_blend_pd(odd, r, _mm512_set1_pd(1.0)), t));
    for (int j = 0; j < 8; j++) {
        if (odd & (1u << j)) l[j] = v[j] == 0 ? 0.0 : log(v[j]);
    }
    const __m512d lr = _mm512_load_pd(l);
    return term == GW_TERM_LOG_R ? lr : _mm512_mul_pd(r, lr);
}

/* A running compensated sum per lane (Knuth's TwoSum on each addition of a block total). */
typedef struct { __m512d s, c; } gw_acc;

GW_INLINE void gw_two_sum(gw_acc *a, __m512d x) {
    const __m512d t = _mm512_add_pd(a->s, x);
    const __m512d z = _mm512_sub_pd(t, a->s);
    a->c = _mm512_add_pd(a->c, _mm512_add_pd(_mm512_sub_pd(a->s, _mm512_sub_pd(t, z)), _mm512_sub_pd(x, z)));
    a->s = t;
}

/* The lanes of a compensated sum folded into one (sum, compensation) pair by scalar TwoSum. */
GW_INLINE void gw_fold(gw_acc a, double out[2]) {
    double s[8] __attribute__((aligned(64))), c[8] __attribute__((aligned(64)));
    _mm512_store_pd(s, a.s);
    _mm512_store_pd(c, a.c);
    double total = 0, err = 0;
    for (int j = 0; j < 8; j++) {
        const double t = total + s[j], z = t - total;
        err += ((total - (t - z)) + (s[j] - z)) + c[j];
        total = t;
    }
    out[0] = total;
    out[1] = err;
}

/* Vectors summed plainly before each compensated addition: a block's plain sum errs by at most
   3 eps times its sum of magnitudes; the running sums keep every rounding of their own additions. */
#define GW_BLOCK 4

/* The running state of one pass. */
typedef struct {
    gw_acc w, dev, term;
    __m512d lo, hi;
    __m512i bits;
} gw_state;

/* Adds f(r) and the weight sums of one vector (lanes outside k: weight 0) to the block sums. */
GW_INLINE __mmask8 gw_vector(gw_ratio_term term, int careful, int weighted, int full, __mmask8 k,
                             const double *y, const double *w, __m512d inv, double reference,
                             const gw_log_tables *t, __m512d *bw, __m512d *bd, __m512d *bt,
                             __m512d *lo, __m512d *hi, __m512i *bits) {
    const __m512d one = _mm512_set1_pd(1.0);
    const __m512d yv = full ? _mm512_loadu_pd(y) : _mm512_mask_loadu_pd(_mm512_set1_pd(reference), k, y);
    const __m512d r = _mm512_mul_pd(yv, inv);
    const __mmask8 odd = gw_odd_lanes(r);
    const __m512d f = careful ? gw_term_careful(term, r, t) : gw_term(term, r, t);
    *lo = full ? _mm512_min_pd(yv, *lo) : _mm512_mask_min_pd(*lo, k, yv, *lo);
    *hi = full ? _mm512_max_pd(yv, *hi) : _mm512_mask_max_pd(*hi, k, yv, *hi);
    if (weighted) {
        const __m512d wv = full ? _mm512_loadu_pd(w) : _mm512_maskz_loadu_pd(k, w);
        *bits = _mm512_or_si512(*bits, _mm512_castpd_si512(wv));
        *bw = _mm512_add_pd(*bw, wv);
        *bd = _mm512_fmadd_pd(wv, _mm512_sub_pd(r, one), *bd);
        *bt = _mm512_fmadd_pd(wv, f, *bt);
    } else if (full) {
        *bw = _mm512_add_pd(*bw, one);
        *bd = _mm512_add_pd(*bd, _mm512_sub_pd(r, one));
        *bt = _mm512_add_pd(*bt, f);
    } else {
        *bw = _mm512_add_pd(*bw, _mm512_maskz_mov_pd(k, one));
        *bd = _mm512_add_pd(*bd, _mm512_maskz_mov_pd(k, _mm512_sub_pd(r, one)));
        *bt = _mm512_add_pd(*bt, _mm512_maskz_mov_pd(k, f));
    }
    return odd & k;
}

/* GW_BLOCK vectors from y + i (all inside the data when full; otherwise up to n, padded with y = the
   reference and w = 0): adds their plain sums to the state by TwoSum. With careful = 0 the fast logarithm
   is used on every lane, and if some lane needed care nothing is added and the lanes are returned. */
GW_INLINE __mmask8 gw_block(gw_ratio_term term, int careful, int weighted, int full, const double *y,
                            const double *w, long i, long n, __m512d inv, double reference,
                            const gw_log_tables *t, gw_state *st) {
    const __m512d zero = _mm512_setzero_pd();
    __m512d bw = zero, bd = zero, bt = zero, lo = st->lo, hi = st->hi;
    __m512i bits = st->bits;
    __mmask8 odd = 0;
    for (int b = 0; b < GW_BLOCK; b++, i += 8) {
        if (!full && i >= n) break;
        const long left = n - i;
        const __mmask8 k = full || left >= 8 ? (__mmask8)0xFF : (__mmask8)((1u << left) - 1);
        odd |= gw_vector(term, careful, weighted, full, k, y + i, weighted ? w + i : 0, inv, reference, t,
                         &bw, &bd, &bt, &lo, &hi, &bits);
    }
    // Only the logarithmic terms need care; the others are right as computed.
    if (!careful && odd && (term == GW_TERM_R_LOG_R || term == GW_TERM_LOG_R)) return odd;
    gw_two_sum(&st->w, bw);
    gw_two_sum(&st->dev, bd);
    gw_two_sum(&st->term, bt);
    st->lo = lo;
    st->hi = hi;
    st->bits = bits;
    return 0;
}

GW_INLINE void gw_ratio_pass(gw_ratio_term term, int weighted, const double *y, const double *w, long n,
                             double inv_ref, gw_ratio_part *out) {
    const gw_log_tables t = gw_load_tables();
    const __m512d inv = _mm512_set1_pd(inv_ref), zero = _mm512_setzero_pd();
    const double reference = 1.0 / inv_ref;
    gw_state st = { { zero, zero }, { zero, zero }, { zero, zero },
                    _mm512_set1_pd(INFINITY), _mm512_set1_pd(-INFINITY), _mm512_setzero_si512() };
    long i = 0;
    for (; i + 8 * GW_BLOCK <= n; i += 8 * GW_BLOCK) {
        if (__builtin_expect(gw_block(term, 0, weighted, 1, y, w, i, n, inv, reference, &t, &st) != 0, 0)) {
            gw_block(term, 1, weighted, 1, y, w, i, n, inv, reference, &t, &st);
        }
    }
    if (i < n) gw_block(term, 1, weighted, 0, y, w, i, n, inv, reference, &t, &st);
    gw_fold(st.w, out->weight);
    gw_fold(st.dev, out->deviation);
    gw_fold(st.term, out->term);
    out->minimum = _mm512_reduce_min_pd(st.lo);
    out->maximum = _mm512_reduce_max_pd(st.hi);
    uint64_t b[8] __attribute__((aligned(64)));
    _mm512_store_si512((void *)b, st.bits);
    uint64_t all = 0;
    for (int j = 0; j < 8; j++) all |= b[j];
    // Unweighted: every weight is +1.0.
    out->weight_bits = weighted ? all : 0x3ff0000000000000ULL;
}

void gw_ratio_sums_avx512(gw_ratio_term term, const double *y, const double *w, long n,
                          double inv_ref, gw_ratio_part *out) {
    // One specialised loop per term and weighting, so the branches on them fold away.
#define GW_PASS(T) (w ? gw_ratio_pass(T, 1, y, w, n, inv_ref, out) : gw_ratio_pass(T, 0, y, 0, n, inv_ref, out))
    switch (term) {
    case GW_TERM_R_LOG_R: GW_PASS(GW_TERM_R_LOG_R); break;
    case GW_TERM_LOG_R: GW_PASS(GW_TERM_LOG_R); break;
    case GW_TERM_SQRT_R_M1: GW_PASS(GW_TERM_SQRT_R_M1); break;
    case GW_TERM_INV_R_M1: GW_PASS(GW_TERM_INV_R_M1); break;
    }
#undef GW_PASS
}

void gw_log_avx512(const double *x, double *out, long n) {
    const gw_log_tables t = gw_load_tables();
    long i = 0;
    for (; i + 8 <= n; i += 8) _mm512_storeu_pd(out + i, gw_vlog_t(_mm512_loadu_pd(x + i), &t));
    if (i < n) {
        const __mmask8 k = (__mmask8)((1u << (n - i)) - 1);
        const __m512d v = _mm512_mask_loadu_pd(_mm512_set1_pd(1.0), k, x + i);
        _mm512_mask_storeu_pd(out + i, k, gw_vlog_t(v, &t));
    }
}

#ifdef __clang__
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

#else
/* Not x86-64: gw_avx512_available() is 0, so these are never called. */
void gw_ratio_sums_avx512(gw_ratio_term term, const double *y, const double *w, long n,
                          double inv_ref, gw_ratio_part *out) {
    (void)term; (void)y; (void)w; (void)n; (void)inv_ref; (void)out;
    __builtin_trap();
}

void gw_log_avx512(const double *x, double *out, long n) {
    (void)x; (void)out; (void)n;
    __builtin_trap();
}
#endif
