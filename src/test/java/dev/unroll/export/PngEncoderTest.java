package dev.unroll.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The band-by-band PNG encoder writes files that ImageIO decodes to exactly the pixels it was given, whichever thread encoded each band. */
class PngEncoderTest {

    /** Flat areas, repeated rows, a gradient and noise: every filter difference, wrapping included. */
    private static BufferedImage picture(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb;
                if (y < height / 3) {
                    argb = 0xFFFBFBFA;
                } else if (x < width / 2) {
                    argb = 0xFF000000 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | ((x + y) & 0xFF);
                } else {
                    argb = random.nextInt();
                }
                image.setRGB(x, y, type == BufferedImage.TYPE_INT_RGB ? argb | 0xFF000000 : argb);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, int bandRows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        PngEncoder encoder = new PngEncoder(bytes, image.getWidth(), image.getHeight(), alpha);
        for (int top = 0; top < image.getHeight(); top += bandRows) {
            int rows = Math.min(bandRows, image.getHeight() - top);
            encoder.append(PngEncoder.encode(copy(image, top, bandRows), rows, alpha, top + rows == image.getHeight()));
        }
        encoder.finish();
        return bytes.toByteArray();
    }

    private static BufferedImage encodeAndDecode(BufferedImage image, int bandRows) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encode(image, bandRows)));
        assertTrue(decoded != null, "ImageIO decodes the PNG");
        return decoded;
    }

    /** Rows {@code top} on of {@code image} in a band image of its own, as the exporter paints them. */
    private static BufferedImage copy(BufferedImage image, int top, int bandRows) {
        BufferedImage band = new BufferedImage(image.getWidth(), bandRows, image.getType());
        for (int y = 0; y < bandRows && top + y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                band.setRGB(x, y, image.getRGB(x, top + y));
            }
        }
        return band;
    }

    @ParameterizedTest(name = "bands of {0} rows")
    @ValueSource(ints = {1, 7, 90})
    void opaquePictureDecodesToTheSamePixelsWithoutAlpha(int bandRows) throws IOException {
        BufferedImage image = picture(BufferedImage.TYPE_INT_RGB, 301, 90);
        BufferedImage decoded = encodeAndDecode(image, bandRows);
        assertEquals(301, decoded.getWidth());
        assertEquals(90, decoded.getHeight());
        assertEquals(false, decoded.getColorModel().hasAlpha());
        assertSamePixels(image, decoded);
    }

    @ParameterizedTest(name = "bands of {0} rows")
    @ValueSource(ints = {1, 13})
    void transparentPictureKeepsEveryPixelsAlpha(int bandRows) throws IOException {
        BufferedImage image = picture(BufferedImage.TYPE_INT_ARGB, 120, 61);
        BufferedImage decoded = encodeAndDecode(image, bandRows);
        assertTrue(decoded.getColorModel().hasAlpha());
        assertSamePixels(image, decoded);
    }

    @Test
    void bandsEncodedOnOtherThreadsInAnyOrderGiveTheSameFile() throws Exception {
        BufferedImage image = picture(BufferedImage.TYPE_INT_RGB, 173, 64);
        int bandRows = 10;
        List<Callable<PngEncoder.Band>> work = new ArrayList<>();
        for (int top = 0; top < image.getHeight(); top += bandRows) {
            int rows = Math.min(bandRows, image.getHeight() - top);
            BufferedImage band = copy(image, top, bandRows);
            boolean last = top + rows == image.getHeight();
            work.add(() -> PngEncoder.encode(band, rows, false, last));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // started last band first, so they finish out of order
            List<Future<PngEncoder.Band>> started = new ArrayList<>();
            for (int i = work.size() - 1; i >= 0; i--) {
                started.add(0, pool.submit(work.get(i)));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PngEncoder encoder = new PngEncoder(bytes, image.getWidth(), image.getHeight(), false);
            for (Future<PngEncoder.Band> band : started) {
                encoder.append(band.get());
            }
            encoder.finish();
            assertArrayEquals(encode(image, bandRows), bytes.toByteArray());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBandMarkedLastBeforeTheEndIsRefused() throws IOException {
        BufferedImage image = picture(BufferedImage.TYPE_INT_RGB, 20, 10);
        PngEncoder encoder = new PngEncoder(new ByteArrayOutputStream(), 20, 10, false);
        PngEncoder.Band early = PngEncoder.encode(copy(image, 0, 5), 5, false, true);
        assertThrows(IllegalArgumentException.class, () -> encoder.append(early));
        encoder.append(PngEncoder.encode(copy(image, 0, 5), 5, false, false));
        assertThrows(IllegalStateException.class, encoder::finish);
    }

    @Test
    void combinedChecksumEqualsTheChecksumOfTheJoinedBytes() {
        Random random = new Random(11);
        for (int n : new int[] {0, 1, 5551, 65520, 65521, 65522, 200_000}) {
            byte[] first = new byte[random.nextInt(70_000)];
            byte[] second = new byte[n];
            random.nextBytes(first);
            random.nextBytes(second);
            // bytes of 0xFF push both sums towards the modulus, where an off-by-one shows
            java.util.Arrays.fill(second, 0, n / 2, (byte) 0xFF);
            Adler32 whole = new Adler32();
            whole.update(first);
            whole.update(second);
            Adler32 a = new Adler32();
            a.update(first);
            Adler32 b = new Adler32();
            b.update(second);
            assertEquals((int) whole.getValue(), PngEncoder.adler32Combine((int) a.getValue(), (int) b.getValue(), n), "second part of " + n);
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(Integer.toHexString(expected.getRGB(x, y)), Integer.toHexString(actual.getRGB(x, y)),
                        "pixel " + x + ", " + y);
            }
        }
    }
}
