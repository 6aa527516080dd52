package dev.unroll.keras;

import dev.unroll.io.NdArray;
import java.util.Objects;
import java.util.Optional;

/**
 * A Keras {@code SimpleRNN(units)} on M input features, in Keras's row-vector orientation:
 * {@code h_t = activation(x_t · kernel + h_{t-1} · recurrent_kernel + bias)}.
 *
 * @param name            the layer's name in the file
 * @param units           N
 * @param activation      the activation's Keras name, such as {@code tanh}
 * @param useBias         whether the layer has a bias
 * @param returnSequences whether it outputs every h_t or only the last
 * @param kernel          (M, N), the transpose of the seed's W
 * @param recurrentKernel (N, N), the transpose of the seed's U
 * @param bias            (N,), or empty without a bias
 */
public record SimpleRnnLayer(String name, int units, String activation, boolean useBias, boolean returnSequences,
        NdArray kernel, NdArray recurrentKernel, Optional<NdArray> bias) {

    public SimpleRnnLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(bias, "bias");
        if (kernel.ndim() != 2 || kernel.cols() != units || recurrentKernel.ndim() != 2
                || recurrentKernel.rows() != units || recurrentKernel.cols() != units) {
            throw new IllegalArgumentException("kernel " + kernel.shape() + " and recurrent_kernel "
                    + recurrentKernel.shape() + " do not fit " + units + " units");
        }
        if (bias.isPresent() != useBias || bias.map(b -> b.ndim() != 1 || b.rows() != units).orElse(false)) {
            throw new IllegalArgumentException("the bias does not fit use_bias=" + useBias + " and " + units + " units");
        }
    }

    /** M, the input features: the kernel's rows. */
    public int inputFeatures() {
        return kernel.rows();
    }
}
