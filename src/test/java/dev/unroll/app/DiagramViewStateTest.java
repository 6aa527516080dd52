package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The animation as a function of a position: advanced by hand, no clock, no screen. */
class DiagramViewStateTest {

    private final DiagramViewState state = new DiagramViewState();

    @BeforeEach
    void fiveStepsWithAHead() {
        state.lessonChanged(5, 4, false);
        state.setHead(true);
        state.toStart();
    }

    @Test
    void advancingAQuarterStepAtATimeWalksThroughEveryStage() {
        assertTrue(state.advance(0.25));
        assertEquals(1, state.tProperty().get());
        assertEquals(0.25, state.phaseProperty().get(), 1e-12);
        assertEquals(Stage.RECURRENT, Stage.at(state.phaseProperty().get(), true).stage());
        state.advance(0.75);
        assertEquals(1, state.tProperty().get());
        assertEquals(1.0, state.phaseProperty().get());
        state.advance(1.5);
        assertEquals(3, state.tProperty().get());
        assertEquals(0.5, state.phaseProperty().get(), 1e-12);
    }

    @Test
    void theStageInFlightFollowsThePhaseAndIsNoneOnceTheStepIsComplete() {
        state.setPosition(2, 0.1);
        assertEquals(Stage.INPUT, state.stageInFlight());
        state.setPosition(2, 0.9);
        assertEquals(Stage.OUTPUT, state.stageInFlight());
        state.setHead(false);
        assertEquals(Stage.ACTIVATE, state.stageInFlight());
        state.setPosition(2, 1);
        assertNull(state.stageInFlight());
    }

    @Test
    void advancingPastTheEndStopsThereAndSaysSo() {
        assertFalse(state.advance(99));
        assertEquals(5, state.tProperty().get());
        assertTrue(state.atEnd());
        assertFalse(state.advance(0.1));
    }

    @Test
    void eachStagePressShowsTheNextStageHalfwayThenTheStepDone() {
        double[] halfway = {0.1, 0.3, 0.5, 0.7, 0.9};
        for (double expected : halfway) {
            state.stageForward();
            assertEquals(1, state.tProperty().get());
            assertEquals(expected, state.phaseProperty().get(), 1e-12);
        }
        state.stageForward();
        assertEquals(1.0, state.phaseProperty().get(), 1e-12);
        state.setHead(false);
        state.stageForward();
        assertEquals(2, state.tProperty().get());
        assertEquals(0.125, state.phaseProperty().get(), 1e-12);
        state.stageBack();
        assertEquals(1, state.tProperty().get());
        assertEquals(1.0, state.phaseProperty().get(), 1e-12);
        state.stageBack();
        assertEquals(0.875, state.phaseProperty().get(), 1e-12);
    }

    @Test
    void stepForwardFinishesAFlowingStepBeforeMovingOn() {
        state.setPosition(2, 0.4);
        state.stepForward();
        assertEquals(2, state.tProperty().get());
        assertEquals(1.0, state.phaseProperty().get());
        state.stepForward();
        assertEquals(3, state.tProperty().get());
    }

    @Test
    void theSameLessonRecomputedKeepsItsStepAndANewOneShowsEveryStep() {
        state.setT(3);
        state.lessonChanged(5, 4, true);
        assertEquals(3, state.tProperty().get());
        state.lessonChanged(2, 4, false);
        assertEquals(2, state.tProperty().get());
        assertEquals(1.0, state.phaseProperty().get());
    }

    @Test
    void theEquationsUnitStaysWithinTheLessonsUnits() {
        state.setUnit(3);
        assertEquals(3, state.unitProperty().get());
        state.setUnit(900);
        assertEquals(3, state.unitProperty().get(), "N = 4: the last unit is 3");
        state.lessonChanged(5, 2, false);
        assertEquals(1, state.unitProperty().get());
    }
}
