package dev.unroll.keras;

import dev.unroll.io.NdArray;
import java.util.Objects;

/**
 * A Keras {@code Embedding(input_dim, output_dim)}: token id i becomes row i of the matrix.
 *
 * @param name       the layer's name in the file
 * @param inputDim   the vocabulary size V
 * @param outputDim  the embedding dimension D
 * @param embeddings the matrix (V, D), Keras's {@code embeddings}
 */
public record EmbeddingLayer(String name, int inputDim, int outputDim, NdArray embeddings) {

    public EmbeddingLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(embeddings, "embeddings");
        if (embeddings.ndim() != 2 || embeddings.rows() != inputDim || embeddings.cols() != outputDim) {
            throw new IllegalArgumentException("embeddings " + embeddings.shape() + " is not (" + inputDim + ", " + outputDim + ")");
        }
    }
}
