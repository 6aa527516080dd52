package dev.unroll.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated list of licences read back, and the text About shows and copies. */
class AboutTextTest {

    @Test
    void aLineOfTheGeneratedListIsOneLibraryAndOneLicence() {
        List<BundledLibrary> libraries = BundledLibrary.parse(List.of(
                "EJML\torg.ejml:ejml-ddense\t0.46.1\tThe Apache License, Version 2.0\thttps://www.apache.org/licenses/LICENSE-2.0.txt",
                "",
                "Odd\tgroup:odd\t1.0\tSome licence\t",
                "too\tfew\tfields"));

        assertEquals(List.of(
                new BundledLibrary("EJML", "org.ejml:ejml-ddense", "0.46.1", "The Apache License, Version 2.0",
                        "https://www.apache.org/licenses/LICENSE-2.0.txt"),
                new BundledLibrary("Odd", "group:odd", "1.0", "Some licence", "")), libraries);
    }

    @Test
    void theTextNamesTheBuildTheRuntimeAndEachLibraryWithItsLicence() {
        String text = AboutText.of(new BuildInfo("1.2.3", "2026-01-31"), "17.0.9 (Vendor)", "21.0.11+4",
                List.of(new BundledLibrary("picocli", "info.picocli:picocli", "4.7.7", "Apache 2.0", "http://a/b"),
                        new BundledLibrary("Odd", "group:odd", "1.0", "Some licence", "")));

        assertEquals("Unroll 1.2.3\nBuilt 2026-01-31\nJava 17.0.9 (Vendor)\nJavaFX 21.0.11+4\n\n"
                + "Bundled libraries and their licences:\n\n"
                + "picocli 4.7.7  (info.picocli:picocli)\n    Apache 2.0\n    http://a/b\n\n"
                + "Odd 1.0  (group:odd)\n    Some licence\n", text);
    }

    @Test
    void theBuildFilledInThePomsVersionAndADate() {
        BuildInfo build = BuildInfo.current();

        assertEquals(System.getProperty("unroll.expected.version"), build.version());
        assertTrue(build.buildDate().matches("\\d{4}-\\d{2}-\\d{2}"), build.buildDate());
    }

    @Test
    void everyRuntimeLibraryIsListedWithALicence() {
        List<BundledLibrary> libraries = BundledLibrary.all();

        List<String> artifacts = libraries.stream().map(BundledLibrary::artifact).toList();
        // the POM's direct runtime dependencies, and ones they bring with them (ejml-core, javafx-base, commons-lang3)
        for (String artifact : List.of("org.openjfx:javafx-controls", "org.openjfx:javafx-base", "org.controlsfx:controlsfx",
                "org.ejml:ejml-ddense", "org.ejml:ejml-core", "info.picocli:picocli", "com.fasterxml.jackson.core:jackson-core",
                "io.jhdf:jhdf", "org.apache.commons:commons-lang3", "org.slf4j:slf4j-nop")) {
            assertTrue(artifacts.contains(artifact), artifact + " missing from " + artifacts);
        }
        assertTrue(libraries.stream().noneMatch(l -> l.licence().isBlank()), libraries.toString());
        // test-scoped libraries are not shipped, so not listed
        assertTrue(artifacts.stream().noneMatch(a -> a.startsWith("org.junit") || a.startsWith("org.testfx:testfx")), artifacts.toString());
    }
}
