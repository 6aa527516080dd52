package dev.unroll.keras;

import dev.unroll.io.NdArray;
import java.util.Objects;
import java.util.Optional;

/**
 * A Keras {@code Dense(units)} on the layer below it: {@code y = activation(h · kernel + bias)}.
 *
 * @param name       the layer's name in the file
 * @param units      K
 * @param activation the activation's Keras name, such as {@code sigmoid}
 * @param useBias    whether the layer has a bias
 * @param kernel     (inputs, K), the transpose of the seed's V for the first Dense layer
 * @param bias       (K,), or empty without a bias
 */
public record DenseLayer(String name, int units, String activation, boolean useBias, NdArray kernel,
        Optional<NdArray> bias) {

    public DenseLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(bias, "bias");
        if (kernel.ndim() != 2 || kernel.cols() != units) {
            throw new IllegalArgumentException("kernel " + kernel.shape() + " does not fit " + units + " units");
        }
        if (bias.isPresent() != useBias || bias.map(b -> b.ndim() != 1 || b.rows() != units).orElse(false)) {
            throw new IllegalArgumentException("the bias does not fit use_bias=" + useBias + " and " + units + " units");
        }
    }

    /** The width of the layer below: the kernel's rows. */
    public int inputs() {
        return kernel.rows();
    }
}
