"""Makes trained-model files laid out as Keras writes them, for the Keras model reader's tests.

Regenerate from the project root, with the system Python, numpy and h5py (python3-numpy, python3-h5py):

    /usr/bin/python3 src/test/python/make_keras_fixtures.py

Keras itself is not needed: the files are written with h5py in the two layouts Keras uses.

  Keras 3 ``model.save("m.keras")``: a zip holding ``metadata.json``, ``config.json`` (the model's
  ``get_config()`` with ``module``/``class_name``/``config``) and ``model.weights.h5``, in which a
  layer's variables are datasets ``layers/<name>/vars/0, 1, ...`` (a SimpleRNN keeps them in its
  cell: ``layers/<name>/cell/vars/...``) and the model's own ``vars`` group is empty.

  Keras 2 / tf.keras ``model.save("m.h5")``: the root attribute ``model_config`` (JSON), and a group
  ``model_weights`` whose attribute ``layer_names`` lists the layers; each layer's group lists its
  weights in the attribute ``weight_names`` (``simple_rnn/simple_rnn_cell/kernel:0``), each stored as
  a dataset under that path inside the layer's group.

It writes under src/test/resources/fixtures/keras/ (and nothing else):

    cases.txt                   one line per supported model: file, expected-values file, then
                                embedding, return_sequences, use_bias, dense count, activations
    k3_<case>.keras, k2_<case>.h5   every supported combination in both layouts
    <case>.npz                  the same weights as numpy arrays with the names the reader gives them
    <case>_trace.npz, traces.txt    every supported model: inputs x and numpy's loop on them, h (and o, y
                                of the last Dense layer, d1 of the first when there are two)
    refused/*.keras|*.h5        models the reader must refuse (LSTM, GRU, Bidirectional, two RNNs,
                                Masking, mask_zero, an unknown layer, a functional graph that branches)
    refused.txt                 each refused file and words its message must contain
    hostile/*.keras|*.h5        damaged files: wrong dtypes, missing or misshapen weights, absurd sizes,
                                a 100000 x 100000 kernel declared without data, bad JSON
    hostile.txt                 each hostile file and words its message must contain
"""
import io
import itertools
import json
import os
import zipfile

import h5py
import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "keras")
M, N, VOCAB, DIM, T = 3, 4, 7, 3, 5
DENSE_UNITS = [2, 3]


def rnn_config(name, units, activation, use_bias, return_sequences, **extra):
    config = {"name": name, "trainable": True, "dtype": "float32", "return_sequences": return_sequences,
              "return_state": False, "go_backwards": False, "stateful": False, "unroll": False,
              "units": units, "activation": activation, "use_bias": use_bias,
              "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}},
              "dropout": 0.0, "recurrent_dropout": 0.0}
    config.update(extra)
    return config


def layer(class_name, config, keras3):
    if keras3:
        return {"module": "keras.layers", "class_name": class_name, "config": config, "registered_name": None}
    return {"class_name": class_name, "config": config}


def input_layer(shape, keras3, name="input_layer"):
    key = "batch_shape" if keras3 else "batch_input_shape"
    return layer("InputLayer", {key: [None] + shape, "dtype": "float32", "sparse": False, "name": name}, keras3)


def model_config(layers, keras3, name="sequential"):
    config = {"class_name": "Sequential", "config": {"name": name, "trainable": True, "layers": layers}}
    if keras3:
        config["module"] = "keras"
        config["registered_name"] = None
    else:
        config["keras_version"] = "2.15.0"
        config["backend"] = "tensorflow"
    return config


def entry(name):
    """A zip entry with a fixed date, so that regenerating leaves the files unchanged."""
    return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))


def write_keras3(path, config, weights):
    """weights: [(layer name, inner group, [arrays])], inner group "" or "cell"."""
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as h5:
        h5.create_group("vars")
        for name, inner, arrays in weights:
            group = h5.create_group("layers/" + name)
            if inner:
                group.create_group("vars")
                group = group.create_group(inner)
            vars_group = group.create_group("vars")
            for i, array in enumerate(arrays):
                vars_group.create_dataset(str(i), data=array)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr(entry("metadata.json"), json.dumps({"keras_version": "3.6.0", "date_saved": "2026-01-01@00:00:00"}))
        z.writestr(entry("config.json"), config if isinstance(config, str) else json.dumps(config))
        z.writestr(entry("model.weights.h5"), buffer.getvalue())


