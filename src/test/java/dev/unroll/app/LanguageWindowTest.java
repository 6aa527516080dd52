package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ViewKind;
import dev.unroll.i18n.HangulFont;
import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language: the window's words switch between English and Korean at once, and the lesson stays as it was. */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private final Preferences prefs = WindowTesting.freshPreferences();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private MainWindow window;
    private LessonViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // every test starts in English, whatever the machine's locale
        prefs.put("language", "en");
        startWindow();
        stage.show();
    }

    @AfterEach
    void tidyUp() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Words.use(Language.ENGLISH)).get();
        executor.shutdownNow();
        prefs.removeNode();
    }

    private void startWindow() {
        model = new LessonViewModel(UnrollApp.defaultLesson(), executor);
        window = new MainWindow(model, executor, prefs);
        window.setDialogs(dialogs);
        stage.setScene(UnrollApp.createScene(window));
    }

    @Test
    void switchingToKoreanChangesTheMenusAndPanelsAndKeepsTheLesson(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> {
            window.diagramState().setT(3);
            window.diagramState().setView(ViewKind.UNROLLED);
        }).get();
        LessonDocument lesson = model.getDocument();
        String notice = text(robot, "#statusNotice");
        assertEquals(List.of("_File", "_Edit", "_View", "_Lesson", "_Help"), menuTexts(robot));
        assertEquals(List.of("Inspector", "Equation", "Code", "Glossary", "Model", "Notes", "Train"), tabTexts(robot));
        assertEquals("Fit", text(robot, "#fitButton"));
        assertEquals("Folded", text(robot, "#viewFolded"));
        assertTrue(text(robot, "#paramsLabel").endsWith(" parameters"), text(robot, "#paramsLabel"));

        // the item's own action, as a click on View → Language → 한국어 runs it
        WaitForAsyncUtils.asyncFx(() -> WindowTesting.menuItem(robot, "langKoreanItem").fire()).get();
        WaitForAsyncUtils.waitForFxEvents();

        // 파일, 편집, 보기, 레슨, 도움말
        assertEquals(List.of("\uD30C\uC77C(_F)", "\uD3B8\uC9D1(_E)", "\uBCF4\uAE30(_V)", "\uB808\uC2A8(_L)",
                "\uB3C4\uC6C0\uB9D0(_H)"), menuTexts(robot));
        // 살펴보기, 수식, 코드, 용어, 모델, 노트, 학습
        assertEquals(List.of("\uC0B4\uD3B4\uBCF4\uAE30", "\uC218\uC2DD", "\uCF54\uB4DC", "\uC6A9\uC5B4", "\uBAA8\uB378", "\uB178\uD2B8",
                "\uD559\uC2B5"), tabTexts(robot));
        assertEquals("\uB9DE\uCD94\uAE30", text(robot, "#fitButton"));
        assertEquals("\uC811\uD78C", text(robot, "#viewFolded"));
        // 파라미터 N개: the status bar works its texts out again
        assertTrue(text(robot, "#paramsLabel").startsWith("\uD30C\uB77C\uBBF8\uD130 "), text(robot, "#paramsLabel"));
        assertTrue(((RadioMenuItem) WindowTesting.menuItem(robot, "langKoreanItem")).isSelected());
        assertEquals("ko", prefs.get("language", null));

        assertSame(lesson, model.getDocument(), "the lesson on screen is the same document");
        assertEquals(3, window.diagramState().tProperty().get());
        assertEquals(ViewKind.UNROLLED, window.diagramState().viewProperty().get());
        assertEquals(HangulFont.available() ? notice : Text.in(Language.KOREAN, "notice.noHangulFont"),
                text(robot, "#statusNotice"), "a missing Hangul font is said once, in the status bar");

        WaitForAsyncUtils.asyncFx(() -> WindowTesting.menuItem(robot, "langEnglishItem").fire()).get();
        assertEquals("_File", menuTexts(robot).get(0));
        assertEquals("Fit", text(robot, "#fitButton"));
        assertEquals("en", prefs.get("language", null));
    }

    @Test
    void theLanguageChosenIsKeptForTheNextStartAndResetForgetsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> WindowTesting.menuItem(robot, "langKoreanItem").fire()).get();
        WaitForAsyncUtils.asyncFx(this::startWindow).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\uD30C\uC77C(_F)", menuTexts(robot).get(0), "a new start speaks the language chosen");

        dialogs.reset(true);
        WaitForAsyncUtils.asyncFx(window::resetPreferences).get();
        assertNull(prefs.get("language", null));
        Language system = Language.of(Locale.getDefault());
        assertEquals(system, Words.languageProperty().get(), "reset goes back to the system's language");
        assertEquals(Text.in(system, "menu.file"), menuTexts(robot).get(0));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static List<String> menuTexts(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> tabTexts(FxRobot robot) {
        return robot.lookup("#sidePanels").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }
}
