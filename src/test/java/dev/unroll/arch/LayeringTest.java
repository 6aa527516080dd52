package dev.unroll.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.FileDescriptor;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The engine, the backward pass, the geometry, the file formats, the view settings' mapping, the command line and the
 * file exports stay free of JavaFX, so they run and test without a screen; the file formats know
 * nothing of the diagram; the top-level packages depend on each other without
 * cycles; and only the entry points and the log's set-up decide where messages go.
 */
class LayeringTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unroll");

    @Test
    void commandLineDoesNotReachTheWindowOrTheBench() {
        noClasses().that().resideInAPackage("dev.unroll.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.unroll.app..", "dev.unroll.perf..")
                .because("the bench runs the window headless; the entry point adds it to the command line, "
                        + "so that no command reaches JavaFX through it")
                .check(PRODUCTION);
    }

    @Test
    void textDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("dev.unroll.text..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .orShould().dependOnClassesThat(
                        DescribedPredicate.describe("another Unroll package",
                                (JavaClass c) -> c.getPackageName().startsWith("dev.unroll.")
                                        && !c.getPackageName().startsWith("dev.unroll.text")))
                .because("the vocabularies and the tokeniser are plain text work that the engine, the files and the "
                        + "command line all use")
                .check(PRODUCTION);
    }

    @Test
    void engineDependsOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.rnn..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine runs in the command line and in tests, where no JavaFX toolkit is started")
                .check(PRODUCTION);
    }

    @Test
    void backwardPassDependsOnlyOnTheEngine() {
        noClasses().that().resideInAPackage("dev.unroll.grad..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .orShould().dependOnClassesThat(
                        DescribedPredicate.describe("an Unroll package other than the engine",
                                (JavaClass c) -> c.getPackageName().startsWith("dev.unroll.")
                                        && !c.getPackageName().startsWith("dev.unroll.grad")
                                        && !c.getPackageName().startsWith("dev.unroll.rnn")))
                .because("the gradients are maths on the engine's forward pass, run by the command line and in "
                        + "tests without a display, and the window will read them the same way")
                .check(PRODUCTION);
    }

    @Test
    void trainingDependsOnlyOnTheBackwardPassTheEngineAndTheVocabulary() {
        noClasses().that().resideInAPackage("dev.unroll.train..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .orShould().dependOnClassesThat(
                        DescribedPredicate.describe("an Unroll package other than the backward pass, the engine and the text",
                                (JavaClass c) -> c.getPackageName().startsWith("dev.unroll.")
                                        && !c.getPackageName().startsWith("dev.unroll.train")
                                        && !c.getPackageName().startsWith("dev.unroll.grad")
                                        && !c.getPackageName().startsWith("dev.unroll.rnn")
                                        && !c.getPackageName().startsWith("dev.unroll.text")))
                .because("training runs on the command line and in tests without a display, and the window runs it "
                        + "off the FX thread")
                .check(PRODUCTION);
    }

    @Test
    void diagramDependsOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.diagram..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the diagram's geometry is drawn to SVG and PNG from the command line, without a display")
                .check(PRODUCTION);
    }

    @Test
    void quizQuestionsDependOnNothingInJavafxOrTheWindow() {
        noClasses().that().resideInAPackage("dev.unroll.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.unroll.app..")
                .because("the quiz's questions are worked out from the trace alone, and tested without a screen")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDependOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line reads weights and lessons without starting the JavaFX toolkit")
                .check(PRODUCTION);
    }

    @Test
    void kerasModelFilesDependOnNothingInJavafxOrTheWindow() {
        noClasses().that().resideInAPackage("dev.unroll.keras..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.unroll.app..", "dev.unroll.cli..",
                        "dev.unroll.diagram..")
                .because("trained models are read by the command line and tested without a screen")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDoNotReachUpIntoTheAppOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.unroll.app..", "dev.unroll.cli..")
                .because("the window and the command line both read and write the same files through the formats")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDoNotDependOnTheGeneratedPrograms() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAPackage("dev.unroll.code..")
                .because("a program is written from where the numbers came from, which the formats record; "
                        + "the formats read and write lessons without knowing any language they may be computed in")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDoNotDependOnTheExports() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAPackage("dev.unroll.export..")
                .because("reading and writing lessons needs safe writing, which lives in dev.unroll.files, "
                        + "not the picture exports and the renderers behind them")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDoNotDependOnTheDiagram() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAPackage("dev.unroll.diagram..")
                .because("a lesson file's view settings are plain values kept exactly as written; what they mean "
                        + "to the diagram is decided once, in dev.unroll.settings, for the window and export alike")
                .check(PRODUCTION);
    }

    @Test
    void safeWritingDependsOnNothingElseInUnroll() {
        noClasses().that().resideInAPackage("dev.unroll.files..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are elsewhere in dev.unroll",
                        (JavaClass c) -> c.getPackageName().startsWith("dev.unroll.")
                                && !c.getPackageName().startsWith("dev.unroll.files")))
                .because("the formats, the exports, the command line and the window all write through it, "
                        + "so anything it used would be pulled into each of them")
                .check(PRODUCTION);
    }

    @Test
    void commandLineAndWhatItSharesWithTheWindowDependOnNothingInJavafx() {
        noClasses().that().resideInAnyPackage("dev.unroll.cli..", "dev.unroll.settings..", "dev.unroll.code..",
                        "dev.unroll.about..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line, the view settings' mapping it takes its defaults from, the programs "
                        + "it writes and the version and licences it reports, which the window shows too, run "
                        + "headless, on machines with no display")
                .check(PRODUCTION);
    }

    @Test
    void fileExportsDependOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.export..")
                .or().haveFullyQualifiedName("dev.unroll.render.SvgRenderer")
                .or().haveFullyQualifiedName("dev.unroll.render.Java2DRenderer")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line writes SVG and PNG without starting the JavaFX toolkit or needing a display")
                .check(PRODUCTION);
    }

    @Test
    void engineDoesNotReachUpIntoTheApp() {
        noClasses().that().resideInAnyPackage("dev.unroll.rnn..", "dev.unroll.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.unroll.app..", "dev.unroll.cli..")
                .because("the engine and the diagram are shared by the window and the command line, "
                        + "so neither may depend on one of them")
                .check(PRODUCTION);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("dev.unroll.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between packages means neither can be understood, tested or reused without the "
                        + "other, and the layering above only holds while the packages form a hierarchy")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheEntryPointsAndTheLogsFallbackWriteToStandardStreams() {
        noClasses().that(outside("dev.unroll.Main", "dev.unroll.cli.UnrollCommand", "dev.unroll.app.AppLog"))
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .orShould().accessField(FileDescriptor.class, "out")
                .orShould().accessField(FileDescriptor.class, "err")
                .because("the command line's output is its result and its standard error holds one line per "
                        + "failure, and the window's messages belong in its log; only the entry points, which "
                        + "hand the streams on, and the log's fallback when its file cannot be written may "
                        + "touch them")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheLogsSetUpConfiguresLogging() {
        noClasses().that(outside("dev.unroll.app.AppLog"))
                .should().dependOnClassesThat(assignableTo(Handler.class)
                        .or(assignableTo(Formatter.class))
                        .or(assignableTo(Filter.class))
                        .or(equivalentTo(LogManager.class)))
                .orShould().callMethod(Logger.class, "setLevel", Level.class)
                .orShould().callMethod(Logger.class, "addHandler", Handler.class)
                .orShould().callMethod(Logger.class, "removeHandler", Handler.class)
                .orShould().callMethod(Logger.class, "setUseParentHandlers", boolean.class)
                .orShould().callMethod(Logger.class, "setFilter", Filter.class)
                .because("where records go, in which format and from which level is decided once, at start-up; "
                        + "a class that changed it would silently redirect or drop every other class's records")
                .check(PRODUCTION);
    }

    /** Classes other than the named ones and the classes nested in them. */
    private static DescribedPredicate<JavaClass> outside(String... names) {
        return DescribedPredicate.describe("are not " + String.join(", ", names), (JavaClass c) -> {
            for (String name : names) {
                if (c.getName().equals(name) || c.getName().startsWith(name + "$")) {
                    return false;
                }
            }
            return true;
        });
    }
}