def write_keras2(path, config, weights):
    """weights: [(layer name, [(weight name, array)])]."""
    with h5py.File(path, "w") as h5:
        # tf.keras stores these as UTF-8 bytes, which h5py writes as fixed-length strings
        h5.attrs["keras_version"] = "2.15.0".encode("utf8")
        h5.attrs["backend"] = "tensorflow".encode("utf8")
        if config is not None:
            h5.attrs["model_config"] = json.dumps(config).encode("utf8")
        group = h5.create_group("model_weights")
        group.attrs["layer_names"] = np.array([name.encode() for name, _ in weights])
        for name, named in weights:
            layer_group = group.create_group(name)
            layer_group.attrs["weight_names"] = np.array([w.encode() for w, _ in named], dtype="S")
            for weight_name, array in named:
                layer_group.create_dataset(weight_name, data=array)


def case_name(embedding, return_sequences, use_bias, dense):
    return "{}_{}_{}_d{}".format("emb" if embedding else "x", "seq" if return_sequences else "last",
                                 "bias" if use_bias else "nobias", dense)


ACTIVATIONS = {"tanh": np.tanh, "relu": lambda a: np.maximum(a, 0.0), "sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)),
               "linear": lambda a: a}
INPUTS = np.random.default_rng(1414)
# the token ids of the cases with an Embedding, drawn from their own stream so the other cases keep their inputs
TOKENS = np.random.default_rng(1415)
# the inputs and ids of the cases with two Dense layers, added later: their own streams keep the others' as they were
STACKED_INPUTS = np.random.default_rng(1416)
STACKED_TOKENS = np.random.default_rng(1417)


def softmax(o):
    e = np.exp(o - o.max())
    return e / e.sum()


def trace(name, arrays, activation, dense_keys, use_bias, embedding, inputs=INPUTS, tokens_from=TOKENS):
    """numpy's loop in Keras's row-vector form on the stored (float32) weights, in float64.

    Writes <name>_trace.npz with x (T, M), h (T, N) and, with Dense layers, o (T, K) and y (T, K) of the
    last, and d1 (T, K1) of the first when there are two;
    with an Embedding also tokens (T,), the ids, and x = E[tokens], the rows Keras looks up.
    Returns the traces.txt line: the case and "runs", or "refused" and the head's activation.
    """
    if embedding:
        tokens = tokens_from.integers(0, VOCAB, T)
        x = arrays["embeddings"].astype(np.float64)[tokens]
    else:
        x = inputs.standard_normal((T, M))
    kernel = arrays["kernel"].astype(np.float64)
    recurrent = arrays["recurrent_kernel"].astype(np.float64)
    bias = arrays["bias"].astype(np.float64) if use_bias else np.zeros(N)
    h = np.zeros(N)
    hs = []
    for x_t in x:
        h = ACTIVATIONS[activation](x_t @ kernel + h @ recurrent + bias)
        hs.append(h)
    out = {"x": x, "h": np.stack(hs)}
    if embedding:
        out["tokens"] = tokens.astype(np.float64)
    if dense_keys:
        # Keras's order: each Dense layer reads the one before it, h_t first; the last is the head
        *between, head = dense_keys
        for key in between:
            if key not in ACTIVATIONS:
                return name + " refused " + key + " between"
        if head not in ("linear", "sigmoid", "softmax"):
            return name + " refused " + head
        d = out["h"]
        for i, key in enumerate(dense_keys):
            layer_name = "dense" if i == 0 else "dense_%d" % i
            v = arrays[layer_name + "_kernel"].astype(np.float64)
            c = arrays[layer_name + "_bias"].astype(np.float64) if use_bias else np.zeros(v.shape[1])
            if i < len(between):
                d = ACTIVATIONS[key](d @ v + c)
                out["d%d" % (i + 1)] = d
            else:
                out["o"] = d @ v + c
        out["y"] = np.stack([softmax(o) if head == "softmax" else ACTIVATIONS[head](o) for o in out["o"]])
    np.savez(os.path.join(OUT, name + "_trace.npz"), **out)
    return name + " runs"


