package dipmix.unmix.dip.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hand-written backward pass against central finite differences, float64, odd 7 x 9 images. */
class LayerGradientTest {
    private final GradCheck check = new GradCheck();
    private final INDArray x = GradCheck.random(3, 3, 7, 9);

    private static Params allocated(Params p) {
        p.allocate(DataType.DOUBLE);
        return p;
    }

    @Test
    void reflectionPad() {
        check.check(new ReflectionPad(), null, x, 200);
    }

    @Test
    void conv3x3StrideOneAndTwo() {
        for (int stride : new int[]{1, 2}) {
            Params p = new Params();
            Conv2d conv = new Conv2d(p, new Init(1), 3, 5, 3, stride);
            check.check(conv, allocated(p), x, 60);
        }
    }

    @Test
    void conv1x1() {
        Params p = new Params();
        Conv1x1 conv = new Conv1x1(p, new Init(2), 3, 4);
        check.check(conv, allocated(p), x, 60);
    }

    @Test
    void batchNormAloneAndFusedWithLeakyRelu() {
        for (double slope : new double[]{1.0, 0.1}) {
            Params p = new Params();
            BatchNormActivation bn = new BatchNormActivation(p, 3, slope);
            allocated(p);
            // gains and offsets away from 1 and 0 so their gradients are exercised in general position
            bn.gamma().value().assign(GradCheck.random(5, 3)).addi(1.5);
            bn.beta().value().assign(GradCheck.random(6, 3));
            check.check(bn, p, x, 100);
        }
    }

    @Test
    void batchNormWithPaddedOutputIsPadAfterBatchNorm() {
        for (double slope : new double[]{1.0, 0.1}) {
            Params p = new Params();
            BatchNormActivation fused = new BatchNormActivation(p, 3, slope, true);
            allocated(p);
            fused.gamma().value().assign(GradCheck.random(5, 3)).addi(1.5);
            fused.beta().value().assign(GradCheck.random(6, 3));
            check.check(fused, p, x, 100);
            // the same numbers as the two layers it replaces, forward and backward
            Params q = new Params();
            BatchNormActivation plain = new BatchNormActivation(q, 3, slope);
            allocated(q);
            plain.gamma().value().assign(fused.gamma().value());
            plain.beta().value().assign(fused.beta().value());
            Sequential twoLayers = new Sequential(List.of(plain, new ReflectionPad()));
            INDArray y = fused.forward(x).dup();
            assertThat(y.shape()).containsExactly(3, 9, 11);
            assertThat(twoLayers.forward(x).sub(y).amaxNumber().doubleValue())
                    .isLessThan(1e-12);
            INDArray dy = GradCheck.random(7, 3, 9, 11);
            INDArray dx = fused.backward(dy.dup()).dup();
            assertThat(twoLayers.backward(dy.dup()).sub(dx).amaxNumber().doubleValue())
                    .isLessThan(1e-12);
            assertThat(q.grads().sub(p.grads()).amaxNumber().doubleValue())
                    .isLessThan(1e-12);
        }
    }

    @Test
    void convolutionsWithoutBias() {
        Params p = new Params();
        Conv2d conv = new Conv2d(p, new Init(1), 3, 5, 3, 1, false);
        Conv1x1 one = new Conv1x1(p, new Init(2), 5, 4, false);
        check.check(new Sequential(List.of(conv, one)), allocated(p), x, 60);
    }

    @Test
    void leakyRelu() {
        check.check(new LeakyRelu(0.1), null, x, 200);
    }

    @Test
    void bilinearUpsample() {
        check.check(new BilinearUpsample(), null, x, 200);
    }

    @Test
    void transposedUpsample() {
        Params p = new Params();
        TransposedUpsample up = new TransposedUpsample(p, new Init(4), 3);
        check.check(up, allocated(p), x, 80);
    }

    @Test
    void channelSoftmax() {
        check.check(new ChannelSoftmax(), null, x, 200);
    }

    @Test
    void cropConcatOfOddUpsampledBranch() {
        Params p = new Params();
        Layer deep = new Sequential(List.of(new ReflectionPad(), new Conv2d(p, new Init(8), 3, 2, 3, 2),
                new BilinearUpsample()));
        CropConcat cat = new CropConcat(new Conv1x1(p, new Init(9), 3, 2), deep);
        check.check(cat, allocated(p), x, 80);
    }

    @Test
    void cropWithoutSkip() {
        Layer deep = new Sequential(List.of(new ReflectionPad(), new BilinearUpsample()));
        check.check(new CropConcat(null, deep), null, x, 100);
    }
}
