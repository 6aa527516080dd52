package dev.unroll.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine, the geometry, the file formats, the command line and the file exports stay free of
 * JavaFX, so they run and test without a screen.
 */
class LayeringTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unroll");

    @Test
    void engineDependsOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.rnn..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void diagramDependsOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.diagram..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDependOnNothingInJavafx() {
        // the command line reads weights and lessons without starting the JavaFX toolkit
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void fileFormatsDoNotReachUpIntoTheAppOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.unroll.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.unroll.app..", "dev.unroll.cli..")
                .check(PRODUCTION);
    }

    @Test
    void commandLineDependsOnNothingInJavafx() {
        noClasses().that().resideInAPackage("dev.unroll.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void fileExportsDependOnNothingInJavafx() {
        // the command line writes SVG and PNG without starting the JavaFX toolkit or needing a display
        noClasses().that().resideInAPackage("dev.unroll.export..")
                .or().haveFullyQualifiedName("dev.unroll.render.SvgRenderer")
                .or().haveFullyQualifiedName("dev.unroll.render.Java2DRenderer")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void engineDoesNotReachUpIntoTheApp() {
        noClasses().that().resideInAnyPackage("dev.unroll.rnn..", "dev.unroll.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.unroll.app..", "dev.unroll.cli..")
                .check(PRODUCTION);
    }
}
