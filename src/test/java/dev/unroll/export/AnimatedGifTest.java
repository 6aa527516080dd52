package dev.unroll.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.Theme;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Animated GIFs of a run, decoded with ImageIO: frames, size, looping, delay, and pictures that move. */
class AnimatedGifTest {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    @TempDir
    Path dir;

    /** Every frame of a GIF, decoded, with its metadata. */
    private record Decoded(List<BufferedImage> frames, List<IIOMetadataNode> metadata) {
    }

    private static Decoded decode(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            int count = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<IIOMetadataNode> metadata = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                frames.add(reader.read(i));
                metadata.add((IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT));
            }
            return new Decoded(frames, metadata);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode node, String name) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeName().equals(name)) {
                return (IIOMetadataNode) c;
            }
        }
        return null;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void runHasAFrameForH0AndOneForEveryTimestepAtTheDocumentedSizeLoopingWithItsDelay() throws IOException {
        RunFrames frames = new RunFrames(TINY, DiagramLook.DEFAULT, false, Theme.LIGHT);
        Path out = dir.resolve("run.gif");
        AnimatedGif.write(frames, out, 1, 250);
        Decoded gif = decode(Files.readAllBytes(out));
        int steps = TINY.timesteps();
        assertEquals(steps + 1, gif.frames().size());
        int[] size = AnimatedGif.size(frames, 1);
        for (BufferedImage frame : gif.frames()) {
            assertEquals(size[0], frame.getWidth());
            assertEquals(size[1], frame.getHeight());
        }
        IIOMetadataNode loop = child(child(gif.metadata().get(0), "ApplicationExtensions"), "ApplicationExtension");
        assertNotNull(loop, "the first frame carries the looping extension");
        assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
        assertEquals("2.0", loop.getAttribute("authenticationCode"));
        assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loops forever");
        for (IIOMetadataNode frame : gif.metadata()) {
            assertEquals("25", child(frame, "GraphicControlExtension").getAttribute("delayTime"));
        }
        for (int t = 1; t <= steps; t++) {
            assertFalse(samePixels(gif.frames().get(t - 1), gif.frames().get(t)), "frame " + t + " shows step " + t);
        }
    }

    @Test
    void stagesGiveAFrameForEachStageOfEveryStepWithTheHead() throws IOException {
        RunFrames frames = new RunFrames(TINY, DiagramLook.DEFAULT, true, Theme.LIGHT);
        assertTrue(DiagramLook.DEFAULT.head() && TINY.lesson().dimensions().hasHead());
        Path out = dir.resolve("stages.gif");
        AnimatedGif.write(frames, out, 1, AnimatedGif.DEFAULT_FRAME_MS);
        Decoded gif = decode(Files.readAllBytes(out));
        assertEquals(1 + 5 * TINY.timesteps(), gif.frames().size());
        assertEquals(1 + 5L * TINY.timesteps(), frames.count());
        for (int i = 1; i < gif.frames().size(); i++) {
            assertFalse(samePixels(gif.frames().get(i - 1), gif.frames().get(i)), "stage frame " + i + " moves on");
        }
    }

    @Test
    void framesShowThePaperAndTheValueColoursOfThePicture() throws IOException {
        Path out = dir.resolve("run.gif");
        AnimatedGif.write(new RunFrames(TINY, DiagramLook.DEFAULT, false, Theme.LIGHT), out, 2, 100);
        BufferedImage last = decode(Files.readAllBytes(out)).frames().get(TINY.timesteps());
        assertEquals(Theme.LIGHT.paper().rgb(), last.getRGB(0, 0) & 0xFFFFFF, "the paper, exactly");
        long reddish = 0;
        for (int y = 0; y < last.getHeight(); y++) {
            for (int x = 0; x < last.getWidth(); x++) {
                int rgb = last.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > ((rgb & 0xFF) + 60)) {
                    reddish++;
                }
            }
        }
        assertTrue(reddish > 500, "positive values drawn in red: " + reddish + " pixels");
    }

    @Test
    void lzwDataDecodeToTheSameIndicesThroughManyTableResets() throws IOException {
        int width = 301;
        int height = 257;
        int[] palette = new int[256];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = i * 0x010101 ^ (i << 16);
        }
        byte[] indices = new byte[width * height];
        Random random = new Random(3);
        for (int i = 0; i < indices.length; i++) {
            // noise fills the code table many times over; runs exercise the long codes
            indices[i] = (byte) (i % 997 < 400 ? random.nextInt(256) : (i / 50) % 7);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifEncoder encoder = new GifEncoder(bytes, width, height, palette, 10);
        encoder.frame(indices);
        byte[] second = indices.clone();
        Arrays.fill(second, 0, width * 3, (byte) 255);
        encoder.frame(second);
        encoder.finish();
        Decoded gif = decode(bytes.toByteArray());
        assertEquals(2, gif.frames().size());
        for (int f = 0; f < 2; f++) {
            byte[] expected = f == 0 ? indices : second;
            BufferedImage frame = gif.frames().get(f);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(palette[expected[i] & 0xFF], frame.getRGB(i % width, i / width) & 0xFFFFFF,
                        "frame " + f + ", pixel " + i);
            }
        }
    }

    @Test
    void aRefusedExportLeavesTheEarlierGifAsItWas() throws IOException {
        Path out = dir.resolve("run.gif");
        AnimatedGif.write(new RunFrames(TINY, DiagramLook.DEFAULT, false, Theme.LIGHT), out, 1, 100);
        byte[] before = Files.readAllBytes(out);
        RunFrames frames = new RunFrames(TINY, DiagramLook.DEFAULT, false, Theme.LIGHT);
        assertEquals("scale must be between 1 and 4, got 5",
                assertThrows(IllegalArgumentException.class, () -> AnimatedGif.write(frames, out, 5, 100)).getMessage());
        assertEquals("a frame's time must be between 20 and 60000 ms, got 5",
                assertThrows(IllegalArgumentException.class, () -> AnimatedGif.write(frames, out, 1, 5)).getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void progressHearsEveryFrameAndStoppingItLeavesTheOlderFileAndNoTemporaryOne() throws IOException {
        RunFrames frames = new RunFrames(TINY, DiagramLook.DEFAULT, false, Theme.LIGHT);
        Path out = dir.resolve("run.gif");
        List<Long> heard = new ArrayList<>();
        AnimatedGif.write(frames, out, 1, 100, (done, total) -> heard.add(done * 100 + total));
        // T = 5: frames 1 to 6 of 6, each told as done · 100 + total
        assertEquals(List.of(106L, 206L, 306L, 406L, 506L, 606L), heard);

        byte[] before = Files.readAllBytes(out);
        class Stopped extends RuntimeException {
        }
        assertThrows(Stopped.class, () -> AnimatedGif.write(new RunFrames(TINY, DiagramLook.DEFAULT, true, Theme.LIGHT), out, 1, 100,
                (done, total) -> {
                    if (done == 3) {
                        throw new Stopped();
                    }
                }));
        assertArrayEquals(before, Files.readAllBytes(out), "the stages' GIF, stopped at frame 3, did not replace the file");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left");
        }
    }
}
