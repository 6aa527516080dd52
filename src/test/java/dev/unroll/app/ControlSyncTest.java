package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** A control linked to a property: each change crosses once, and none comes back. */
class ControlSyncTest {

    private final SimpleStringProperty model = new SimpleStringProperty("folded");
    private final SimpleStringProperty control = new SimpleStringProperty();
    private final List<String> commands = new ArrayList<>();

    @Test
    void theControlStartsWithThePropertysValueAndNoCommand() {
        ControlSync.link(control, model, commands::add);
        assertEquals("folded", control.get());
        assertEquals(List.of(), commands);
    }

    @Test
    void aChangeOfThePropertyReachesTheControlWithoutAnEchoBack() {
        ControlSync.link(control, model, commands::add);
        model.set("unrolled");
        model.set("both");
        assertEquals("both", control.get());
        assertEquals(List.of(), commands);
    }

    @Test
    void aChangeOnTheControlReachesTheCommandOnceAndComesBackAsNoSecondCall() {
        ControlSync.link(control, model, value -> {
            commands.add(value);
            model.set(value);
        });
        control.set("unrolled");
        assertEquals(List.of("unrolled"), commands);
        assertEquals("unrolled", model.get());
        assertEquals("unrolled", control.get());
    }

    @Test
    void aRefusedChangePutsTheControlBackToThePropertysValue() {
        ControlSync.link(control, model, commands::add);
        control.set("sideways");
        assertEquals(List.of("sideways"), commands);
        assertEquals("folded", control.get());
    }

    @Test
    void aControlValueThatMeansWhatThePropertyHoldsSendsNoCommand() {
        SimpleIntegerProperty step = new SimpleIntegerProperty(3);
        SimpleDoubleProperty slider = new SimpleDoubleProperty();
        List<Number> steps = new ArrayList<>();
        ControlSync.link(slider, step, t -> t.doubleValue(), v -> (int) Math.round(v.doubleValue()), t -> {
            steps.add(t);
            step.set(t.intValue());
        });
        assertEquals(3.0, slider.get());
        slider.set(3.2);
        assertEquals(List.of(), steps);
        slider.set(4.6);
        assertEquals(List.of(5), steps);
        assertEquals(5, step.get());
        assertEquals(5.0, slider.get());
    }
}