def supported(rng, cases, traces):
    activations = itertools.cycle(["tanh", "relu", "sigmoid", "linear"])
    dense_activations = itertools.cycle(["sigmoid", "softmax", "linear", "relu"])
    for embedding, return_sequences, use_bias, dense in itertools.product(
            [False, True], [False, True], [False, True], [0, 1, 2]):
        name = case_name(embedding, return_sequences, use_bias, dense)
        activation = next(activations)
        arrays = {}
        k3_layers = [input_layer([T] if embedding else [T, M], True)]
        k2_layers = [input_layer([None] if embedding else [None, M], False, name="input_1")]
        k3_weights, k2_weights = [], []
        features = M
        if embedding:
            arrays["embeddings"] = rng.standard_normal((VOCAB, DIM)).astype(np.float32)
            config = {"name": "embedding", "input_dim": VOCAB, "output_dim": DIM, "mask_zero": False}
            k3_layers.append(layer("Embedding", config, True))
            k2_layers.append(layer("Embedding", dict(config, input_length=None), False))
            k3_weights.append(("embedding", "", [arrays["embeddings"]]))
            k2_weights.append(("embedding", [("embedding/embeddings:0", arrays["embeddings"])]))
            features = DIM
        arrays["kernel"] = rng.standard_normal((features, N)).astype(np.float32)
        arrays["recurrent_kernel"] = rng.standard_normal((N, N)).astype(np.float32)
        rnn = [arrays["kernel"], arrays["recurrent_kernel"]]
        if use_bias:
            arrays["bias"] = rng.standard_normal(N).astype(np.float32)
            rnn.append(arrays["bias"])
        config = rnn_config("simple_rnn", N, activation, use_bias, return_sequences)
        k3_layers.append(layer("SimpleRNN", config, True))
        k2_layers.append(layer("SimpleRNN", config, False))
        k3_weights.append(("simple_rnn", "cell", rnn))
        k2_names = ["kernel", "recurrent_kernel", "bias"][:len(rnn)]
        k2_weights.append(("simple_rnn", [("simple_rnn/simple_rnn_cell/" + w + ":0", a) for w, a in zip(k2_names, rnn)]))
        width = N
        dense_keys = []
        for d in range(dense):
            layer_name = "dense" if d == 0 else "dense_%d" % d
            units = DENSE_UNITS[d]
            dense_activation = next(dense_activations)
            arrays["%s_kernel" % layer_name] = rng.standard_normal((width, units))
            dense_arrays = [arrays["%s_kernel" % layer_name]]
            if use_bias:
                arrays["%s_bias" % layer_name] = rng.standard_normal(units)
                dense_arrays.append(arrays["%s_bias" % layer_name])
            config = {"name": layer_name, "trainable": True, "dtype": "float32", "units": units,
                      "activation": dense_activation, "use_bias": use_bias}
            k3_layers.append(layer("Dense", config, True))
            k2_layers.append(layer("Dense", config, False))
            k3_weights.append((layer_name, "", dense_arrays))
            k2_weights.append((layer_name, [(layer_name + "/" + w + ":0", a)
                                            for w, a in zip(["kernel", "bias"], dense_arrays)]))
            dense_keys.append(dense_activation)
            width = units
        write_keras3(os.path.join(OUT, "k3_" + name + ".keras"), model_config(k3_layers, True), k3_weights)
        write_keras2(os.path.join(OUT, "k2_" + name + ".h5"), model_config(k2_layers, False), k2_weights)
        np.savez(os.path.join(OUT, name + ".npz"), **arrays)
        if dense <= 1:
            traces.append(trace(name, arrays, activation, dense_keys, use_bias, embedding))
        else:
            traces.append(trace(name, arrays, activation, dense_keys, use_bias, embedding, STACKED_INPUTS, STACKED_TOKENS))
        cases.append(" ".join([name, str(embedding).lower(), str(return_sequences).lower(), str(use_bias).lower(),
                               str(dense), activation] + dense_keys))


