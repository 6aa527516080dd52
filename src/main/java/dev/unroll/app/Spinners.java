package dev.unroll.app;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners that accept only digits and commit on Enter or when focus leaves.
 * A typed number is passed on as it is, even out of range, so that the lesson can refuse it with a
 * message that says why; empty text puts back the value shown. The arrows stay within the range.
 * What a committed value does is up to the caller, through the value factory's value.
 */
final class Spinners {

    private Spinners() {
    }

    /** A spinner over [min, max], showing {@code min} until it is given a value. */
    static Spinner<Long> whole(String id, long min, long max) {
        WholeNumbers numbers = new WholeNumbers(min, max, min);
        Spinner<Long> spinner = new Spinner<>(numbers);
        spinner.setId(id);
        spinner.setEditable(true);
        // one digit more than the largest value allows, so an out-of-range number can be typed and refused,
        // but never one too long for a whole number
        String digits = "\\d{0," + (Long.toString(max).length() + 1) + "}";
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches(digits) ? change : null));
        spinner.getEditor().setPrefColumnCount(6);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.commitValue();
                showValue(spinner);
            }
        });
        // the spinner's own Enter handler commits after this one runs, so the text is matched to the value later
        spinner.getEditor().addEventHandler(ActionEvent.ACTION, e -> Platform.runLater(() -> showValue(spinner)));
        return spinner;
    }

    private static void showValue(Spinner<Long> spinner) {
        String text = spinner.getValueFactory().getConverter().toString(spinner.getValue());
        if (!text.equals(spinner.getEditor().getText())) {
            spinner.getEditor().setText(text);
        }
    }

    private static final class WholeNumbers extends SpinnerValueFactory<Long> {
        private final long min;
        private final long max;

        WholeNumbers(long min, long max, long initial) {
            this.min = min;
            this.max = max;
            setConverter(new StringConverter<>() {
                @Override
                public String toString(Long value) {
                    return value == null ? "" : Long.toString(value);
                }

                @Override
                public Long fromString(String text) {
                    try {
                        return Long.parseLong(text.trim());
                    } catch (NumberFormatException e) {
                        return getValue();
                    }
                }
            });
            setValue(initial);
        }

        @Override
        public void decrement(int steps) {
            setValue(Math.max(min, getValue() - steps));
        }

        @Override
        public void increment(int steps) {
            setValue(Math.min(max, getValue() + steps));
        }
    }
}
