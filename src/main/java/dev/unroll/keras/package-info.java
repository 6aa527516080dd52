/**
 * Trained Keras models read as they are: a Keras 3 {@code .keras} archive or a Keras 2 / tf.keras
 * {@code .h5} file, turned into an immutable description of the one architecture Unroll draws — an
 * optional Embedding, one SimpleRNN, then Dense layers — or refused with one message that names the
 * file and the layer. Pure Java: no JavaFX, and HDF5 is read by jHDF, without a native library.
 */
package dev.unroll.keras;
