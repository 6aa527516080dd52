package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ‖h_t‖ sparkline grows left to right with the lesson and draws nothing after the shown step. */
@ExtendWith(ApplicationExtension.class)
class NormSparklineTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private NormSparkline sparkline;

    @Start
    void start(Stage stage) {
        sparkline = new NormSparkline(140, 22);
        stage.setScene(new Scene(new StackPane(sparkline), 200, 60));
        stage.show();
    }

    private void show(FxRobot robot, Trace trace, int shownStep) {
        robot.interact(() -> {
            sparkline.traceProperty().set(trace);
            sparkline.shownStepProperty().set(shownStep);
        });
    }

    @Test
    void atStepTwoTheLineStopsAtStepTwo(FxRobot robot) {
        show(robot, TINY, 2);

        assertEquals(2, sparkline.lastDrawnStep());
    }

    @Test
    void steppingBackShortensTheLine(FxRobot robot) {
        show(robot, TINY, 5);
        assertEquals(5, sparkline.lastDrawnStep());

        show(robot, TINY, 3);

        assertEquals(3, sparkline.lastDrawnStep());
    }

    @Test
    void beforeTheFirstStepNoLineIsDrawn(FxRobot robot) {
        show(robot, TINY, 0);

        assertEquals(0, sparkline.lastDrawnStep());
    }
}
