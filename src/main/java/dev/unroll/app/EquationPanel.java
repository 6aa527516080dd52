package dev.unroll.app;

import dev.unroll.diagram.BackwardEquation;
import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.BackwardStage;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.StepEquation;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.Step;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ejml.data.DMatrixRMaj;

/**
 * The current step for one unit i, with the actual numbers:
 * {@code h_3[i] = tanh(Σ_j W[i,j]·x_3[j] + Σ_j U[i,j]·h_2[j] + b[i]) = tanh(0.412 − 0.187 + 0.050) = 0.268},
 * each partial sum a link that opens its terms, the shapes line, and the term being formed
 * highlighted in step with the animation.
 */
final class EquationPanel {

    private final DiagramViewState state;
    private final ObservableValue<Trace> trace;
    private final ObservableValue<Vocabulary> vocabulary;
    private final ObservableValue<BackwardPicture> gradients;
    private final VBox content = new VBox(12);
    private final Spinner<Integer> unit = new Spinner<>();
    private final ScrollPane root;
    /** Which partial sum's terms are open: input, recurrent, or none. */
    private String open = "";

    EquationPanel(DiagramViewState state, ObservableValue<Trace> trace) {
        this(state, trace, new SimpleObjectProperty<>(Vocabulary.english()));
    }

    /** @param vocabulary the words that name a lesson's token ids, for the line x_t = E[id] */
    EquationPanel(DiagramViewState state, ObservableValue<Trace> trace, ObservableValue<Vocabulary> vocabulary) {
        this(state, trace, vocabulary, new SimpleObjectProperty<>());
    }

