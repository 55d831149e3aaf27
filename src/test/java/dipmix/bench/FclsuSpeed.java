package dipmix.bench;

import dipmix.unmix.abundance.Fclsu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * FCLSU speed on a synthetic scene (not a test: run by bench/classical/run.sh).
 * Usage: FclsuSpeed width height bands r [snrDb] [seed]. Prints one JSON line: pixels per second (median
 * of 5 runs after at least 3 s of JIT warm-up on up to 20000 pixels) of the full estimate (Eᵀy gemms plus the exact per-pixel solves), the share of pixels that needed the
 * active-set loop, and peak resident memory (VmHWM).
 */
public final class FclsuSpeed {
    private FclsuSpeed() { }

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        int p = Integer.parseInt(args[2]);
        int r = Integer.parseInt(args[3]);
        double snr = args.length > 4 ? Double.parseDouble(args[4]) : 30;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 1;
        int n = width * height;
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] e = new float[p * r];
        for (int k = 0; k < r; k++) {
            double v = 0.2 + 0.6 * rnd.nextDouble();
            for (int i = 0; i < p; i++) {
                v = Math.min(0.95, Math.max(0.05, v + 0.08 * (rnd.nextDouble() - 0.5)));
                e[i * r + k] = (float) v;
            }
        }
        float[] a = new float[r * n];
        double[] g = new double[r];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < r; k++) s += g[k] = -Math.log(1 - rnd.nextDouble());
            for (int k = 0; k < r; k++) a[k * n + j] = (float) (g[k] / s);
        }
        INDArray em = Nd4j.create(e, new long[]{p, r}, 'c');
        INDArray y = em.mmul(Nd4j.create(a, new long[]{r, n}, 'c')).dup('c'); // row-major, as SceneMatrix.y()
        double power = y.norm2Number().doubleValue();
        power = power * power / ((double) p * n);
        Nd4j.getRandom().setSeed(seed);
        y.addi(Nd4j.randn(DataType.FLOAT, p, n).muli(Math.sqrt(power / Math.pow(10, snr / 10))));

        Fclsu fclsu = new Fclsu();
        INDArray warm = y.get(NDArrayIndex.all(), NDArrayIndex.interval(0, Math.min(n, 20000))).dup('c');
        // let the JIT compile and vectorise the solver loops: at least 3 runs and 3 s
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        int warmRuns = 0;
        while (warmRuns < 3 || System.nanoTime() < warmUntil) {
            fclsu.estimate(warm, em);
            warmRuns++;
        }
        double[] runs = new double[5];
        INDArray est = null;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            est = fclsu.estimate(y, em);
            runs[i] = (System.nanoTime() - t0) / 1e9;
        }
        // CPU seconds per run, all threads: steadier than wall time on a shared machine
        double cpuPerRun = (os.getProcessCpuTime() - cpu0) / 1e9 / runs.length;
        java.util.Arrays.sort(runs);
        double seconds = runs[runs.length / 2]; // median
        double onFace = est.min(0).eq(0.0).castTo(DataType.DOUBLE).meanNumber().doubleValue();
        System.out.printf(Locale.ROOT, "{\"impl\":\"dipmix-fclsu\",\"width\":%d,\"height\":%d,\"bands\":%d,\"r\":%d,"
                        + "\"snr_db\":%.1f,\"pixels\":%d,\"seconds_median_of_5\":%.3f,\"seconds_best\":%.3f,\"pixels_per_s\":%.1f,\"cpu_seconds_per_run\":%.3f,\"pixels_per_cpu_s\":%.1f,"
                        + "\"share_on_a_face\":%.4f,\"vm_hwm_kb\":%d,\"threads\":%d,\"warmup_runs\":%d}%n",
                width, height, p, r, snr, n, seconds, runs[0], n / seconds, cpuPerRun, n / cpuPerRun, onFace, peakRssKb(),
                Runtime.getRuntime().availableProcessors(), warmRuns);
    }

    private static long peakRssKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }
}
