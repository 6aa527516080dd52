package dev.unroll.io;

import java.util.Objects;

/**
 * The trained Keras model a lesson was made from: the model file's name and its summary exactly as
 * the Keras that wrote it prints {@code model.summary()}. Kept with the lesson and in its file, since
 * the summary (layer names, output shapes) is what the model file says and the numbers alone cannot
 * say it again once the lesson is saved and the model file is gone.
 *
 * @param file    the model file's name, such as {@code imdb.keras}
 * @param summary the summary's lines, as Keras prints them
 */
public record ModelOrigin(String file, String summary) {

    public ModelOrigin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(summary, "summary");
    }
}
