#!/usr/bin/python3
"""Per-pixel FCLSU reference with scipy.optimize.nnls and the sum-to-one row trick (an approximation of
FCLSU: row delta*1^T appended to E and delta to y). Same scene model as dipmix.bench.FclsuSpeed (random-walk
endmembers, Dirichlet(1) abundances, white noise at the given SNR). Timed on a sample of pixels and
extrapolated. Usage: scipy_nnls_reference.py width height bands r [snr_db] [seed] [sample]"""
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import nnls


def main():
    w, h, p, r = (int(v) for v in sys.argv[1:5])
    snr = float(sys.argv[5]) if len(sys.argv) > 5 else 30.0
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    sample = int(sys.argv[7]) if len(sys.argv) > 7 else 20000
    rng = np.random.default_rng(seed)
    e = np.empty((p, r))
    for k in range(r):
        steps = 0.08 * (rng.random(p) - 0.5)
        v = 0.2 + 0.6 * rng.random()
        for i in range(p):
            v = min(0.95, max(0.05, v + steps[i]))
            e[i, k] = v
    m = min(sample, w * h)  # only the timed pixels need to exist
    a = rng.exponential(size=(r, m))
    a /= a.sum(axis=0)
    y = e @ a
    sigma = np.sqrt(np.mean(y ** 2) / 10 ** (snr / 10))
    y += sigma * rng.standard_normal(y.shape)
    delta = 1e3  # large weight: close to exact sum-to-one
    e_aug = np.vstack([e, delta * np.ones((1, r))])
    y_aug = np.vstack([y, delta * np.ones((1, m))])
    t0 = time.perf_counter()
    c0 = time.process_time()
    for j in range(m):
        nnls(e_aug, y_aug[:, j])
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(json.dumps({"impl": "scipy-nnls-per-pixel", "width": w, "height": h, "bands": p, "r": r, "snr_db": snr,
                      "pixels_timed": m, "seconds_timed": round(seconds, 3),
                      "pixels_per_s": round(m / seconds, 1),
                      "cpu_seconds_timed": round(cpu, 3), "pixels_per_cpu_s": round(m / cpu, 1),
                      "extrapolated_seconds": round(w * h * seconds / m, 1),
                      "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "numpy": np.__version__, "scipy": __import__("scipy").__version__}))


if __name__ == "__main__":
    main()
