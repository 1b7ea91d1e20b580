#!/usr/bin/env python3
"""png_stats.py: decodes an 8-bit RGB/RGBA PNG with zlib only and prints JSON facts for the browser test:
width, height, the share of non-white pixels, the number of distinct colours (capped), and the
standard deviation of luminance. Usage: python3 png_stats.py FILE.png
"""
import json, struct, sys, zlib

def decode(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR": ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT": idat += body
        elif kind == b"IEND": break
    w, h, depth, ctype, _, _, interlace = ihdr
    assert depth == 8 and ctype in (2, 6) and interlace == 0, f"unsupported PNG: depth {depth} type {ctype}"
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    i = 0
    for _ in range(h):
        f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return w, h, bpp, rows

w, h, bpp, rows = decode(sys.argv[1])
nonwhite, colours, n, s, s2 = 0, set(), 0, 0.0, 0.0
for row in rows:
    for x in range(0, len(row), bpp * 2):  # every second pixel is plenty
        r, g, b = row[x], row[x + 1], row[x + 2]
        if r < 245 or g < 245 or b < 245: nonwhite += 1
        if len(colours) < 5000: colours.add((r, g, b))
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        n += 1; s += y; s2 += y * y
mean = s / n
print(json.dumps({"width": w, "height": h, "nonwhite": nonwhite / n, "colours": len(colours),
                  "luminance_sd": max(0.0, s2 / n - mean * mean) ** 0.5}))
