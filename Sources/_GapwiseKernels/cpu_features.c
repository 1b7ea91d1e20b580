// cpu_features.c: whether this x86-64 CPU and its operating system run the AVX-512 kernels (cpuid, xgetbv).
#include "GapwiseKernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>

static int detect(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    if (!(ecx & (1u << 27))) return 0;  // OSXSAVE: xgetbv is usable
    unsigned xcr0_lo, xcr0_hi;
    __asm__ volatile("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
    // The OS saves XMM, YMM, the opmask registers and both halves of the ZMM state.
    if ((xcr0_lo & 0xE6u) != 0xE6u) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned avx512f = 1u << 16, avx512dq = 1u << 17;
    return (ebx & avx512f) && (ebx & avx512dq);
}

int gw_avx512_available(void) {
    static int cached = -1;  // a benign race: every thread computes the same value
    int v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (v < 0) {
        v = detect();
        __atomic_store_n(&cached, v, __ATOMIC_RELAXED);
    }
    return v;
}
#else
int gw_avx512_available(void) { return 0; }
#endif
