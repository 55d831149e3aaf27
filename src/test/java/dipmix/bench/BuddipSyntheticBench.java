package dipmix.bench;

import dipmix.unmix.Monitor;
import dipmix.unmix.dip.buddip.DipInput;
import dipmix.unmix.dip.buddip.Buddip;
import dipmix.unmix.dip.buddip.BuddipOptions;
import dipmix.unmix.dip.buddip.BuddipResult;
import dipmix.unmix.dip.buddip.NoPureScene;
import dipmix.unmix.metrics.MetricsReport;

/**
 * Guidance (SiVM + FCLSU) against BUDDIP on a synthetic USGS scene. Prints one JSON line per run.
 * Usage: BuddipSyntheticBench size bands snrDb maxPurity seed iterations lr a1 a2 a3 input
 */
public final class BuddipSyntheticBench {
    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        int bands = Integer.parseInt(args[1]);
        double snr = Double.parseDouble(args[2]);
        double purity = Double.parseDouble(args[3]);
        long seed = Long.parseLong(args[4]);
        NoPureScene s = new NoPureScene(size, bands, snr, purity, seed);
        BuddipOptions o = BuddipOptions.defaults().withIterations(Integer.parseInt(args[5]))
                .withLearningRate(Double.parseDouble(args[6]))
                .withAlphas(Double.parseDouble(args[7]), Double.parseDouble(args[8]), Double.parseDouble(args[9]))
                .withAdipInput(DipInput.parse(args[10]))
                .withEdipInput(args.length > 11 ? DipInput.parse(args[11]) : DipInput.GUIDANCE);
        BuddipResult res = Buddip.run(s.scene, s.guideE, s.guideA, o, Monitor.NONE);
        MetricsReport g = MetricsReport.compute(s.truth.noisy(), s.guideE, s.guideA, s.truth.endmembers().matrix(),
                s.truth.abundances(), s.truth.clean());
        MetricsReport b = MetricsReport.compute(s.truth.noisy(), res.endmembers(), res.abundances(),
                s.truth.endmembers().matrix(), s.truth.abundances(), s.truth.clean());
        System.out.printf("{\"size\":%d,\"snr\":%s,\"purity\":%s,\"iters\":%d,\"lr\":%s,\"alphas\":\"%s,%s,%s\",\"input\":\"%s\",\"edip_input\":\"%s\","
                        + "\"guide_aSAD\":%.3f,\"guide_aRMSE\":%.4f,\"buddip_aSAD\":%.3f,\"buddip_aRMSE\":%.4f,"
                        + "\"s_per_iter\":%.4f,\"final_loss\":%.4g}%n", size, args[2], args[3], res.iterations(), args[6],
                args[7], args[8], args[9], args[10], o.edipInput(), g.aSadDegrees(), g.aRmse(), b.aSadDegrees(), b.aRmse(),
                res.secondsPerIteration(), res.finalLoss());
    }
}