def refused(rng, lines):
    kernel = rng.standard_normal((M, N)).astype(np.float32)
    recurrent = rng.standard_normal((N, N)).astype(np.float32)
    bias = np.zeros(N, dtype=np.float32)
    rnn_layer = layer("SimpleRNN", rnn_config("simple_rnn", N, "tanh", True, False), True)
    rnn_weights = ("simple_rnn", "cell", [kernel, recurrent, bias])
    start = [input_layer([T, M], True)]
    folder = os.path.join(OUT, "refused")
    os.makedirs(folder, exist_ok=True)

    def keras3(file_name, layers, weights, words):
        write_keras3(os.path.join(folder, file_name), model_config(start + layers, True), weights)
        lines.append(file_name + " | " + words)

    lstm = layer("LSTM", dict(rnn_config("lstm", N, "tanh", True, False), recurrent_activation="sigmoid"), True)
    keras3("lstm.keras", [lstm], [], "'lstm' (LSTM)")
    gru = layer("GRU", dict(rnn_config("gru", N, "tanh", True, False), reset_after=True), True)
    keras3("gru.keras", [gru], [], "'gru' (GRU)")
    bidirectional = layer("Bidirectional", {"name": "bidirectional", "merge_mode": "concat", "layer": rnn_layer}, True)
    keras3("bidirectional.keras", [bidirectional], [], "'bidirectional' (Bidirectional)")
    second = layer("SimpleRNN", rnn_config("simple_rnn_1", N, "tanh", True, False), True)
    first = layer("SimpleRNN", rnn_config("simple_rnn", N, "tanh", True, True), True)
    keras3("stacked.keras", [first, second], [rnn_weights], "'simple_rnn_1' (SimpleRNN)")
    masking = layer("Masking", {"name": "masking", "mask_value": 0.0}, True)
    keras3("masking.keras", [masking, rnn_layer], [rnn_weights], "'masking' (Masking)")
    dropout = layer("Dropout", {"name": "dropout", "rate": 0.5}, True)
    keras3("dropout.keras", [rnn_layer, dropout], [rnn_weights], "'dropout' (Dropout)")
    backwards = layer("SimpleRNN", rnn_config("simple_rnn", N, "tanh", True, False, go_backwards=True), True)
    keras3("go_backwards.keras", [backwards], [rnn_weights], "go_backwards")
    no_rnn = layer("Dense", {"name": "dense", "units": 2, "activation": "linear", "use_bias": True}, True)
    keras3("no_rnn.keras", [no_rnn], [], "no SimpleRNN")

    embedding = layer("Embedding", {"name": "embedding", "input_dim": VOCAB, "output_dim": M, "mask_zero": True}, True)
    write_keras3(os.path.join(folder, "mask_zero.keras"),
                 model_config([input_layer([T], True), embedding, rnn_layer], True),
                 [("embedding", "", [rng.standard_normal((VOCAB, M)).astype(np.float32)]), rnn_weights])
    lines.append("mask_zero.keras | 'embedding' (Embedding) has mask_zero=True")

    # a functional graph that branches: the input feeds the RNN and, beside it, a Dense layer
    def history(name):
        return {"args": [{"class_name": "__keras_tensor__", "config": {"shape": [None, T, M], "dtype": "float32",
                                                                        "keras_history": [name, 0, 0]}}], "kwargs": {}}
    inp = {"module": "keras.layers", "class_name": "InputLayer", "name": "input_layer",
           "config": {"batch_shape": [None, T, M], "dtype": "float32", "sparse": False, "name": "input_layer"},
           "inbound_nodes": []}
    rnn = dict(rnn_layer, name="simple_rnn", inbound_nodes=[history("input_layer")])
    side = {"module": "keras.layers", "class_name": "Dense", "name": "dense",
            "config": {"name": "dense", "units": 2, "activation": "linear", "use_bias": True},
            "inbound_nodes": [history("input_layer")]}
    functional = {"module": "keras", "class_name": "Functional", "registered_name": "Functional",
                  "config": {"name": "functional", "trainable": True, "layers": [inp, rnn, side],
                             "input_layers": [["input_layer", 0, 0]],
                             "output_layers": [["simple_rnn", 0, 0], ["dense", 0, 0]]}}
    write_keras3(os.path.join(folder, "branching.keras"), functional, [rnn_weights])
    lines.append("branching.keras | 'dense' (Dense)")

    # the same refusal through the Keras 2 layout
    k2_lstm = model_config([input_layer([None, M], False, name="input_1"),
                            layer("LSTM", rnn_config("lstm", N, "tanh", True, False), False)], False)
    write_keras2(os.path.join(folder, "lstm.h5"), k2_lstm, [("lstm", [])])
    lines.append("lstm.h5 | 'lstm' (LSTM)")


