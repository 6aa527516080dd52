package dev.unroll.export;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.files.AtomicFiles;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every step of a run as its own picture: {@code step-000.png} … {@code step-T.png} (or {@code .svg})
 * in one folder, T + 1 files with t = 0 included. File t holds the same bytes a single export at
 * timestep t writes with the same options, each file replaced atomically by {@link SnapshotExporter}.
 */
public final class StepFiles {

    /** The most files one export may write, as many as a GIF may have frames. */
    public static final int MAX_FILES = AnimatedGif.MAX_FRAMES;
    /** The fewest digits of a step's number in its file name, so that the files of a short run sort by name too. */
    private static final int MIN_DIGITS = 3;

    private StepFiles() {
    }

    /**
     * The files a run of {@code timesteps} steps writes to {@code folder}: {@code step-t.EXT} for
     * t = 0 … T, t padded with zeros to the digits of T, at least three.
     *
     * @throws IllegalArgumentException when the run would need more than {@value #MAX_FILES} files, or
     *                                  {@code format} is not a single picture
     */
    public static List<Path> files(Path folder, int timesteps, SnapshotFormat format) {
        if (format == SnapshotFormat.GIF) {
            throw new IllegalArgumentException("every step is written as a .png or an .svg, not as a .gif");
        }
        if ((long) timesteps + 1 > MAX_FILES) {
            throw new IllegalArgumentException(String.format("every step of this run would be %,d files, more than the %,d "
                    + "one export may write; use fewer timesteps", (long) timesteps + 1, MAX_FILES));
        }
        String pattern = "step-%0" + Math.max(MIN_DIGITS, Integer.toString(timesteps).length()) + "d." + format.extension();
        List<Path> files = new ArrayList<>(timesteps + 1);
        for (int t = 0; t <= timesteps; t++) {
            files.add(folder.resolve(String.format(pattern, t)));
        }
        return files;
    }

    /**
     * Draws {@code trace} at every timestep and writes file t of {@code files} as a single export at t
     * would. Every file is checked before the first is written, so a folder that cannot take them
     * leaves them all as they were.
     *
     * @param files as {@link #files} gives them for the trace's T
     * @throws IOException naming the file that could not be written; those before it are written
     */
    public static void write(Trace trace, DiagramLook look, Theme theme, Vocabulary vocabulary, List<Path> files, double scale,
            boolean transparent) throws IOException {
        if (files.size() != trace.timesteps() + 1) {
            throw new IllegalArgumentException("expected " + (trace.timesteps() + 1) + " files, one a step, got " + files.size());
        }
        for (Path file : files) {
            AtomicFiles.check(file);
        }
        Theme paper = transparent ? theme.transparent() : theme;
        for (int t = 0; t < files.size(); t++) {
            SnapshotExporter.write(StillPicture.draw(trace, DiagramOptions.still(look, t), paper, vocabulary), files.get(t), scale, transparent);
        }
    }
}
