package dipmix.unmix.scale;

import dipmix.unmix.UnmixInput;
import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Detects the known trap of reflectance stored as 0..10000 (or percent) next to a 0..1 spectral library
 * or a method that assumes 0..1 (SiVM's clipping, the networks' sigmoid endmembers). The unit is read
 * from the 99th percentile of a fixed, evenly spaced sample of pixels, so the decision is deterministic
 * and cheap on large scenes. The result says what it saw; the caller applies it or overrides it.
 */
public final class ScaleDetector {
    private static final int SAMPLE_VALUES = 200_000;
    private static final double QUANTILE = 0.99;

    private ScaleDetector() { }

    /** The factor that brings the scene to reflectance 0..1 (1 when it already is or is not reflectance). */
    public static ScaleDecision forScene(INDArray y) {
        UnmixInput.requireScene(y);
        double level = brightLevel(y);
        ReflectanceUnit unit = ReflectanceUnit.of(level);
        String seen = String.format(Locale.ROOT, "scene 99th percentile %.4g looks like %s", level, unit.description);
        if (level <= 0) return new ScaleDecision(1, "scene has no positive value; left unscaled");
        if (unit == ReflectanceUnit.UNKNOWN) return new ScaleDecision(1, seen + "; left unscaled");
        if (unit == ReflectanceUnit.FRACTION) return new ScaleDecision(1, seen + "; left unscaled");
        return new ScaleDecision(1 / unit.fullScale, seen + "; multiplied by " + fmt(1 / unit.fullScale));
    }

    /** The factor that brings the scene to the library's scale (library p x r, same bands). */
    public static ScaleDecision forSceneAndLibrary(INDArray y, INDArray library) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmembers(y, library);
        double sceneLevel = brightLevel(y);
        double libLevel = quantile(library.castTo(DataType.FLOAT).dup('c').data().asFloat());
        ReflectanceUnit scene = ReflectanceUnit.of(sceneLevel);
        ReflectanceUnit lib = ReflectanceUnit.of(libLevel);
        String seen = String.format(Locale.ROOT, "scene 99th percentile %.4g looks like %s, library's %.4g like %s",
                sceneLevel, scene.description, libLevel, lib.description);
        if (scene == lib || scene == ReflectanceUnit.UNKNOWN || lib == ReflectanceUnit.UNKNOWN || sceneLevel <= 0) {
            return new ScaleDecision(1, seen + "; left unscaled");
        }
        double factor = lib.fullScale / scene.fullScale;
        return new ScaleDecision(factor, seen + "; scene multiplied by " + fmt(factor) + " to match the library");
    }

    /** 99th percentile over an evenly spaced sample of whole pixels. */
    private static double brightLevel(INDArray y) {
        long n = y.columns();
        int take = (int) Math.min(n, Math.max(1, SAMPLE_VALUES / y.rows()));
        int[] cols = new int[take];
        for (int i = 0; i < take; i++) cols[i] = (int) (i * n / take);
        return quantile(y.getColumns(cols).castTo(DataType.FLOAT).dup('c').data().asFloat());
    }

    private static double quantile(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.floor(QUANTILE * (s.length - 1)))];
    }

    private static String fmt(double f) {
        return java.math.BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
    }
}