    /** @param gradients the backward pass's gradients, whose equations the backward mode shows */
    EquationPanel(DiagramViewState state, ObservableValue<Trace> trace, ObservableValue<Vocabulary> vocabulary,
            ObservableValue<BackwardPicture> gradients) {
        this.state = state;
        this.trace = trace;
        this.vocabulary = vocabulary;
        this.gradients = gradients;
        gradients.addListener((obs, old, now) -> refresh());
        state.backwardProperty().addListener((obs, old, now) -> refresh());
        vocabulary.addListener((obs, old, now) -> refresh());
        unit.setId("unitSpinner");
        unit.setPrefWidth(90);
        unit.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != state.unitProperty().get()) {
                state.setUnit(now);
            }
        });
        content.setPadding(new Insets(12));
        content.setId("equationContent");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        state.unitProperty().addListener((obs, old, now) -> refresh());
        state.tProperty().addListener((obs, old, now) -> refresh());
        state.phaseProperty().addListener((obs, old, now) -> refreshIfStageChanged());
        state.notationProperty().addListener((obs, old, now) -> refresh());
        state.headProperty().addListener((obs, old, now) -> refresh());
        // the panel follows the lesson on its own, whatever else changes with it and in whichever order
        trace.addListener((obs, old, now) -> refresh());
        Words.follow(root, this::refresh);
        refresh();
    }

    Parent root() {
        return root;
    }

    private Stage lastStage;
    private BackwardStage lastBackwardStage;

    private void refreshIfStageChanged() {
        if (state.stageInFlight() != lastStage || state.backwardStageInFlight() != lastBackwardStage) {
            refresh();
        }
    }

    /** Builds the equation again from the lesson on screen. */
    private void refresh() {
        Trace current = trace.getValue();
        // the step on screen, within the lesson shown (the view state may not have followed a new lesson yet)
        int t = current == null ? 0 : Math.min(state.tProperty().get(), current.timesteps());
        lastStage = state.stageInFlight();
        lastBackwardStage = state.backwardStageInFlight();
        if (current == null) {
            content.getChildren().setAll(Words.label(new Label(), "equation.computing"));
            return;
        }
        Dimensions d = current.lesson().dimensions();
        int i = Math.min(state.unitProperty().get(), d.units() - 1);
        HBox picker = unitPicker(d.units(), i);
        if (t == 0) {
            content.getChildren().setAll(picker, flow(plain("h"), sub("0"), plain(Words.get("equation.initial", i))));
            return;
        }
        content.getChildren().setAll(picker);
        if (state.backwardProperty().get()) {
            showBackwardStep(current, t, i);
            return;
        }
        showStep(current, t, i);
    }

    /**
     * Step t of the backward pass for unit i: δh_t[i] = (Vᵀ·δo_t)[i] + (Uᵀ·δa_{t+1})[i] and
     * δa_t[i] = δh_t[i]·act′(a_t[i]) in the letters of the notation, with the numbers, the term the flow
     * is forming highlighted, and the loss they are the gradients of.
     */
    private void showBackwardStep(Trace current, int t, int i) {
        BackwardPicture picture = gradients.getValue();
        if (picture == null || picture.gradients().dh().numRows != current.timesteps()) {
            content.getChildren().add(Words.label(new Label(), "equation.gradientsComputing"));
            return;
        }
        Notation n = state.notationProperty().get();
        BackwardStage forming = lastBackwardStage;
        BackwardEquation eq = BackwardEquation.of(current, picture, t, i, forming);
        String step = Integer.toString(t);
        String next = Integer.toString(t + 1);
        String u = n.recurrentMatrix();
        BackwardStage first = eq.head() ? BackwardStage.OUTPUT : BackwardStage.LOSS;
        Node outputTerm = eq.head()
                ? term(forming == first, "\u03A3\u2096 V[k," + i + "]\u00B7\u03B4o", sub(step), plain("[k]"))
                : term(forming == first, "\u2202\u2113", sub(step), plain("/\u2202h"), sub(step), plain("[" + i + "]"));
        TextFlow definition = flow(plain("\u03B4h"), sub(step), plain("[" + i + "] = "), outputTerm, plain(" + "),
                term(forming == BackwardStage.RECURRENT, "\u03A3\u2C7C " + u + "[j," + i + "]\u00B7\u03B4a", sub(next),
                        plain("[j]")));
        definition.setId("backwardDefinition");
        TextFlow numbers = flow(plain("= "), term(forming == first, eq.fromOutput()), plain(" + "),
                term(forming == BackwardStage.RECURRENT, eq.fromLater()),
                term(forming == BackwardStage.STATE, " = " + eq.state()));
        numbers.setId("backwardNumbers");
        TextFlow sum = flow(plain("\u03B4a"), sub(step), plain("[" + i + "] = \u03B4h"), sub(step),
                plain("[" + i + "] \u00B7 " + eq.activation() + "\u2032(a"), sub(step), plain("[" + i + "])"),
                term(forming == BackwardStage.SUM, " = " + eq.state() + " \u00D7 " + eq.slope() + " = " + eq.sum()));
        sum.setId("backwardSum");
        Label loss = new Label(picture.lossLine());
        loss.setId("backwardLoss");
        Label note = Words.label(new Label(), t == current.timesteps() ? "equation.backwardLast" : "equation.backward");
        note.setWrapText(true);
        content.getChildren().addAll(loss, definition, numbers, sum, note);
    }

    /** "unit i = [spinner] of 0 … N − 1", the spinner over the lesson's units and showing unit i. */
    private HBox unitPicker(int units, int i) {
        if (unit.getValueFactory() == null || ((SpinnerValueFactory.IntegerSpinnerValueFactory) unit.getValueFactory()).getMax()
                != units - 1) {
            unit.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, units - 1, i));
        }
        unit.getValueFactory().setValue(i);
        HBox picker = new HBox(8, Words.label(new Label(), "equation.unit"), unit,
                Words.label(new Label(), "equation.unitRange", units - 1));
        picker.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return picker;
    }

    /** Step t for unit i: the definition, its numbers, the result, the shapes, open terms and the output. */
    private void showStep(Trace current, int t, int i) {
        Step step = current.step(t);
        Notation n = state.notationProperty().get();
        String act = current.lesson().activation().key();
        Stage forming = lastStage;
        StepEquation values = StepEquation.of(step, t, i, act, forming);
        Hyperlink inputLink = link("input", values.input(), forming == Stage.INPUT);
        Hyperlink recurrentLink = link("recurrent", values.recurrent(), forming == Stage.RECURRENT);
        TextFlow numbers = flow(plain("= " + act + "("), inputLink, plain(" + "), recurrentLink,
                plain(" + " + values.bias() + ")"));
        numbers.setId("equationNumbers");
        TextFlow result = flow(term(forming == Stage.SUM, "= " + act + "(" + values.sum() + ")"),
                term(forming == Stage.ACTIVATE, " = " + values.state()));
        result.setId("equationResult");
        Label shapes = new Label(dev.unroll.rnn.Shapes.oneStep(current.lesson().dimensions()));
        shapes.setId("equationShapes");
        shapes.getStyleClass().add("shapes-line");
        Embedding embedding = current.lesson().embedding();
        if (embedding != null) {
            // the step starts from its token: x_t is the row of E the id names
            int id = embedding.token(t - 1);
            TextFlow token = flow(plain("x"), sub(Integer.toString(t)), plain(" = E[" + id + "]  ('"
                    + vocabulary.getValue().word(id) + "')"));
            token.setId("equationToken");
            content.getChildren().add(token);
        }
        content.getChildren().addAll(definition(t, i, act, n, forming), numbers, result, shapes);
        // the matrices are copied only when their terms are asked for
        if (open.equals("input") && !inputLink.getText().equals("?")) {
            content.getChildren().add(terms(n.inputMatrix(), "x", t, current.lesson().w(), step.x(), i, step.wx()[i]));
        } else if (open.equals("recurrent") && !recurrentLink.getText().equals("?")) {
            content.getChildren().add(terms(n.recurrentMatrix(), "h", t - 1, current.lesson().u(), step.hPrev(), i, step.uh()[i]));
        }
        if (current.lesson().dimensions().hasHead() && state.headProperty().get() && (lastStage == null || lastStage == Stage.OUTPUT)) {
            content.getChildren().add(output(step, t, forming == Stage.OUTPUT, current));
        }
    }

    /** h_t[i] = act(Σ_j W[i,j]·x_t[j] + Σ_j U[i,j]·h_{t−1}[j] + b[i]), the term being formed highlighted. */
    private static TextFlow definition(int t, int i, String act, Notation n, Stage forming) {
        return flow(plain("h"), sub(Integer.toString(t)), plain("[" + i + "] = " + act + "("),
                term(forming == Stage.INPUT, "\u03A3\u2C7C " + n.inputMatrix() + "[" + i + ",j]\u00B7x", sub(Integer.toString(t)),
                        plain("[j]")),
                plain(" + "),
                term(forming == Stage.RECURRENT, "\u03A3\u2C7C " + n.recurrentMatrix() + "[" + i + ",j]\u00B7h",
                        sub(Integer.toString(t - 1)), plain("[j]")),
                plain(" + b[" + i + "])"));
    }

    /** Each product of a partial sum, and their total. */
    private Node terms(String matrix, String vector, int t, DMatrixRMaj m, double[] v, int i, double total) {
        VBox list = new VBox(2);
        list.setId("equationTerms");
        list.getStyleClass().add("terms");
        int shown = Math.min(v.length, 16);
        for (int j = 0; j < shown; j++) {
            list.getChildren().add(flow(plain(matrix + "[" + i + "," + j + "]\u00B7" + vector), sub(Integer.toString(t)),
                    plain("[" + j + "] = " + ValueFormat.threeDigits(m.get(i, j)) + " \u00D7 " + ValueFormat.threeDigits(v[j])
                            + " = " + ValueFormat.threeDigits(m.get(i, j) * v[j]))));
        }
        if (shown < v.length) {
            list.getChildren().add(Words.label(new Label(), "equation.moreTerms", v.length - shown));
        }
        list.getChildren().add(Words.label(new Label(), "equation.sum", ValueFormat.threeDigits(total)));
        return list;
    }

    private Node output(Step step, int t, boolean forming, Trace current) {
        String o = ValueFormat.join(step.o(), 64);
        TextFlow line = flow(term(forming, "o"), sub(Integer.toString(t)), term(forming, " = V\u00B7h"), sub(Integer.toString(t)),
                term(forming, " + c = [" + o + "]"));
        String head = current.lesson().headActivation().key();
        if (head.equals("linear")) {
            return line;
        }
        String y = ValueFormat.join(step.y(), 64);
        return new VBox(4, line, flow(plain("y"), sub(Integer.toString(t)), plain(" = " + head + "(o"), sub(Integer.toString(t)),
                plain(") = [" + y + "]")));
    }

    private Hyperlink link(String which, String text, boolean forming) {
        Hyperlink link = new Hyperlink(text);
        link.setId(which + "SumLink");
        if (forming) {
            link.getStyleClass().add("forming");
        }
        link.setOnAction(e -> {
            open = open.equals(which) ? "" : which;
            refresh();
        });
        return link;
    }

    private static TextFlow flow(Node... parts) {
        TextFlow f = new TextFlow(parts);
        f.getStyleClass().add("equation");
        return f;
    }

    private static Text plain(String s) {
        return new Text(s);
    }

    private static Text sub(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("subscript");
        t.setTranslateY(4);
        return t;
    }

    /** A piece of the equation, highlighted while the animation forms it. */
    private static Node term(boolean forming, Object... pieces) {
        TextFlow f = new TextFlow();
        for (Object p : pieces) {
            f.getChildren().add(p instanceof Node node ? node : plain(p.toString()));
        }
        if (forming) {
            f.getStyleClass().add("forming");
        }
        return f;
    }
}
