package dipmix.bench;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.dip.Undip;
import dipmix.unmix.dip.UndipOptions;
import dipmix.unmix.dip.UndipPreset;
import dipmix.unmix.dip.UndipResult;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Speed and memory of UnDIP on random data of a given size (default Jasper: 100 x 100, 198 bands, r = 4).
 * Prints one JSON line: median and mean seconds per iteration after the warm-up, GFLOP/s at 49 GFLOP per
 * iteration (paper network, Jasper size), process CPU seconds per iteration (a fairer measure on a loaded
 * machine), [iteration, RSS MB, Java heap used MB] every {@code rssEvery} iterations and the peak (VmHWM).
 * Usage: UndipBench [iterations] [warmup] [preset] [width] [height] [bands] [r] [rssEvery]
 */
public final class UndipBench {
    public static void main(String[] args) throws Exception {
        int iterations = arg(args, 0, 30);
        int warmup = arg(args, 1, 3);
        UndipPreset preset = args.length > 2 ? UndipPreset.parse(args[2]) : UndipPreset.PAPER;
        int w = arg(args, 3, 100);
        int h = arg(args, 4, 100);
        int p = arg(args, 5, 198);
        int r = arg(args, 6, 4);
        int rssEvery = arg(args, 7, 50);
        SplittableRandom random = new SplittableRandom(1);
        float[] e = new float[p * r];
        for (int i = 0; i < e.length; i++) e[i] = (float) random.nextDouble();
        float[] a = new float[r * w * h];
        for (int j = 0; j < w * h; j++) {
            double s = 0;
            double[] v = new double[r];
            for (int k = 0; k < r; k++) s += v[k] = random.nextDouble();
            for (int k = 0; k < r; k++) a[k * w * h + j] = (float) (v[k] / s);
        }
        var em = Nd4j.create(e, new long[]{p, r}, 'c');
        var y = em.mmul(Nd4j.create(a, new long[]{r, (long) w * h}, 'c'));
        int[] pix = java.util.stream.IntStream.range(0, w * h).toArray();
        SceneMatrix scene = new SceneMatrix(y, w, h, pix, java.util.stream.IntStream.range(0, p).toArray(), null);

        long[] stamps = new long[iterations + 1];
        long[] cpu = new long[iterations + 1];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        StringBuilder rss = new StringBuilder();
        Monitor monitor = new Monitor() {
            @Override
            public void iteration(int i, int total, double loss) {
                stamps[i] = System.nanoTime();
                cpu[i] = os.getProcessCpuTime();
                if (i % rssEvery == 0) rss.append(rss.length() == 0 ? "" : ",").append("[").append(i).append(",")
                        .append(status("VmRSS")).append(",")
                        .append((Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20).append("]");
            }
        };
        UndipOptions o = UndipOptions.defaults().withPreset(preset).withIterations(iterations).withSeed(1);
        stamps[0] = System.nanoTime();
        cpu[0] = os.getProcessCpuTime();
        UndipResult res = Undip.run(scene, em, o, monitor);
        double[] dt = new double[iterations - warmup];
        for (int i = warmup; i < iterations; i++) dt[i - warmup] = (stamps[i + 1] - stamps[i]) / 1e9;
        double mean = Arrays.stream(dt).average().orElse(Double.NaN);
        double[] sorted = dt.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double cpuPerIter = (cpu[iterations] - cpu[warmup]) / 1e9 / (iterations - warmup);
        System.out.printf("{\"impl\":\"nd4j\",\"preset\":\"%s\",\"iterations\":%d,\"median_s\":%.4f,\"mean_s\":%.4f,\"cpu_s\":%.4f,"
                        + "\"gflops_at_49\":%.1f,\"final_loss\":%.6g,\"peak_rss_mb\":%d,\"rss_mb\":[%s]}%n",
                preset.name().toLowerCase(), res.iterations(), median, mean, cpuPerIter, 49.0 / median, res.finalLoss(),
                status("VmHWM"), rss);
    }

    private static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i]) : dflt;
    }

    /** A /proc/self/status field in MB. */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (java.io.IOException ex) {
            return -1;
        }
        return -1;
    }
}
