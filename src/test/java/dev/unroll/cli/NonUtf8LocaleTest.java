package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unroll.io.LessonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in UTF-8 whatever the locale: the command line run in a child JVM under {@code LANG=C} and
 * {@code LC_ALL=C}, as in containers and CI. The arguments are written into a shell script in
 * UTF-8, so that they reach the child as UTF-8 bytes whatever the locale of this test's own JVM.
 */
class NonUtf8LocaleTest {

    private static final String TITLE = "한국어 제목";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsAShellAndProc() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isReadable(Path.of("/proc/self/cmdline")),
                "runs the command line under LANG=C with /bin/sh, on Linux");
    }

    @Test
    void koreanTitleIsSavedAsKoreanUnderLangC() throws Exception {
        Path file = dir.resolve("k.unroll.json");
        Child run = unroll("C", "lesson", "--save", file.toString(), "--title", TITLE);
        assertEquals(0, run.status, run.err);
        assertEquals(TITLE, LessonFiles.read(file).title());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"title\": \"" + TITLE + "\""));
    }

    @Test
    void koreanFileNameUnderLangCIsRefusedInOneLineSayingHowToRunIt() throws Exception {
        Path file = dir.resolve("한국어.unroll.json");
        Child run = unroll("C", "lesson", "--save", file.toString());
        assertEquals(2, run.status, run.err);
        List<String> lines = run.err.lines().toList();
        assertEquals(1, lines.size(), run.err);
        assertTrue(lines.get(0).contains("cannot be a file name in this locale (LC_ALL=C, whose encoding US-ASCII has no bytes "
                + "for its characters); run it in a UTF-8 locale, for example: LC_ALL=C.UTF-8 java -jar unroll.jar"), run.err);
        assertFalse(run.err.contains("Exception"), run.err);
        assertFalse(Files.exists(file));
    }

    @Test
    void koreanFileNameIsSavedUnderTheUtf8LocaleTheMessageAdvises() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")), "the C.UTF-8 locale is installed");
        Path file = dir.resolve("한국어.unroll.json");
        Child run = unroll("C.UTF-8", "lesson", "--save", file.toString(), "--title", TITLE);
        assertEquals(0, run.status, run.err);
        assertEquals(TITLE, LessonFiles.read(file).title());
    }

    @Test
    void argumentFileWithKoreanTextUnderLangCIsRefusedRatherThanSavedAsReplacementCharacters() throws Exception {
        Path args = Files.writeString(dir.resolve("args.txt"), "--title \"" + TITLE + "\"\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("k.unroll.json");
        Child run = unroll("C", "lesson", "--save", file.toString(), "@" + args);
        assertEquals(2, run.status, run.err);
        assertEquals("unroll: " + args + ": this argument file holds characters that the locale (LC_ALL=C, encoding US-ASCII) "
                + "cannot read; run it in a UTF-8 locale, for example: LC_ALL=C.UTF-8 java -jar unroll.jar ...", run.err.strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void argumentsAreReadAgainAsUtf8FromTheProcesssOwnBytes() {
        byte[] cmdline = "java\0-cp\0x.jar\0dev.unroll.Main\0--title\0\uD55C\uAD6D\0".getBytes(StandardCharsets.UTF_8);
        String[] asDecoded = {"--title", "\uFFFD".repeat(6)};
        assertArrayEquals(new String[] {"--title", "\uD55C\uAD6D"},
                CommandLineText.decode(asDecoded, cmdline, StandardCharsets.US_ASCII));
    }

    @Test
    void argumentsThatAreNotTheProcesssLastOnesAreLeftAsTheyAre() {
        byte[] cmdline = "java\0-cp\0x.jar\0dev.unroll.Main\0--title\0other\0".getBytes(StandardCharsets.UTF_8);
        String[] args = {"--title", "\uFFFD\uFFFD\uFFFD"};
        assertArrayEquals(args, CommandLineText.decode(args, cmdline, StandardCharsets.US_ASCII));
    }

    private record Child(int status, String out, String err) {
    }

    /** Runs {@code java dev.unroll.Main args} with LANG=C and LC_ALL set to {@code locale}. */
    private Child unroll(String locale, String... args) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("exec \"$UNROLL_JAVA\" -cp \"$UNROLL_CP\" dev.unroll.Main");
        for (String arg : args) {
            script.append(" '").append(arg.replace("'", "'\\''")).append('\'');
        }
        Path sh = Files.writeString(dir.resolve("run.sh"), script.append('\n'), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", sh.toString());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", locale);
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("UNROLL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("UNROLL_CP", System.getProperty("java.class.path"));
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish within a minute");
        }
        return new Child(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.ISO_8859_1),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.ISO_8859_1));
    }
}
