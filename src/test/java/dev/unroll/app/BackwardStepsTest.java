package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.BackwardStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backward mode's stepping: the same commands, moving the gradient from step T down to step 1. */
class BackwardStepsTest {

    private final DiagramViewState state = new DiagramViewState();

    @BeforeEach
    void fiveStepsWithAHeadGoingBackward() {
        state.lessonChanged(5, 4, false);
        state.setHead(true);
        state.setT(2);
        state.setBackward(true);
    }

    private void assertAt(int t, double phase) {
        assertEquals(t, state.tProperty().get(), "t");
        assertEquals(phase, state.phaseProperty().get(), 1e-12, "phase");
    }

    @Test
    void turningBackwardOnStandsAtTheLossBeforeTheLastStepAndOffShowsEveryStepComplete() {
        assertTrue(state.backwardProperty().get());
        assertAt(5, 0);
        assertTrue(state.options().moment().backward());
        assertFalse(state.stateHidden(), "the forward pass is complete: every h_t is shown");
        assertNull(state.stageInFlight(), "no forward stage runs going backward");
        assertEquals(5, state.stepsComplete());
        state.setBackward(false);
        assertAt(5, 1);
        assertFalse(state.options().moment().backward());
    }

    @Test
    void aStepOnMovesTheGradientOneStepTowardsTheStartAndAStepBackUndoesIt() {
        state.stepForward();
        assertAt(5, 1);
        state.stepForward();
        assertAt(4, 1);
        state.stepForward();
        assertAt(3, 1);
        state.stepBack();
        assertAt(4, 1);
        state.toEnd();
        assertAt(1, 1);
        assertTrue(state.atEnd());
        state.stepForward();
        assertAt(1, 1);
        state.toStart();
        assertAt(5, 0);
        state.stepBack();
        assertAt(5, 0);
    }

    @Test
    void stagesRunInTheBackwardOrderAndWrapIntoTheEarlierStep() {
        state.stepForward();
        for (BackwardStage expected : BackwardStage.of(true)) {
            state.stageForward();
            assertEquals(4, state.tProperty().get());
            assertEquals(expected, state.backwardStageInFlight());
        }
        state.stageForward();
        assertAt(4, 1);
        assertNull(state.backwardStageInFlight());
        state.stageBack();
        assertEquals(BackwardStage.SUM, state.backwardStageInFlight());
        for (int i = 0; i < 4; i++) {
            state.stageBack();
        }
        assertEquals(BackwardStage.LOSS, state.backwardStageInFlight());
        state.stageBack();
        assertAt(5, 1);
    }

    @Test
    void playingAdvancesTheBackwardFlowAndStopsAtTheFirstStep() {
        assertTrue(state.advance(1.5));
        assertAt(4, 0.5);
        assertEquals(BackwardStage.RECURRENT, state.backwardStageInFlight());
        assertFalse(state.advance(10));
        assertAt(1, 1);
    }

    @Test
    void aRecomputedLessonKeepsTheGradientsPlaceAndANewOneStartsAgainAtTheLoss() {
        state.advance(2);
        assertAt(4, 1);
        state.lessonChanged(5, 4, true);
        assertAt(4, 1);
        state.lessonChanged(8, 4, false);
        assertAt(8, 0);
    }
}
