#!/usr/bin/python3
"""Picks a few dozen mutually distinct spectra from the USGS 1995 library (public domain, US government)
and writes them as dipmix's endmember CSV: wavelength_nm, then one column per material.

Bands where AVIRIS's spectrometers overlap are dropped so wavelengths strictly increase.
Selection is deterministic: greedy farthest-point in spectral angle (start with the brightest spectrum,
then repeatedly add the spectrum whose smallest angle to those already chosen is largest), so every pair
of chosen spectra differs by more than the smallest angle printed at the end.

Run from the repository root:
    /usr/bin/python3 test-data/tools/make_usgs_subset.py ../shared/data/usgs/USGS_1995_Library.mat \
        test-data/spectra/usgs_subset.csv
"""
import csv
import sys

import numpy as np
import scipy.io

COUNT = 36
MIN_ANGLE_DEG = 5.0


def load(path):
    m = scipy.io.loadmat(path)
    names = [bytes(r).decode("latin-1").strip() for r in m["names"].astype("uint8")]
    lib = np.asarray(m["datalib"], dtype=np.float64)
    # columns 0..2 hold wavelength (um), resolution and channel number; spectra start at column 3
    wavelength_nm = lib[:, 0] * 1000.0
    spectra = lib[:, 3:]
    names = names[3:]
    # AVIRIS's spectrometers overlap: drop the bands that do not extend past the previous one, so wavelengths
    # strictly increase (resampling needs that)
    keep = wavelength_nm > np.maximum.accumulate(np.concatenate(([-np.inf], wavelength_nm[:-1])))
    wavelength_nm = wavelength_nm[keep]
    spectra = spectra[keep]
    usable = np.all((spectra >= 0.0) & (spectra <= 1.0), axis=0)  # drops the column with missing-data flags
    return wavelength_nm, spectra[:, usable], [n for n, u in zip(names, usable) if u]


def farthest_point(spectra, count):
    unit = spectra / np.linalg.norm(spectra, axis=0)
    cos = np.clip(unit.T @ unit, -1.0, 1.0)
    angles = np.degrees(np.arccos(cos))
    chosen = [int(np.argmax(spectra.mean(axis=0)))]
    nearest = angles[chosen[0]].copy()
    while len(chosen) < count:
        nxt = int(np.argmax(nearest))
        chosen.append(nxt)
        nearest = np.minimum(nearest, angles[nxt])
    sub = angles[np.ix_(chosen, chosen)] + np.eye(count) * 180.0
    return chosen, float(sub.min())


def main(src, dst):
    wl, spectra, names = load(src)
    chosen, min_angle = farthest_point(spectra, COUNT)
    if min_angle <= MIN_ANGLE_DEG:
        sys.exit(f"chosen spectra are too alike: smallest pairwise angle {min_angle:.2f} deg")
    with open(dst, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["wavelength_nm"] + [names[i] for i in chosen])
        for b in range(len(wl)):
            w.writerow([f"{wl[b]:.2f}"] + [f"{spectra[b, i]:.6f}" for i in chosen])
    print(f"{len(chosen)} spectra x {len(wl)} bands, smallest pairwise angle {min_angle:.2f} deg -> {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_usgs_subset.py USGS_1995_Library.mat OUT.csv")
    main(sys.argv[1], sys.argv[2])
