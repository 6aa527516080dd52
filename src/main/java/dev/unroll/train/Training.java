package dev.unroll.train;

import dev.unroll.grad.Backprop;
import dev.unroll.grad.Gradients;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One training run, a step at a time. Each step is full-batch gradient descent on the task's examples:
 * L = 1/B Σ_e L_e, its gradient the mean of each example's backward pass, clipped by global norm, then
 * the optimiser's update. Through the Embedding, x_t = E[token_t], so ∂L/∂E[token_t] += Wᵀ·∂L/∂a_t.
 * Everything runs in one fixed order on one thread: the same lesson and settings give the same bits.
 * Not thread-safe; {@link #lesson()} hands out an immutable lesson another thread may read.
 */
public final class Training {

    private final TrainingSettings settings;
    private final Lesson start;
    private final List<Example> examples;
    private final DMatrixRMaj w;
    private final DMatrixRMaj u;
    private final DMatrixRMaj b;
    private final DMatrixRMaj v;
    private final DMatrixRMaj c;
    /** E (V, D), or null without an Embedding. */
    private final DMatrixRMaj table;
    /** The parameters the optimiser updates, in a fixed order: W, U, b, V, c and, if trained, E. */
    private final List<DMatrixRMaj> parameters = new ArrayList<>();
    private final List<DMatrixRMaj> gradients = new ArrayList<>();
    private final Optimizer.Update update;
    private int steps;
    private double lastNorm;

    /**
     * @throws IllegalArgumentException naming what the task needs when the lesson cannot learn it
     */
    public Training(Lesson lesson, TrainingSettings settings) {
        this.settings = settings;
        TrainingTask task = settings.task();
        Embedding embedding = lesson.embedding();
        String misfit = task.misfit(lesson.dimensions(), embedding != null);
        if (misfit != null) {
            throw new IllegalArgumentException(misfit);
        }
        this.start = lesson.withActivations(lesson.activation(), task.headActivation());
        this.examples = task.examples(lesson.dimensions().timesteps(), embedding == null ? 0 : embedding.rows(), settings.seed());
        this.w = lesson.w();
        this.u = lesson.u();
        this.b = lesson.b();
        this.v = lesson.v();
        this.c = lesson.c();
        this.table = embedding == null ? null : embedding.table();
        for (DMatrixRMaj p : List.of(w, u, b, v, c)) {
            parameters.add(p);
        }
        if (table != null && settings.trainEmbedding()) {
            parameters.add(table);
        }
        for (DMatrixRMaj p : parameters) {
            gradients.add(new DMatrixRMaj(p.numRows, p.numCols));
        }
        this.update = settings.optimizer().create(settings.learningRate(), parameters);
    }

    /** The settings of the run. */
    public TrainingSettings settings() {
        return settings;
    }

    /** The steps taken so far. */
    public int stepsDone() {
        return steps;
    }

    /** Whether the run has taken all its steps. */
    public boolean finished() {
        return steps >= settings.steps();
    }

    /** ‖g‖ of the last step, before clipping. */
    public double lastGradientNorm() {
        return lastNorm;
    }

    /**
     * One step: the loss and gradients at the current weights, clipping, and the update.
     *
     * @return the loss before the update
     */
    public double step() {
        double loss = lossAndGradients(true);
        lastNorm = GlobalNormClipping.clip(gradients, settings.clip());
        update.apply(parameters, gradients);
        steps++;
        return loss;
    }

    /** The loss at the current weights, without a step. */
    public double loss() {
        return lossAndGradients(false);
    }

    /**
     * Takes steps until the run is finished or {@code stop} says so, telling the listener after the
     * first step, after every {@code every}-th and after the last; stops too when the loss is not finite.
     *
     * @return the loss of the last step taken, or NaN when none was
     */
    public double run(int every, TrainingListener listener, BooleanSupplier stop) {
        double loss = Double.NaN;
        while (!finished() && !stop.getAsBoolean()) {
            loss = step();
            if (steps == 1 || steps % every == 0 || finished() || !Double.isFinite(loss)) {
                listener.progress(steps, loss);
            }
            if (!Double.isFinite(loss)) {
                break;
            }
        }
        return loss;
    }

    /**
     * The lesson with the weights as they are now, the task's head activation, and the inputs of the
     * task's first example (the lesson's own token ids with an Embedding): it shows what was learnt.
     */
    public Lesson lesson() {
        if (table != null) {
            Embedding e = new Embedding(table, start.embedding().tokens());
            return Lesson.embedded(e, start.activation(), start.headActivation(), w, u, b, v, c, start.initialState());
        }
        return new Lesson(start.activation(), start.headActivation(), examples.get(0).inputs(), w, u, b, v, c,
                start.initialState());
    }

    /** L = 1/B Σ_e L_e and, when asked, the gradients' mean into {@link #gradients}. */
    private double lossAndGradients(boolean withGradients) {
        for (DMatrixRMaj g : gradients) {
            g.zero();
        }
        double scale = 1.0 / examples.size();
        double total = 0;
        for (Example e : examples) {
            DMatrixRMaj x = e.inputs() != null ? e.inputs() : lookUp(e.tokens());
            Lesson one = new Lesson(start.activation(), start.headActivation(), x, w, u, b, v, c, start.initialState());
            Gradients g = Backprop.compute(one, e.targets(), settings.task().loss(), settings.task().returnSequences());
            total += g.loss();
            if (withGradients) {
                add(g, scale);
                if (table != null && settings.trainEmbedding()) {
                    addToTable(e.tokens(), g.da(), scale);
                }
            }
        }
        return total * scale;
    }

    private void add(Gradients g, double scale) {
        List<DMatrixRMaj> each = List.of(g.dW(), g.dU(), g.db(), g.dV(), g.dc());
        for (int p = 0; p < each.size(); p++) {
            // ∂L/∂θ += (1/B)·∂L_e/∂θ
            CommonOps_DDRM.addEquals(gradients.get(p), scale, each.get(p));
        }
    }

    /** ∂L/∂E[token_t] += (1/B)·Wᵀ·δa_t, since a_t = W·E[token_t] + … */
    private void addToTable(int[] tokens, DMatrixRMaj da, double scale) {
        DMatrixRMaj dTable = gradients.get(gradients.size() - 1);
        int n = w.numRows;
        int d = w.numCols;
        for (int t = 0; t < tokens.length; t++) {
            int row = tokens[t] * d;
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    // (Wᵀ·δa_t)_j = Σ_i W_ij·δa_t,i
                    sum += w.data[i * d + j] * da.data[t * n + i];
                }
                dTable.data[row + j] += scale * sum;
            }
        }
    }

    /** x = E[tokens], (T, D). */
    private DMatrixRMaj lookUp(int[] tokens) {
        int d = table.numCols;
        DMatrixRMaj x = new DMatrixRMaj(tokens.length, d);
        for (int t = 0; t < tokens.length; t++) {
            System.arraycopy(table.data, tokens[t] * d, x.data, t * d, d);
        }
        return x;
    }
}
