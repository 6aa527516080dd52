package dev.unroll.train;

import dev.unroll.grad.Loss;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The built-in toy tasks. Each makes {@link #EXAMPLES} sequences from a seed (numpy's generator, so the
 * same seed gives the same numbers), picks its loss and head activation, and names its defaults: the
 * steps and learning rate of a run, with Adam, and the number of steps within which its loss at least
 * halves from the first step's on a fresh Keras-initialised lesson of {@link #shape(int, int)} with
 * {@link #DEFAULT_UNITS} units and seed 0 (a test holds each task to it).
 */
public enum TrainingTask {
    /** Output the input from {@link #ECHO_DELAY} steps ago: z_t = x_{t−k}, 0 for t ≤ k; x uniform in [−1, 1). */
    ECHO("echo", Loss.MSE, HeadActivation.LINEAR, true, 300, 0.01, 20),
    /** The running sum: z_t = x_1 + … + x_t; x uniform in [−0.5, 0.5). */
    SUM("sum", Loss.MSE, HeadActivation.LINEAR, true, 300, 0.01, 20),
    /** The next value of a sine wave: x_t = sin(ωt + φ), z_t = sin(ω(t + 1) + φ), ω = {@link #SINE_FREQUENCY}, φ uniform. */
    SINE("sine", Loss.MSE, HeadActivation.LINEAR, true, 200, 0.01, 20),
    /**
     * A review's sentiment from its words: {@link #SENTENCES} read through the Embedding as the built-in
     * English vocabulary encodes them, the label (1 good, 0 bad) on the last step's sigmoid output.
     */
    SENTIMENT("sentiment", Loss.BCE, HeadActivation.SIGMOID, false, 100, 0.01, 20);

    /** The number of sequences each step's gradient is the mean over. */
    public static final int EXAMPLES = 16;
    /** k of the echo task. */
    public static final int ECHO_DELAY = 2;
    /** ω of the sine task, in radians per step. */
    public static final double SINE_FREQUENCY = 0.5;
    /** The units of the lessons the documented numbers of steps hold for. */
    public static final int DEFAULT_UNITS = 8;
    /** The timesteps of a fresh lesson for a task on vector inputs. */
    public static final int DEFAULT_TIMESTEPS = 10;
    /** The sentiment task's reviews, good ones first; the first {@code EXAMPLES / 2} are labelled 1. */
    public static final List<String> SENTENCES = List.of(
            "a great movie", "i loved this film", "the acting was wonderful", "the best story",
            "a good and fun film", "brilliant and excellent", "i enjoyed it", "i liked the music",
            "a bad movie", "i hate this film", "the acting was terrible", "the worst story",
            "a boring and dull film", "awful and poor", "a waste of time", "i did not like the music");

    private final String key;
    private final Loss loss;
    private final HeadActivation headActivation;
    private final boolean returnSequences;
    private final int defaultSteps;
    private final double defaultLearningRate;
    private final int halvingSteps;

    TrainingTask(String key, Loss loss, HeadActivation headActivation, boolean returnSequences, int defaultSteps,
                 double defaultLearningRate, int halvingSteps) {
        this.key = key;
        this.loss = loss;
        this.headActivation = headActivation;
        this.returnSequences = returnSequences;
        this.defaultSteps = defaultSteps;
        this.defaultLearningRate = defaultLearningRate;
        this.halvingSteps = halvingSteps;
    }

    /** The name used on the command line and in the window. */
    public String key() {
        return key;
    }


    /** The loss the task is trained on. */
    public Loss loss() {
        return loss;
    }

    /** The head activation the task puts on the lesson's head. */
    public HeadActivation headActivation() {
        return headActivation;
    }

    /** Whether every step's output counts (true) or only the last one's. */
    public boolean returnSequences() {
        return returnSequences;
    }

    /** The steps of a run unless told otherwise. */
    public int defaultSteps() {
        return defaultSteps;
    }

    /** The learning rate of a run unless told otherwise, for Adam. */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** The number of Adam steps at the default learning rate within which the loss at least halves. */
    public int halvingSteps() {
        return halvingSteps;
    }

    /** Whether the task reads its inputs through an Embedding. */
    public boolean needsEmbedding() {
        return this == SENTIMENT;
    }

    /**
     * Why a lesson of these sizes cannot learn this task, naming what it needs, or null when it can.
     *
     * @param embedding whether the lesson reads its inputs through an Embedding
     */
    public String misfit(Dimensions d, boolean embedding) {
        if (needsEmbedding()) {
            if (!embedding || d.outputSize() != 1) {
                return "the " + key + " task needs an Embedding and one output (K = 1), such as --preset sentiment; the lesson has "
                        + (embedding ? "" : "no Embedding and ") + "K = " + d.outputSize();
            }
            return null;
        }
        if (embedding || d.inputFeatures() != 1 || d.outputSize() != 1) {
            return "the " + key + " task needs one input feature and one output (M = 1, K = 1, no Embedding); the lesson has M = "
                    + d.inputFeatures() + ", K = " + d.outputSize() + (embedding ? " and an Embedding" : "");
        }
        if (this == ECHO && d.timesteps() <= ECHO_DELAY) {
            return "the echo task needs more than " + ECHO_DELAY + " timesteps to echo a step " + ECHO_DELAY + " back; the lesson has T = "
                    + d.timesteps();
        }
        return null;
    }

    /** The sizes of a fresh lesson for this task: one input and one output, or a sentence of the review's length through the Embedding. */
    public Dimensions shape(int timesteps, int units) {
        return new Dimensions(timesteps, 1, units, 1);
    }

    /**
     * The task's {@link #EXAMPLES} sequences for a lesson of T timesteps; the sentiment task's sentences
     * are fixed, their ids past the Embedding's {@code rows} read as unknown words, and the seed unused.
     */
    public List<Example> examples(int timesteps, int rows, long seed) {
        List<Example> examples = new ArrayList<>(EXAMPLES);
        if (this == SENTIMENT) {
            Vocabulary words = Vocabulary.english();
            for (int i = 0; i < SENTENCES.size(); i++) {
                double label = i < SENTENCES.size() / 2 ? 1 : 0;
                examples.add(new Example(null, words.encode(SENTENCES.get(i), rows), new double[] {label}));
            }
            return examples;
        }
        NumpyRandom random = new NumpyRandom(seed);
        for (int e = 0; e < EXAMPLES; e++) {
            DMatrixRMaj x = new DMatrixRMaj(timesteps, 1);
            double[] z = new double[timesteps];
            double phase = this == SINE ? random.nextUniform(0, 2 * Math.PI) : 0;
            double sum = 0;
            for (int t = 0; t < timesteps; t++) {
                switch (this) {
                    case ECHO -> {
                        x.data[t] = random.nextUniform(-1, 1);
                        // z_t = x_{t−k}
                        z[t] = t >= ECHO_DELAY ? x.data[t - ECHO_DELAY] : 0;
                    }
                    case SUM -> {
                        x.data[t] = random.nextUniform(-0.5, 0.5);
                        // z_t = Σ_{s ≤ t} x_s
                        sum += x.data[t];
                        z[t] = sum;
                    }
                    default -> {
                        // x_t = sin(ωt + φ), z_t = x_{t+1}, with t counted from 1
                        x.data[t] = Math.sin(SINE_FREQUENCY * (t + 1) + phase);
                        z[t] = Math.sin(SINE_FREQUENCY * (t + 2) + phase);
                    }
                }
            }
            examples.add(new Example(x, null, z));
        }
        return examples;
    }
}
