package dev.unroll.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The band-by-band PNG encoder writes files that ImageIO decodes to exactly the pixels it was given. */
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

    private static BufferedImage encodeAndDecode(BufferedImage image, int bandRows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        try (PngEncoder encoder = new PngEncoder(bytes, image.getWidth(), image.getHeight(), alpha)) {
            for (int top = 0; top < image.getHeight(); top += bandRows) {
                int rows = Math.min(bandRows, image.getHeight() - top);
                encoder.rows(copy(image, top, bandRows), rows);
            }
            encoder.finish();
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
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

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(Integer.toHexString(expected.getRGB(x, y)), Integer.toHexString(actual.getRGB(x, y)),
                        "pixel " + x + ", " + y);
            }
        }
    }
}
