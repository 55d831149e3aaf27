package dipmix.bench;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.dip.Undip;
import dipmix.unmix.dip.UndipOptions;
import dipmix.unmix.dip.UndipPreset;
import dipmix.unmix.dip.UndipResult;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Accuracy and time of an UnDIP preset on Jasper Ridge with the reference endmembers (oracle E), from the raw
 * files bench/undip/jasper_raw.py writes. Prints one JSON line: aRMSE (mean over pixels of the RMS over
 * endmembers), RMSE x100, seconds per iteration. Usage: UndipAccuracyBench DIR preset iterations
 */
public final class UndipAccuracyBench {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        UndipPreset preset = UndipPreset.parse(args[1]);
        int iterations = Integer.parseInt(args[2]);
        int n = 100 * 100;
        INDArray y = Nd4j.create(read(dir.resolve("Y.f32")), new long[]{198, n}, 'c');
        INDArray e = Nd4j.create(read(dir.resolve("E.f32")), new long[]{198, 4}, 'c');
        INDArray truth = Nd4j.create(read(dir.resolve("A.f32")), new long[]{4, n}, 'c');
        SceneMatrix scene = new SceneMatrix(y, 100, 100, java.util.stream.IntStream.range(0, n).toArray(),
                java.util.stream.IntStream.range(0, 198).toArray(), null);
        UndipResult res = Undip.run(scene, e, UndipOptions.defaults().withPreset(preset).withIterations(iterations),
                Monitor.NONE);
        INDArray diff = res.abundances().sub(truth);
        INDArray sq = diff.mul(diff);
        double armse = org.nd4j.linalg.ops.transforms.Transforms.sqrt(sq.mean(0)).meanNumber().doubleValue();
        double rmse100 = 100 * Math.sqrt(sq.meanNumber().doubleValue());
        System.out.printf("{\"preset\":\"%s\",\"iterations\":%d,\"aRMSE\":%.4f,\"RMSEx100\":%.2f,\"s_per_iter\":%.4f,"
                        + "\"final_loss\":%.6g}%n", args[1], res.iterations(), armse, rmse100,
                res.secondsPerIteration(), res.finalLoss());
    }

    private static float[] read(Path p) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.remaining() / 4];
        b.asFloatBuffer().get(v);
        return v;
    }
}
