package dipmix.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.extract.Extraction;
import dipmix.unmix.extract.ExtractorKind;
import dipmix.unmix.hysime.HySime;
import dipmix.unmix.metrics.MetricsReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Accuracy on a real benchmark scene exported by bench/classical/export_scene.py (not a test): each
 * extractor + FCLSU scored against the scene's truth, plus HySime's estimate of r. Prints JSON.
 * Usage: RealSceneCheck <dir with y.f32, e.f32, a.f32, shape.txt> [seed]
 */
public final class RealSceneCheck {
    private RealSceneCheck() { }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 0;
        String[] shape = Files.readString(dir.resolve("shape.txt")).trim().split("\\s+");
        int p = Integer.parseInt(shape[0]);
        int n = Integer.parseInt(shape[1]);
        int r = Integer.parseInt(shape[2]);
        INDArray y = read(dir.resolve("y.f32"), p, n);
        INDArray eTrue = read(dir.resolve("e.f32"), p, r);
        INDArray aTrue = read(dir.resolve("a.f32"), r, n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scene", dir.toString());
        out.put("hysime_r", HySime.estimate(y).r());
        for (ExtractorKind kind : ExtractorKind.values()) {
            long t0 = System.nanoTime();
            Extraction x = kind.create().extract(y, r, seed);
            INDArray a = new Fclsu().estimate(y, x.endmembers());
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>(MetricsReport.compute(y, x.endmembers(), a, eTrue, aTrue, null).toMap());
            m.put("seconds", seconds);
            out.put(kind.id() + "+fclsu", m);
        }
        out.put("oracle_fclsu", MetricsReport.compute(y, eTrue, new Fclsu().estimate(y, eTrue), eTrue, aTrue, null).toMap());
        System.out.println(new ObjectMapper().writeValueAsString(out));
    }

    private static INDArray read(Path file, int rows, int cols) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[rows * cols];
        bytes.asFloatBuffer().get(v);
        return Nd4j.create(v, new long[]{rows, cols}, 'c');
    }
}
