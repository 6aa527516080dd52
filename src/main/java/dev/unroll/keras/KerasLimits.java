package dev.unroll.keras;

import dev.unroll.io.ImportLimits;
import dev.unroll.rnn.Dimensions;

/**
 * How large a Keras model file and its parts may be, checked before anything is allocated. A SimpleRNN
 * or Dense layer is at most {@value Dimensions#MAX_WIDTH} wide, as every layer Unroll computes; an
 * Embedding may have a larger vocabulary, up to {@value #MAX_VOCABULARY} words, but no array may hold
 * more than {@link ImportLimits#MAX_VALUES} values.
 */
final class KerasLimits {

    /** The largest file read: the largest weights a model may have, as float64, with room for HDF5's own records. */
    static final long MAX_FILE_BYTES = ImportLimits.MAX_ARCHIVE_BYTES;
    /** The largest {@code config.json} or {@code model_config}: Keras writes a few kilobytes for a small model. */
    static final int MAX_CONFIG_BYTES = 16 * 1024 * 1024;
    /** The largest small entry of a {@code .keras} archive that is read, such as {@code metadata.json}. */
    static final int MAX_METADATA_BYTES = 1024 * 1024;
    /** The most entries a {@code .keras} archive may have: Keras writes three. */
    static final int MAX_ARCHIVE_ENTRIES = 64;
    /** The most layers a model may list: Unroll draws at most an input, an Embedding, a SimpleRNN and a few Dense. */
    static final int MAX_LAYERS = 1_000;
    /** The deepest nesting of a model's configuration (a layer inside a wrapper inside a model is about 10). */
    static final int MAX_CONFIG_NESTING = 64;
    /** The most words an Embedding may have: IMDB's is 10,000 and large vocabularies 250,000. */
    static final int MAX_VOCABULARY = 1_000_000;
    /** The widest layer: SimpleRNN units, input features, Embedding and Dense widths. */
    static final int MAX_WIDTH = Dimensions.MAX_WIDTH;
    /** The most values one weight array may hold. */
    static final long MAX_VALUES = ImportLimits.MAX_VALUES;

    private KerasLimits() {
    }
}
