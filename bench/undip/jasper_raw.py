#!/usr/bin/python3
"""Writes Jasper Ridge as raw little-endian float32 files for UndipAccuracyBench (no GDAL needed):
Y.f32 (198 x 10000, Y / 5000 as BUDDIP does), E.f32 (198 x 4, end4 M), A.f32 (4 x 10000, end4 A), pixels in
row-major grid order (the .mat files are MATLAB column-major). Usage: jasper_raw.py OUTDIR"""
import os
import sys

import numpy as np
import scipy.io as sio

data = '/work/shared/data/jasper_ridge'
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
m = sio.loadmat(os.path.join(data, 'jasperRidge2_R198.mat'))
t = sio.loadmat(os.path.join(data, 'end4.mat'))
n = 100


def grid_order(x):
    # column j of x is pixel (row j % 100, col j // 100); reorder to row-major
    return x.reshape(x.shape[0], n, n).transpose(0, 2, 1).reshape(x.shape[0], n * n)


y = grid_order(m['Y'].astype(np.float64) / 5000.0)
a = grid_order(t['A'].astype(np.float64))
y.astype('<f4').tofile(os.path.join(out, 'Y.f32'))
t['M'].astype('<f4').tofile(os.path.join(out, 'E.f32'))
a.astype('<f4').tofile(os.path.join(out, 'A.f32'))
print(y.shape, t['M'].shape, a.shape)
