package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A Keras 3 {@code .keras} file: a zip holding {@code config.json} (the model's configuration),
 * {@code metadata.json} (the Keras version) and {@code model.weights.h5}. In the weights file a
 * layer's variables are the datasets {@code layers/<key>/vars/0, 1, ...}, where the key is the
 * layer's class in snake case, numbered as Keras numbers repeated names ({@code dense}, {@code dense_1})
 * whatever the layer's own name; a SimpleRNN keeps its variables in its cell,
 * {@code layers/simple_rnn/cell/vars}. A compiled model's optimizer keeps its own under {@code optimizer/vars}.
 *
 * <p>Nothing the zip claims is trusted: at most {@link KerasLimits#MAX_ARCHIVE_ENTRIES} entries, each
 * entry's declared size checked before it is unpacked, and the bytes counted while unpacking, so an
 * entry that inflates past its declared size is stopped there.
 */
final class KerasArchive {

    private static final String CONFIG = "config.json";
    private static final String METADATA = "metadata.json";
    private static final String WEIGHTS = "model.weights.h5";
    private static final Map<String, String> KEYS = Map.of("Embedding", "embedding", "SimpleRNN", "simple_rnn", "Dense", "dense");

    private KerasArchive() {
    }

    static KerasModel read(Path path, String source) {
        try (ZipFile zip = open(path, source)) {
            Map<String, ZipEntry> entries = entries(zip, source);
            ZipEntry configEntry = required(entries, CONFIG, source);
            ZipEntry weightsEntry = required(entries, WEIGHTS, source);
            checkDeclared(configEntry, KerasLimits.MAX_CONFIG_BYTES, source);
            checkDeclared(weightsEntry, KerasLimits.MAX_FILE_BYTES, source);
            ModelConfig config = ModelConfig.of(source, ConfigJson.parse(CONFIG + " in " + source,
                    unpack(zip, configEntry, KerasLimits.MAX_CONFIG_BYTES, source), KerasModelReader.EXPECTED));
            String version = "3";
            ZipEntry metadata = entries.get(METADATA);
            if (metadata != null && ConfigJson.parse(METADATA + " in " + source,
                    unpack(zip, metadata, KerasLimits.MAX_METADATA_BYTES, source), KerasModelReader.EXPECTED)
                    .get("keras_version") instanceof String v) {
                version = v;
            }
            byte[] h5 = unpack(zip, weightsEntry, KerasLimits.MAX_FILE_BYTES, source);
            try (HdfWeights weights = HdfWeights.of(WEIGHTS + " in " + source, h5)) {
                Map<LayerConfig, String> keys = keys(config);
                LayerWeights reader = (layer, key, index, count, shape, maxAny) -> {
                    String base = "layers/" + keys.get(layer) + ("SimpleRNN".equals(layer.className()) ? "/cell" : "") + "/vars";
                    int found = weights.children(base).size();
                    if (found != count) {
                        throw new BadInputException(weights.source(), "has " + found + " weights for layer " + layer.label()
                                + " under " + base, count + ", as Keras saves that layer");
                    }
                    return weights.floats(base + "/" + index, key + " of " + layer.label(), shape, maxAny);
                };
                return LayerBuilder.build(source, version, config, reader, weights.sizes("optimizer/vars"));
            }
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read (" + BadInputException.shorten(String.valueOf(e.getMessage())) + ")",
                    KerasModelReader.EXPECTED, e);
        }
    }

    /** Keras 3's key for each layer's weights: its class in snake case, numbered from the second of a class on. */
    private static Map<LayerConfig, String> keys(ModelConfig config) {
        Map<LayerConfig, String> keys = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        List<LayerConfig> layers = new java.util.ArrayList<>();
        config.embedding().ifPresent(layers::add);
        layers.add(config.rnn());
        layers.addAll(config.dense());
        for (LayerConfig layer : layers) {
            String base = KEYS.get(layer.className());
            int n = used.merge(base, 1, Integer::sum);
            keys.put(layer, n == 1 ? base : base + "_" + (n - 1));
        }
        return keys;
    }

    private static ZipFile open(Path path, String source) {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new BadInputException(source, "is a zip archive that is truncated or corrupt: its table of contents cannot be read",
                    KerasModelReader.EXPECTED, e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(source, "cannot be opened as a zip archive (" + BadInputException.shorten(String.valueOf(e.getMessage()))
                    + ")", KerasModelReader.EXPECTED, e);
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip, String source) {
        if (zip.size() > KerasLimits.MAX_ARCHIVE_ENTRIES) {
            throw new BadInputException(source, "has " + zip.size() + " entries", "at most " + KerasLimits.MAX_ARCHIVE_ENTRIES
                    + "; a .keras archive has " + CONFIG + ", " + METADATA + " and " + WEIGHTS);
        }
        Map<String, ZipEntry> entries = new HashMap<>();
        try {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), entry);
            }
        } catch (RuntimeException e) {
            throw new BadInputException(source, "is a zip archive whose table of contents is corrupt", KerasModelReader.EXPECTED, e);
        }
        return entries;
    }

    private static ZipEntry required(Map<String, ZipEntry> entries, String name, String source) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new BadInputException(source, "is a zip archive without " + name, KerasModelReader.EXPECTED
                    + "; a .keras archive has " + CONFIG + ", " + METADATA + " and " + WEIGHTS);
        }
        return entry;
    }

    /** Unpacks one entry, refusing it before unpacking if it declares more than {@code limit} bytes, and stopping if it inflates past that. */
    private static byte[] unpack(ZipFile zip, ZipEntry entry, long limit, String source) {
        String entrySource = entry.getName() + " in " + source;
        long declared = checkDeclared(entry, limit, source);
        long cap = declared >= 0 ? declared : limit;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 16));
            if (in.read() != -1) {
                throw new BadInputException(entrySource, "unpacks to more than the " + count(cap) + " bytes it declares",
                        "an entry as long as it says, as Keras writes it");
            }
            if (declared >= 0 && bytes.length != declared) {
                throw new BadInputException(entrySource, "ends after " + count(bytes.length) + " of the " + count(declared)
                        + " bytes it declares", "a whole archive");
            }
            return bytes;
        } catch (ZipException e) {
            throw new BadInputException(entrySource, "is corrupt (" + BadInputException.shorten(String.valueOf(e.getMessage())) + ")",
                    "a whole archive", e);
        } catch (IOException e) {
            throw new BadInputException(entrySource, "cannot be unpacked (" + BadInputException.shorten(String.valueOf(e.getMessage()))
                    + ")", "a whole archive", e);
        }
    }

    /** The entry's declared uncompressed size (-1 if it declares none), refused past {@code limit}. */
    private static long checkDeclared(ZipEntry entry, long limit, String source) {
        long declared = entry.getSize();
        if (declared > limit) {
            throw new BadInputException(entry.getName() + " in " + source, "declares " + count(declared) + " bytes uncompressed",
                    "at most " + count(limit));
        }
        return declared;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
