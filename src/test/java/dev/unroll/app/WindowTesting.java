package dev.unroll.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every window test needs: a thread to compute on, a fresh profile, and a wait for the window to settle. */
final class WindowTesting {

    private WindowTesting() {
    }

    /** A daemon thread of its own for the window's background work; shut it down after the test. */
    static ExecutorService computeThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "test-compute");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Holds {@code thread} until the returned latch is released: what is asked of it meanwhile waits its turn. */
    static CountDownLatch hold(Executor thread) {
        CountDownLatch release = new CountDownLatch(1);
        thread.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

        /** Preferences nobody else has written: no recent files, no remembered window. */
    static Preferences freshPreferences() {
        return Preferences.userRoot().node("dev/unroll/test-" + System.nanoTime());
    }

    /**
     * Waits up to 20 s for {@code condition}, asked on the FX thread (where the window's properties
     * change and its bounds are worked out), then for the events it set off.
     */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Shows a window on {@code model} in {@code stage}, as the app does, with a fresh profile and the
     * dialogs answered by {@code dialogs}; its title is bound to the stage's.
     */
    static MainWindow show(javafx.stage.Stage stage, LessonViewModel model, java.util.concurrent.Executor background,
                           DialogService dialogs) {
        MainWindow window = new MainWindow(model, background, freshPreferences());
        window.setDialogs(dialogs);
        stage.titleProperty().bind(window.titleBinding());
        stage.setScene(UnrollApp.createScene(window));
        stage.show();
        return window;
    }

    /** Whether {@code node} is on screen: in a scene, with it and every node around it visible. */
    static boolean shown(javafx.scene.Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The menu item {@code id}, wherever it sits in the window's menus. */
    static MenuItem menuItem(FxRobot robot, String id) {
        List<MenuItem> all = new ArrayList<>();
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(m -> collect(m, all));
        return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }

    /** Types {@code text} into a number field of the Model tab and presses Enter, as a user changes a size. */
    static void typeInto(FxRobot robot, String spinnerId, String text) {
        robot.clickOn("#modelTab");
        Spinner<?> spinner = robot.lookup(spinnerId).queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    /** Opens the drop-down {@code boxId} and clicks the entry that reads {@code entry}. */
    static void pick(FxRobot robot, String boxId, String entry) {
        robot.clickOn(boxId);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> entry.equals(cell.getText()))
                .queryAs(ListCell.class));
    }

    /** Where the point ({@code x}, {@code y}) of {@code node} is on the screen, asked on the FX thread. */
    static Point2D onScreen(Node node, double x, double y) throws Exception {
        // transforms are worked out lazily: only the FX thread may ask for them while the window lives
        return WaitForAsyncUtils.asyncFx(() -> node.localToScreen(x, y)).get();
    }
}
