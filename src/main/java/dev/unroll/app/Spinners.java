package dev.unroll.app;

import java.util.function.LongConsumer;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners that accept only digits and commit on Enter or when focus leaves;
 * empty text puts back the last value, and a number out of range is clamped to the range.
 */
final class Spinners {

    private Spinners() {
    }

    /** A spinner over [min, max] that reports each committed value to {@code onCommit}. */
    static Spinner<Long> whole(String id, long min, long max, long initial, LongConsumer onCommit) {
        WholeNumbers numbers = new WholeNumbers(min, max, initial);
        Spinner<Long> spinner = new Spinner<>(numbers);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,10}") ? change : null));
        spinner.getEditor().setPrefColumnCount(6);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.commitValue();
            }
        });
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (!numbers.showing) {
                onCommit.accept(now);
            }
        });
        return spinner;
    }

    /** Sets the value shown without reporting it as the user's edit. */
    static void show(Spinner<Long> spinner, long value) {
        ((WholeNumbers) spinner.getValueFactory()).showing = true;
        try {
            spinner.getValueFactory().setValue(value);
        } finally {
            ((WholeNumbers) spinner.getValueFactory()).showing = false;
        }
    }

    private static final class WholeNumbers extends SpinnerValueFactory<Long> {
        private final long min;
        private final long max;
        private boolean showing;

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
                        long parsed = Long.parseLong(text.trim());
                        return Math.max(WholeNumbers.this.min, Math.min(WholeNumbers.this.max, parsed));
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
