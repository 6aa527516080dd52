package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import dev.unroll.io.NdArray;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * An HDF5 file read through jHDF, with every read checked: a dataset's shape and type are read from
 * its header and checked before its values are, and whatever jHDF reports about a truncated or
 * corrupt file (it throws unchecked exceptions of its own) becomes one {@link BadInputException}
 * naming the file.
 */
final class HdfWeights implements AutoCloseable {

    private static final String HDF5 = "an HDF5 file as Keras writes it";
    /** The longest text attribute read, such as Keras 2's {@code model_config}. */
    private static final long MAX_ATTRIBUTE_BYTES = KerasLimits.MAX_CONFIG_BYTES;

    private final String source;
    private final HdfFile file;

    private HdfWeights(String source, HdfFile file) {
        this.source = source;
        this.file = file;
    }

    /** Opens the HDF5 file at {@code path}, named {@code source} in messages. */
    static HdfWeights open(String source, Path path) {
        return new HdfWeights(source, guard(source, () -> new HdfFile(path)));
    }

    /** Opens an HDF5 file held in memory, such as the {@code model.weights.h5} of a {@code .keras} archive. */
    static HdfWeights of(String source, byte[] bytes) {
        return new HdfWeights(source, guard(source, () -> HdfFile.fromByteBuffer(ByteBuffer.wrap(bytes))));
    }

    /** The file, as messages name it. */
    String source() {
        return source;
    }

    /** Whether a node exists at {@code path}. */
    boolean has(String path) {
        return node(path).isPresent();
    }

