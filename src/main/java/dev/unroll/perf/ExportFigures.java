package dev.unroll.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whole-process figures, each a fresh {@code java} with the bench's own class path, timed from
 * starting it to its exit, start-up included: {@code export-png-4x}, {@code export-svg} and
 * {@code export-gif-100} run the real {@code export} command on the seed's example (T 100, 32 → 64),
 * both views, the PNG and the SVG at t = T, the PNG at scale 4, and the GIF with all 101 frames; {@code first-paint} is the
 * time from the process's start to the first painted frame of the window, headless (Monocle, software
 * rendering), as {@link FirstPaintProbe} reports it. Each child starts with the JVM options the bench
 * itself was started with (see {@link #inheritedOptions}), so the figures say what a user starting the
 * jar the same way sees. Files go to a temporary folder deleted afterwards.
 */
final class ExportFigures implements FigureSource {

    private static final String MAIN = "dev.unroll.Main";
    /** Far beyond any figure's target: a child that takes this long is stuck, not slow. */
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    private static final List<String> SEED_BOTH = List.of("export", "--preset", "seed-numpy", "--view", "both");

    @Override
    public List<String> names() {
        return List.of("export-png-4x", "export-svg", "export-gif-100", "first-paint");
    }

    @Override
    public void measure(Predicate<String> wanted, boolean quick, Consumer<Figure> out) throws IOException, InterruptedException {
        int runs = quick ? 3 : 7;
        Path dir = Files.createTempDirectory("unroll-bench");
        try {
            if (wanted.test("export-png-4x")) {
                out.accept(Samples.figure("export-png-4x", "ms", timeExport(dir, runs, "both.png", "--t", "100", "--scale", "4")));
            }
            if (wanted.test("export-svg")) {
                out.accept(Samples.figure("export-svg", "ms", timeExport(dir, runs, "both.svg", "--t", "100")));
            }
            if (wanted.test("export-gif-100")) {
                out.accept(Samples.figure("export-gif-100", "ms", timeExport(dir, quick ? 2 : 5, "run.gif")));
            }
            if (wanted.test("first-paint")) {
                out.accept(Samples.figure("first-paint", "ms", firstPaints(dir, runs)));
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Wall milliseconds of whole {@code export} processes writing {@code file}, after one run not counted. */
    private static double[] timeExport(Path dir, int runs, String file, String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(SEED_BOTH);
        args.addAll(List.of(options));
        args.add("--out");
        args.add(dir.resolve(file).toString());
        List<String> command = java(List.of(), MAIN, args);
        double[] millis = new double[runs];
        for (int i = -1; i < runs; i++) {
            long start = System.nanoTime();
            run(command, dir);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    /** Milliseconds from launching the probe's process to the window's first painted frame, which the probe reports. */
    private static double[] firstPaints(Path dir, int runs) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path result = dir.resolve("first-paint.txt");
        List<String> options = new ArrayList<>(HeadlessWindow.jvmOptions());
        // a fresh user: no saved window place, and the window's log and settings stay in the temporary folder
        options.add("-Duser.home=" + home);
        options.add("-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        List<String> command = java(options, FirstPaintProbe.class.getName(), List.of(result.toString()));
        double[] millis = new double[runs];
        for (int i = -1; i < runs; i++) {
            Files.deleteIfExists(result);
            long launched = System.currentTimeMillis();
            run(command, dir);
            if (!Files.isRegularFile(result)) {
                throw new IllegalStateException("the first-paint probe ended without a painted frame");
            }
            if (i >= 0) {
                millis[i] = Long.parseLong(Files.readString(result, StandardCharsets.UTF_8).trim()) - launched;
            }
        }
        return millis;
    }

    /** {@code java [this process's options] [options] -cp CLASS_PATH main args}, with this process's runtime and class path. */
    private static List<String> java(List<String> options, String main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(args);
        return command;
    }

    /**
     * The options of the bench's own {@code java} command that its children start with: all of them, so
     * that {@code java $(launcher options) -jar unroll.jar bench} times what the launcher gives, except
     * those that make each process write a file of its own (a class-data archive or class list, a flight
     * recording, a log or heap dump to a file, which the children would overwrite and time) or listen on a
     * debugger's port, which one process holds.
     */
    static List<String> inheritedOptions(List<String> benchOptions) {
        return benchOptions.stream().filter(option -> !writesAFileOrHoldsAPort(option)).toList();
    }

    private static boolean writesAFileOrHoldsAPort(String option) {
        return option.startsWith("-XX:ArchiveClassesAtExit=") || option.startsWith("-XX:DumpLoadedClassList=")
                || option.startsWith("-Xshare:dump") || option.startsWith("-agentlib:jdwp") || option.startsWith("-Xrunjdwp")
                || option.startsWith("-XX:StartFlightRecording") || option.startsWith("-XX:HeapDumpPath=")
                || option.startsWith("-Xlog:") && option.contains(":file=") || option.startsWith("-Xloggc:");
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process process = builder.start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("a measured process took more than " + CHILD_TIMEOUT_SECONDS + " s: "
                    + String.join(" ", command.subList(command.size() - Math.min(command.size(), 12), command.size())));
        }
        int status = process.exitValue();
        if (status != 0) {
            throw new IllegalStateException("a measured process failed with status " + status + ": "
                    + String.join(" ", command.subList(command.size() - Math.min(command.size(), 12), command.size()))
                    + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
