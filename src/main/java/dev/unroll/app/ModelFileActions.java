package dev.unroll.app;

import dev.unroll.io.LessonFile;
import dev.unroll.io.SourcedArray;
import dev.unroll.io.WeightsImporter;
import dev.unroll.keras.KerasLesson;
import dev.unroll.keras.KerasModel;
import dev.unroll.keras.KerasModelReader;
import dev.unroll.rnn.Preset;
import dev.unroll.text.Vocabulary;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * File → Open model…: a trained Keras model (.keras or .h5) as a new lesson with no file, titled after
 * the model and carrying its summary. A model that starts with an Embedding runs on the sentiment
 * preset's review, its words looked up in the built-in English vocabulary (ids the Embedding does not
 * have become 2, unknown, as Keras's {@code num_words} does) until the user types a sentence; a model
 * without one asks next for its inputs (T, M). The files are read and the lesson made off the JavaFX
 * thread; a refused file gets one dialog and leaves the lesson on screen as it was.
 */
final class ModelFileActions {

    /** How many parts the work tells its progress in: the model read, then its lesson made. */
    private static final int PARTS = 2;

    private final FileWork work;
    private final LessonViewModel model;
    private final LessonFileActions files;

    ModelFileActions(FileWork work, LessonViewModel model, LessonFileActions files) {
        this.work = work;
        this.model = model;
        this.files = files;
    }

    /** A model read, with its lesson when it needs no inputs from another file (null when it does). */
    record ModelRead(String title, Path path, KerasModel keras, LessonFile lesson) {
    }

    /** File → Open model…: once unsaved changes are safe, asks for the model file. */
    void open() {
        files.whenSafe(() -> {
            Path path = work.dialogs().choose(work.owner(), false, Words.get("files.openModel"), Words.get("files.modelKind"),
                    "*.keras", "*.h5");
            if (path != null) {
                openFile(path);
            }
        });
    }

    /**
     * Reads the model in {@code path} in the background, with progress; then shows its lesson, or asks
     * for its inputs first. Returns the read, for tests.
     */
    Task<ModelRead> openFile(Path path) {
        LessonDocument askedAbout = model.getDocument();
        // the words are looked up here, on the JavaFX thread, where the language is switched
        String title = Words.get("files.modelTitle", path.getFileName());
        String review = Words.get("files.review");
        return work.runWithProgress("open", path, progress -> {
            progress.framesWritten(0, PARTS);
            KerasModel keras = KerasModelReader.read(path);
            progress.framesWritten(1, PARTS);
            LessonFile lesson = keras.embedding().isPresent() ? onReview(title, path, keras, review) : null;
            progress.framesWritten(PARTS, PARTS);
            return new ModelRead(title, path, keras, lesson);
        }, read -> {
            if (read.lesson() != null) {
                files.stillSafe(askedAbout, () -> model.open(read.lesson(), null));
            } else {
                askForInputs(read, askedAbout);
            }
        });
    }

    /** A model without an Embedding takes rows of inputs: asks for the file that holds them, then runs the model on them. */
    private void askForInputs(ModelRead read, LessonDocument askedAbout) {
        Path inputs = work.dialogs().choose(work.owner(), false,
                Words.get("files.modelInputs", read.keras().rnn().inputFeatures()), Words.get("files.inputsKind"),
                "*.npy", "*.csv", "*.txt");
        if (inputs == null) {
            // without inputs there is nothing to run: the lesson on screen stays, as for any cancelled open
            return;
        }
        work.run("import", inputs, () -> {
            SourcedArray x = WeightsImporter.readInputs(inputs);
            return KerasLesson.file(read.title(), read.path(), read.keras(),
                    KerasLesson.of(read.keras(), x.values(), x.source(), null, null));
        }, lesson -> files.stillSafe(askedAbout, () -> model.open(lesson, null)));
    }

    /** The model run on the sentiment preset's review, as ids its Embedding has. */
    private static LessonFile onReview(String title, Path path, KerasModel keras, String review) {
        int rows = keras.embedding().orElseThrow().inputDim();
        int[] ids = Vocabulary.english().encode(Preset.REVIEW, Math.max(rows, Vocabulary.UNKNOWN + 1));
        return KerasLesson.file(title, path, keras, KerasLesson.embedded(keras, ids, review, null, null));
    }
}
