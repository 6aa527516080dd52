package dev.unroll.keras;

import dev.unroll.io.NdArray;

/** Where a layer's weights are found in a model file: Keras 3 and Keras 2 lay them out differently. */
interface LayerWeights {

    /**
     * Reads one weight, checking its shape and type before its values.
     *
     * @param layer  the layer
     * @param key    the weight as Keras names it: {@code embeddings}, {@code kernel}, {@code recurrent_kernel} or {@code bias}
     * @param index  its place among the layer's weights, in Keras's order
     * @param count  how many weights the layer has
     * @param shape  the shape it must have; -1 for a size only known from the file
     * @param maxAny the largest size a -1 stands for
     */
    NdArray read(LayerConfig layer, String key, int index, int count, int[] shape, int maxAny);
}
