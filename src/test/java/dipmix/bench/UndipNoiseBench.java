package dipmix.bench;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.dip.SyntheticScene;
import dipmix.unmix.dip.Undip;
import dipmix.unmix.dip.UndipOptions;
import dipmix.unmix.dip.UndipResult;
import dipmix.unmix.dip.nn.UnetConfig;
import dipmix.unmix.dip.nn.Upsampling;
import dipmix.unmix.synthetic.WhiteNoise;

/**
 * UnDIP against FCLSU with the true endmembers on a smooth synthetic scene (the tests' SyntheticScene) at
 * several SNRs: isolates the denoising effect of the deep image prior from endmember errors. Prints one JSON
 * line per run. Usage: UndipNoiseBench [size=24] [bands=16] [snrs=10,20] [channels=16,64] [lrs=1e-2,1e-3]
 * [iterations=100,200]
 */
public final class UndipNoiseBench {
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int bands = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        double[] snrs = list(args, 2, "10,20");
        double[] channels = list(args, 3, "16,64");
        double[] lrs = list(args, 4, "1e-2,1e-3");
        double[] iterations = list(args, 5, "100,200");
        SyntheticScene s = new SyntheticScene(size, size, bands, 3, 5, false);
        for (double snr : snrs) {
            SceneMatrix noisy = new SceneMatrix(WhiteNoise.add(s.scene.y(), snr, 11), size, size,
                    s.scene.pixelIndex(), s.scene.bandIndex(), null);
            double fclsu = s.rmse(new Fclsu().estimate(noisy.y(), s.e));
            for (double ch : channels) for (double lr : lrs) for (double it : iterations) {
                UnetConfig c = new UnetConfig(new int[]{(int) ch}, new int[]{(int) ch}, new int[]{4}, new int[]{1},
                        Upsampling.BILINEAR, 0.1);
                UndipResult res = Undip.run(noisy, s.e, UndipOptions.defaults().withConfig(c).withIterations((int) it)
                        .withSeed(3).withLearningRate(lr).withAveragingWeight(0.9), Monitor.NONE);
                System.out.printf("{\"size\":%d,\"bands\":%d,\"snr\":%s,\"channels\":%d,\"lr\":%s,\"iterations\":%d,"
                                + "\"fclsu_rmse\":%.4f,\"undip_rmse\":%.4f,\"s_per_iter\":%.3f}%n", size, bands, snr,
                        (int) ch, lr, (int) it, fclsu, s.rmse(res.abundances()), res.secondsPerIteration());
            }
        }
    }

    private static double[] list(String[] args, int i, String dflt) {
        String v = args.length > i ? args[i] : dflt;
        return java.util.Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