def hostile(rng, lines):
    """Files that are damaged or lie about their sizes; the reader must refuse each before allocating."""
    folder = os.path.join(OUT, "hostile")
    os.makedirs(folder, exist_ok=True)
    kernel = rng.standard_normal((M, N)).astype(np.float32)
    recurrent = rng.standard_normal((N, N)).astype(np.float32)
    bias = np.zeros(N, dtype=np.float32)
    start = [input_layer([T, M], True)]
    rnn = layer("SimpleRNN", rnn_config("simple_rnn", N, "tanh", True, False), True)

    def keras3(file_name, layers, weights, words, config=None):
        write_keras3(os.path.join(folder, file_name), config or model_config(start + layers, True), weights)
        lines.append(file_name + " | " + words)

    keras3("int_kernel.keras", [rnn], [("simple_rnn", "cell", [kernel.astype(np.int32), recurrent, bias])],
           "kernel of 'simple_rnn' (SimpleRNN) holds int values")
    keras3("half_kernel.keras", [rnn], [("simple_rnn", "cell", [kernel.astype(np.float16), recurrent, bias])],
           "kernel of 'simple_rnn' (SimpleRNN) holds 16-bit floats")
    keras3("missing_bias.keras", [rnn], [("simple_rnn", "cell", [kernel, recurrent])],
           "has 2 weights for layer 'simple_rnn' (SimpleRNN)")
    keras3("wrong_shape.keras", [rnn], [("simple_rnn", "cell", [kernel, recurrent[:3], bias])],
           "recurrent_kernel of 'simple_rnn' (SimpleRNN) has shape (3, 4)")
    keras3("no_weights.keras", [rnn], [], "has 0 weights for layer 'simple_rnn' (SimpleRNN)")
    huge = layer("SimpleRNN", rnn_config("simple_rnn", 2_000_000_000, "tanh", True, False), True)
    keras3("huge_units.keras", [huge], [], "units=2000000000, outside what Unroll can show")
    vocabulary = layer("Embedding", {"name": "embedding", "input_dim": 1_000_000, "output_dim": 1024}, True)
    keras3("huge_embedding.keras", [vocabulary, rnn], [], "would hold 1024000000 values")
    keras3("bad_json.keras", [], [], "config.json in", config="not json")
    keras3("not_a_model.keras", [], [], "holds a model of class 'Adam'", config={"class_name": "Adam", "config": {}})
    custom = layer("SimpleRNN", rnn_config("simple_rnn", N, {"class_name": "MyActivation"}, True, False), True)
    keras3("custom_activation.keras", [custom], [("simple_rnn", "cell", [kernel, recurrent, bias])],
           "activation that is not named by a string")

    # a kernel that declares (100000, 100000) float32 values, 40 GB, with no data written
    path = os.path.join(folder, "huge_shape.keras")
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as h5:
        group = h5.create_group("layers/simple_rnn/cell/vars")
        group.create_dataset("0", shape=(100_000, 100_000), dtype="f4", chunks=(100, 100))
        group.create_dataset("1", data=recurrent)
        group.create_dataset("2", data=bias)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(entry("config.json"), json.dumps(model_config(start + [rnn], True)))
        z.writestr(entry("model.weights.h5"), buffer.getvalue())
    lines.append("huge_shape.keras | kernel of 'simple_rnn' (SimpleRNN) has shape (100000, 100000)")

    write_keras2(os.path.join(folder, "weights_only.h5"), None, [("simple_rnn", [("kernel:0", kernel)])])
    lines.append("weights_only.h5 | has no model_config")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(14)
    cases = []
    traces = []
    supported(rng, cases, traces)
    with open(os.path.join(OUT, "traces.txt"), "w") as f:
        f.write("# case, then runs (<case>_trace.npz holds numpy's loop) or refused and the head activation\n")
        f.write("\n".join(traces) + "\n")
    with open(os.path.join(OUT, "cases.txt"), "w") as f:
        f.write("# case embedding return_sequences use_bias dense activation dense-activations...\n")
        f.write("\n".join(cases) + "\n")
    lines = []
    refused(rng, lines)
    with open(os.path.join(OUT, "refused.txt"), "w") as f:
        f.write("# file | words its message must contain\n")
        f.write("\n".join(lines) + "\n")
    lines = []
    hostile(rng, lines)
    with open(os.path.join(OUT, "hostile.txt"), "w") as f:
        f.write("# file | words its message must contain\n")
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
