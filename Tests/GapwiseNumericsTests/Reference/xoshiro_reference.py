#!/usr/bin/env python3
"""Independent Python transcription of Vigna's reference C code (https://prng.di.unimi.it/):
splitmix64.c and xoshiro256starstar.c (next, jump, long_jump). Prints the values pasted into
RandomTests.swift. Run: python3 xoshiro_reference.py
"""
M = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9e3779b97f4a7c15) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
        z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


class Xoshiro256ss:
    def __init__(self, seed):
        g = splitmix64(seed)
        self.s = [next(g) for _ in range(4)]

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def _jump(self, poly):
        acc = [0, 0, 0, 0]
        for w in poly:
            for b in range(64):
                if w & (1 << b):
                    acc = [a ^ x for a, x in zip(acc, self.s)]
                self.next()
        self.s = acc

    def jump(self):
        self._jump([0x180ec6d33cfd0aba, 0xd5a61266f0c9392c, 0xa9582618e03fc9aa, 0x39abdc4529b1661c])

    def long_jump(self):
        self._jump([0x76e15d3efefdcbbf, 0xc5004e441c522fb3, 0x77710069854ee241, 0x39109bb02acbe635])


if __name__ == '__main__':
    # Published check of this transcription: rand_xoshiro's test (values from the reference C code)
    # starts from the raw state (1, 2, 3, 4).
    x = Xoshiro256ss(0); x.s = [1, 2, 3, 4]
    got = [x.next() for _ in range(10)]
    assert got == [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
                   16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576], got
    # Published check of splitmix64 (Rosetta Code task "Pseudo-random numbers/Splitmix64", seed 1234567).
    g = splitmix64(1234567)
    assert [next(g) for _ in range(5)] == [6457827717110365317, 3203168211198807973, 9817491932198370423,
                                           4593380528125082431, 16408922859458223821]
    g = splitmix64(1234567)
    print('splitmix64(1234567):', [next(g) for _ in range(5)])
    g = splitmix64(0)
    print('splitmix64(0):', [next(g) for _ in range(3)])
    for seed in (0, 42):
        x = Xoshiro256ss(seed)
        print('xoshiro seed %d state:' % seed, [hex(v) for v in x.s])
        print('xoshiro seed %d first 6:' % seed, [x.next() for _ in range(6)])
    x = Xoshiro256ss(42); x.jump()
    print('seed 42 after jump, first 4:', [x.next() for _ in range(4)])
    x = Xoshiro256ss(42); x.jump(); x.jump()
    print('seed 42 after 2 jumps, first 4:', [x.next() for _ in range(4)])
    x = Xoshiro256ss(42); x.long_jump()
    print('seed 42 after long jump, first 4:', [x.next() for _ in range(4)])
    x = Xoshiro256ss(42)
    print('seed 42 first 3 uniforms [0,1):', [repr((x.next() >> 11) * 2.0 ** -53) for _ in range(3)])
