package dev.unroll.train;

import java.util.Objects;

/**
 * How to train: the task, the optimiser and its learning rate, clipping, the number of steps, the seed
 * of the task's examples, and whether the Embedding's table is trained with the weights.
 *
 * @param clip           C of clipping by global norm ({@link GlobalNormClipping}), or
 *                       {@link Double#POSITIVE_INFINITY} for none
 * @param trainEmbedding whether E (V, D) is updated too; Keras trains an Embedding unless it is frozen
 */
public record TrainingSettings(TrainingTask task, Optimizer optimizer, double learningRate, double clip, int steps,
                               long seed, boolean trainEmbedding) {

    /** No clipping. */
    public static final double NO_CLIP = Double.POSITIVE_INFINITY;

    /**
     * @throws IllegalArgumentException for steps ≤ 0, a learning rate that is not a positive finite number, or a clip ≤ 0
     */
    public TrainingSettings {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(optimizer, "optimizer");
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be 1 or more, got " + steps);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + learningRate);
        }
        if (!(clip > 0)) {
            throw new IllegalArgumentException("the clipping norm must be above 0, got " + clip);
        }
    }

    /** The task's defaults: Adam at its learning rate, its steps, no clipping, seed 0, the Embedding trained. */
    public static TrainingSettings defaults(TrainingTask task) {
        return new TrainingSettings(task, Optimizer.ADAM, task.defaultLearningRate(), NO_CLIP, task.defaultSteps(), 0, true);
    }
}
