package dev.unroll.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The window's log: java.util.logging sent to a file in the user's configuration directory, two
 * files of at most 1 MB taking turns, and nothing on the console. JavaFX's own messages (its
 * warning that it runs from the class path, for one) go to the same file.
 */
final class AppLog {

    /** Each file's limit: a few thousand stack traces, small enough to attach to a message. */
    static final int FILE_LIMIT_BYTES = 1_000_000;
    /** The file being written and the one before it. */
    static final int FILE_COUNT = 2;
    /** The files' names; FileHandler puts the generation, 0 or 1, in place of %g. */
    static final String FILE_PATTERN = "unroll-%g.log";

    private AppLog() {
    }

    /**
     * The directory where Unroll keeps its own files.
     *
     * @param osName   the {@code os.name} system property
     * @param env      the environment, as {@link System#getenv(String)}
     * @param userHome the user's home directory
     */
    static Path configDirectory(String osName, UnaryOperator<String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path roaming = isAbsolute(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Unroll");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Unroll");
        }
        // the XDG base directory specification: a relative XDG_CONFIG_HOME is invalid and ignored
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path config = isAbsolute(xdg) ? Path.of(xdg) : userHome.resolve(".config");
        return config.resolve("unroll");
    }

    private static boolean isAbsolute(String path) {
        try {
            return path != null && !path.isEmpty() && Path.of(path).isAbsolute();
        } catch (RuntimeException notAPath) {
            return false;
        }
    }

    /**
     * Sends every logger's records to the log file in this user's configuration directory instead
     * of the console. If the file cannot be opened the window still opens: one line on standard
     * error says why, and warnings and errors go to standard error instead.
     *
     * @return the log file's pattern, or empty when it could not be opened
     */
    static String install() {
        Path directory = configDirectory(System.getProperty("os.name", ""), System::getenv,
                Path.of(System.getProperty("user.home", ".")));
        return install(directory);
    }

    /** As {@link #install()}, with the files in {@code directory}. */
    static String install(Path directory) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        String pattern = directory.resolve(FILE_PATTERN).toString();
        try {
            Files.createDirectories(directory);
            FileHandler file = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setFormatter(new LineFormatter());
            // the platform's encoding is ASCII under LANG=C: file names outside it would be logged as '?'
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setLevel(Level.ALL);
            root.addHandler(file);
            root.setLevel(Level.INFO);
            Logger.getLogger(AppLog.class.getName()).info(() -> "Unroll starting; Java " + System.getProperty("java.version")
                    + " on " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
            return pattern;
        } catch (IOException | RuntimeException e) {
            System.err.println("unroll: cannot write the log in " + directory + " (" + e + "); errors go to standard error");
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.WARNING);
            console.setFormatter(new LineFormatter());
            root.addHandler(console);
            root.setLevel(Level.INFO);
            return "";
        }
    }

    /** One line per record (time, level, logger, message), then the stack trace if there is one. */
    static final class LineFormatter extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
