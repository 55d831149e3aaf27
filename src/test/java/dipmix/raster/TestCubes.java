package dipmix.raster;

import dipmix.cube.GeoReference;
import dipmix.cube.HyperCube;
import dipmix.cube.SpectralInfo;
import java.util.BitSet;

/** Small deterministic cubes for raster tests. */
final class TestCubes {
    static final GeoReference UTM = new GeoReference(new double[]{500000, 30, 0, 4200000, 0, -30}, null, 32633);

    private TestCubes() {
    }

    /** Sample value of band b at (x, y): distinct everywhere, non-trivial fractions. */
    static float value(int b, int x, int y) {
        return 0.01f * b + 0.37f * x / 7f + 1.3f * y / 11f + 0.001f * ((x * 31 + y * 17 + b * 7) % 13);
    }

    static HyperCube cube(int w, int h, int p, BitSet valid) {
        float[] data = new float[p * w * h];
        for (int b = 0; b < p; b++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) data[b * w * h + y * w + x] = value(b, x, y);
            }
        }
        double[] wl = new double[p];
        double[] fwhm = new double[p];
        for (int b = 0; b < p; b++) {
            wl[b] = 400 + 12.5 * b;
            fwhm[b] = 10.25;
        }
        SpectralInfo s = new SpectralInfo(wl, fwhm, new boolean[p]);
        if (valid == null) return HyperCube.of(w, h, p, data, s, UTM);
        return new HyperCube(w, h, p, data, valid, s, UTM);
    }
}
