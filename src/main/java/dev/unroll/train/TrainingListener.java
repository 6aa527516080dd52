package dev.unroll.train;

/** Told how a run goes, every so often: the step just taken (from 1) and the loss before its update. */
@FunctionalInterface
public interface TrainingListener {
    /** Called on the thread that runs the training. */
    void progress(int step, double loss);
}