    /**
     * The node at {@code path}, or empty if there is none. The path is walked one group at a time
     * through each group's children: jHDF's own path lookup, on a missing path in a file held in
     * memory, fails while wording its message.
     */
    Optional<Node> node(String path) {
        return guard(source, () -> {
            Node node = file;
            for (String part : path.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!(node instanceof io.jhdf.api.Group group)) {
                    return Optional.<Node>empty();
                }
                node = group.getChildren().get(part);
                if (node == null) {
                    return Optional.<Node>empty();
                }
            }
            return Optional.of(node);
        });
    }

    /** The names of the children of the group at {@code path}, or an empty list if it is not a group. */
    List<String> children(String path) {
        return guard(source, () -> node(path).filter(Node::isGroup)
                .map(n -> List.copyOf(((io.jhdf.api.Group) n).getChildren().keySet())).orElse(List.of()));
    }

    /** A text attribute of the node at {@code path}, or empty if it has none. */
    Optional<String> text(String path, String name) {
        return guard(source, () -> attribute(path, name).map(a -> {
            Object data = a.getData();
            if (data instanceof String s) {
                return s;
            }
            throw new BadInputException(source, "has attribute " + name + " that is not a text", HDF5);
        }));
    }

    /** A list-of-texts attribute, such as Keras 2's {@code weight_names}, or an empty list if it has none. */
    List<String> texts(String path, String name) {
        return guard(source, () -> attribute(path, name).map(a -> {
            Object data = a.getData();
            if (data instanceof String s) {
                return List.of(s);
            }
            if (data instanceof String[] strings) {
                return List.of(strings);
            }
            throw new BadInputException(source, "has attribute " + name + " at " + path + " that is not a list of texts", HDF5);
        }).orElse(List.of()));
    }

    private Optional<Attribute> attribute(String path, String name) {
        Optional<Node> node = node(path);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Attribute attribute = node.get().getAttribute(name);
        if (attribute == null) {
            return Optional.empty();
        }
        if (attribute.getSizeInBytes() > MAX_ATTRIBUTE_BYTES) {
            throw new BadInputException(source, "has attribute " + name + " of " + String.format(java.util.Locale.ROOT, "%,d",
                    attribute.getSizeInBytes()) + " bytes", "at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_ATTRIBUTE_BYTES));
        }
        return Optional.of(attribute);
    }

    /**
     * Reads the float dataset at {@code path}, which must have the shape {@code shape} (an entry -1 stands
     * for any size up to {@code maxAny}), checking shape and type before reading any value.
     *
     * @param what the weight as messages name it, such as {@code "kernel of 'simple_rnn' (SimpleRNN)"}
     */
    NdArray floats(String path, String what, int[] shape, int maxAny) {
        return guard(source, () -> {
            Node node = node(path).orElseThrow(() -> new BadInputException(source, "has no " + what + ": " + path
                    + " is missing", "every weight of the model, as Keras saves it"));
            if (!(node instanceof Dataset dataset)) {
                throw new BadInputException(source, "has a group where the " + what + " should be, at " + path, HDF5);
            }
            int[] dims = dataset.getDimensions();
            if (!fits(dims, shape, maxAny)) {
                throw new BadInputException(source, what + " has shape " + shape(dims), "shape " + expected(shape, maxAny));
            }
            Class<?> type = dataset.getJavaType();
            if (type != float.class && type != double.class) {
                throw new BadInputException(source, what + " holds " + type.getSimpleName() + " values", "float32 or float64, as Keras saves weights");
            }
            if (dataset.getDataType().getSize() != 4 && dataset.getDataType().getSize() != 8) {
                throw new BadInputException(source, what + " holds " + dataset.getDataType().getSize() * 8 + "-bit floats",
                        "float32 or float64, as Keras saves weights");
            }
            return array(dims, dataset.getData());
        });
    }

    /**
     * The values and bytes that the datasets directly under {@code path} hold, read from their headers
     * only; {0, 0} if there is no such group. A compiled model keeps its optimizer's variables so.
     */
    long[] sizes(String path) {
        return guard(source, () -> {
            List<String> names = children(path);
            if (names.size() > KerasLimits.MAX_LAYERS * 8) {
                throw new BadInputException(source, "holds " + names.size() + " variables under " + path,
                        "at most " + KerasLimits.MAX_LAYERS * 8);
            }
            long values = 0;
            long bytes = 0;
            for (String name : names) {
                if (node(path + "/" + name).orElse(null) instanceof Dataset dataset) {
                    long size = 1;
                    for (int d : dataset.getDimensions()) {
                        size = Math.multiplyExact(size, d);
                    }
                    values = Math.addExact(values, size);
                    bytes = Math.addExact(bytes, Math.multiplyExact(size, dataset.getDataType().getSize()));
                }
            }
            return new long[] {values, bytes};
        });
    }

    private static boolean fits(int[] dims, int[] shape, int maxAny) {
        if (dims.length != shape.length) {
            return false;
        }
        long values = 1;
        for (int i = 0; i < dims.length; i++) {
            if (shape[i] >= 0 ? dims[i] != shape[i] : dims[i] < 1 || dims[i] > maxAny) {
                return false;
            }
            values *= dims[i];
        }
        return values <= KerasLimits.MAX_VALUES;
    }

    private static NdArray array(int[] dims, Object data) {
        if (dims.length == 1) {
            return NdArray.ofColumn(DMatrixRMaj.wrap(dims[0], 1, doubles(data, dims[0])));
        }
        double[] values = new double[dims[0] * dims[1]];
        for (int r = 0; r < dims[0]; r++) {
            System.arraycopy(doubles(Array.get(data, r), dims[1]), 0, values, r * dims[1], dims[1]);
        }
        return NdArray.of(DMatrixRMaj.wrap(dims[0], dims[1], values));
    }

    /** float values widen to double exactly, so float32 weights keep every bit. */
    private static double[] doubles(Object row, int length) {
        double[] out = new double[length];
        if (row instanceof float[] f) {
            for (int i = 0; i < length; i++) {
                out[i] = f[i];
            }
        } else {
            System.arraycopy((double[]) row, 0, out, 0, length);
        }
        return out;
    }

    private static String shape(int[] dims) {
        List<String> parts = new ArrayList<>();
        for (int d : dims) {
            parts.add(Integer.toString(d));
        }
        return "(" + String.join(", ", parts) + (dims.length == 1 ? ",)" : ")");
    }

    private static String expected(int[] shape, int maxAny) {
        List<String> parts = new ArrayList<>();
        for (int d : shape) {
            parts.add(d >= 0 ? Integer.toString(d) : "1 to " + maxAny);
        }
        return "(" + String.join(", ", parts) + (shape.length == 1 ? ",)" : ")");
    }

    /**
     * Runs a read, turning jHDF's failures on a damaged file into one message. jHDF throws its own
     * HdfException and, on truncated or inconsistent records, the JDK's buffer and index exceptions.
     */
    static <T> T guard(String source, Supplier<T> read) {
        try {
            return read.get();
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new BadInputException(source, "is not a readable HDF5 file: it is truncated or corrupt ("
                    + BadInputException.shorten(String.valueOf(e.getMessage())) + ")", HDF5, e);
        }
    }

    @Override
    public void close() {
        guard(source, () -> {
            file.close();
            return null;
        });
    }
}
