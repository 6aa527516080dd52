package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image that {@code ./mvnw -Pdist package} builds, run as a teacher runs it: its own launcher,
 * with no {@code java} on the PATH and no JAVA_HOME, gives what {@code java -jar unroll.jar} gives —
 * the same picture, the same numbers, the same exit status and messages. Only {@code -Pdist verify}
 * runs it, since only that profile builds the image.
 */
@EnabledIfSystemProperty(named = "unroll.appImageLauncher", matches = ".+")
class AppImageTest {

    private static final Path LAUNCHER = Path.of(System.getProperty("unroll.appImageLauncher", ""));
    private static final Path IMAGE = Path.of(System.getProperty("unroll.appImage", ""));
    private static final Path JAR = Path.of("target", "unroll.jar").toAbsolutePath();

    @TempDir
    Path work;

    /** What a finished process left: its status and both streams. */
    private record Run(int status, String out, String err) {
    }

    private Run image(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        // a PATH that holds nothing at all, so no JDK of this machine can stand in for the image's runtime
        environment.put("PATH", Files.createDirectories(work.resolve("empty-path")).toString());
        environment.remove("JAVA_HOME");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        return finish(builder);
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return finish(new ProcessBuilder(command));
    }

    private Run finish(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command ends: " + builder.command());
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theImagesExportIsTheJarsPictureByteForByte() throws Exception {
        Path fromImage = work.resolve("image.png");
        Path fromJar = work.resolve("jar.png");
        Run image = image("export", "--preset", "seed-numpy", "--view", "both", "--t", "3", "--out", fromImage.toString());
        Run jar = jar("export", "--preset", "seed-numpy", "--view", "both", "--t", "3", "--out", fromJar.toString());
        assertEquals(0, image.status(), image.err());
        assertEquals(0, jar.status(), jar.err());
        assertEquals("", image.err());
        assertEquals(jar.out().replace(fromJar.toString(), fromImage.toString()), image.out());
        byte[] png = Files.readAllBytes(fromImage);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertArrayEquals(Files.readAllBytes(fromJar), png);
    }

    @Test
    void theImagesTraceHasTheJarsValues() throws Exception {
        Run image = image("trace", "--preset", "tiny");
        Run jar = jar("trace", "--preset", "tiny");
        assertEquals(0, image.status(), image.err());
        assertEquals("", image.err());
        assertTrue(jar.out().lines().count() > 1, jar.out());
        assertEquals(jar.out(), image.out());
    }

    @Test
    void aMistypedCommandFailsAsTheJarFailsWithTheSameMessage() throws Exception {
        Run image = image("tarce", "--preset", "tiny");
        Run jar = jar("tarce", "--preset", "tiny");
        assertNotEquals(0, jar.status());
        assertEquals(jar.status(), image.status());
        assertEquals(jar.err(), image.err());
        assertEquals(jar.out(), image.out());
    }

    @Test
    void theImageCarriesItsIconAndMenuEntry() throws Exception {
        Path lib = IMAGE.resolve("lib");
        assumeTrue(Files.isDirectory(lib.resolve("app")), "not the Linux layout of an app image");
        assertArrayEquals(Files.readAllBytes(Path.of("assets", "icon", "unroll-256.png")), Files.readAllBytes(lib.resolve("unroll.png")));
        List<String> entry = Files.readAllLines(lib.resolve("unroll.desktop"));
        assertTrue(entry.contains("Exec=/opt/unroll/bin/unroll %f"), entry.toString());
        assertTrue(entry.contains("Icon=/opt/unroll/lib/unroll.png"), entry.toString());
    }

    /**
     * The .deb's post-install script, run as dpkg runs it on a copy of the image in another folder (as
     * the package puts it in /opt/unroll): before it, the archive recorded where the image was built does
     * not fit and the launcher reads its classes from the jars; after it, they come from the archive.
     */
    @Test
    void thePostInstallScriptMakesAnArchiveThatFitsWhereTheImageLies() throws Exception {
        assumeTrue(Files.isDirectory(IMAGE.resolve("lib").resolve("app")), "not the Linux layout of an app image");
        Path installed = work.resolve("opt").resolve("unroll");
        copyTree(IMAGE, installed);
        Path cfg = installed.resolve("lib").resolve("app").resolve("unroll.cfg");
        assertTrue(Files.isRegularFile(installed.resolve("lib").resolve("app").resolve("unroll.classlist")));
        assertEquals("file", sourceOfMainClass(installed));

        // dpkg's file list names the installed cfg; the tokens are those jpackage fills in
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path dpkgQuery = Files.writeString(bin.resolve("dpkg-query"), "#!/bin/sh\necho '" + cfg + "'\n");
        dpkgQuery.toFile().setExecutable(true);
        String script = Files.readString(Path.of("src", "main", "launcher", "postinst"), StandardCharsets.UTF_8)
                .replace("APPLICATION_PACKAGE", "unroll").replace("DESKTOP_COMMANDS_INSTALL", ":");
        Path postinst = Files.writeString(work.resolve("postinst"), script);
        ProcessBuilder builder = new ProcessBuilder("sh", postinst.toString(), "configure");
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        Run run = finish(builder);
        assertEquals(0, run.status(), run.err());

        assertEquals("shared objects file", sourceOfMainClass(installed));
    }

    /** Where the launcher of the image in {@code root} loads {@code dev.unroll.Main} from: the archive or a jar. */
    private String sourceOfMainClass(Path root) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "classes", ".log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin").resolve("unroll").toString(), "--version");
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        Run run = finish(builder);
        assertEquals(0, run.status(), run.err());
        String line = Files.readAllLines(log).stream().filter(l -> l.contains(" dev.unroll.Main source: ")).findFirst()
                .orElseThrow(() -> new AssertionError("dev.unroll.Main was not loaded"));
        String source = line.substring(line.indexOf(" source: ") + " source: ".length());
        return source.startsWith("file:") ? "file" : source;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
