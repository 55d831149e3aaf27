#!/usr/bin/python3
"""Writes a benchmark scene as raw little-endian float32 for dipmix.bench.RealSceneCheck:
y.f32 (bands x pixels, row-major), e.f32 (bands x r), a.f32 (r x pixels) and shape.txt "p n r".
Usage: export_scene.py <scene dir with scene.tif, truth_A.tif, truth_E.csv> <out dir>"""
import os
import sys

import numpy as np
from osgeo import gdal


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    y = gdal.Open(os.path.join(src, "scene.tif")).ReadAsArray().astype(np.float32)  # bands x rows x cols
    a = gdal.Open(os.path.join(src, "truth_A.tif")).ReadAsArray().astype(np.float32)
    e = np.loadtxt(os.path.join(src, "truth_E.csv"), delimiter=",", skiprows=1)[:, 1:].astype(np.float32)
    p, n, r = y.shape[0], y.shape[1] * y.shape[2], e.shape[1]
    y.reshape(p, n).tofile(os.path.join(out, "y.f32"))
    a.reshape(r, n).tofile(os.path.join(out, "a.f32"))
    e.tofile(os.path.join(out, "e.f32"))
    with open(os.path.join(out, "shape.txt"), "w") as f:
        f.write(f"{p} {n} {r}\n")
    print(src, "p", p, "n", n, "r", r, "y range", float(y.min()), float(y.max()))


if __name__ == "__main__":
    main()
