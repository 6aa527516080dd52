"""Makes small model files with Keras 3 itself, to check the reader against the real thing.

Needs Keras 3 with a backend, for example in a virtual environment:

    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install keras jax
    COLUMNS=80 KERAS_BACKEND=jax /tmp/kvenv/bin/python src/test/python/make_real_keras_fixtures.py

COLUMNS=80 matters: Keras 3 sizes its summary table to the terminal (min(88, columns - 4) characters),
and Unroll prints the table an 80-column terminal gets.

It writes under src/test/resources/fixtures/keras/real/ (and nothing else), for each model <name>:

    <name>.keras            model.save("<name>.keras")
    <name>.h5               model.save("<name>.h5"), Keras's legacy HDF5 layout (supported models only)
    <name>.npz              every layer's get_weights(), named <layer>_<index>
    <name>_summary.txt      what model.summary() printed
    <name>_inputs.npy, <name>_outputs.npy
                            inputs (float features or token ids) and model.predict's outputs on them
"""
import os

import keras
import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "keras", "real")


def save(name, model, inputs, legacy=True):
    model.save(os.path.join(OUT, name + ".keras"))
    if legacy:
        model.save(os.path.join(OUT, name + ".h5"))
    arrays = {}
    for layer in model.layers:
        for i, w in enumerate(layer.get_weights()):
            arrays["%s_%d" % (layer.name, i)] = w
    np.savez(os.path.join(OUT, name + ".npz"), **arrays)
    lines = []
    model.summary(print_fn=lambda text, line_break=True: lines.append(text))
    with open(os.path.join(OUT, name + "_summary.txt"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    if inputs is not None:
        np.save(os.path.join(OUT, name + "_inputs.npy"), inputs)
        np.save(os.path.join(OUT, name + "_outputs.npy"), np.asarray(model.predict(inputs[None], verbose=0)[0],
                                                                        dtype=np.float64))


def main():
    os.makedirs(OUT, exist_ok=True)
    keras.utils.set_random_seed(14)
    rng = np.random.default_rng(14)

    # the seed's model in small: Embedding, SimpleRNN, Dense(1, sigmoid)
    words = keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(20, 3),
                              keras.layers.SimpleRNN(4), keras.layers.Dense(1, activation="sigmoid")])
    save("embedding_rnn_dense", words, np.array([1, 14, 7, 16, 2], dtype=np.int32))

    # features in, every step out, a named RNN without bias, relu, then a linear Dense of 2
    steps = keras.Sequential([keras.Input((5, 3)),
                              keras.layers.SimpleRNN(4, return_sequences=True, use_bias=False, activation="relu",
                                                     name="my_rnn"),
                              keras.layers.Dense(2)])
    steps.layers[0].set_weights([w + rng.standard_normal(w.shape).astype(np.float32) * 0.5
                                 for w in steps.layers[0].get_weights()])
    save("sequences_no_bias", steps, rng.standard_normal((5, 3)))

    # a functional chain: its summary lists the input layer
    inp = keras.Input((None, 3), name="features")
    out = keras.layers.Dense(2, activation="softmax")(keras.layers.Dense(3)(keras.layers.SimpleRNN(4)(inp)))
    chain = keras.Model(inp, out, name="chain")
    save("functional_chain", chain, rng.standard_normal((6, 3)))

    # names too long for the summary's first column: Keras cuts them with an ellipsis
    inp = keras.Input((None, 3), name="the_input_with_a_rather_long_name_here")
    rnn = keras.layers.SimpleRNN(4, name="an_extraordinarily_long_layer_name_for_wrapping")(inp)
    save("long_names", keras.Model(inp, keras.layers.Dense(2)(rnn), name="long_names"), None, legacy=False)

    # compiled and trained: the summary adds the optimizer's variables
    trained = keras.Sequential([keras.Input((None, 3)), keras.layers.SimpleRNN(4), keras.layers.Dense(1)])
    trained.compile(optimizer="adam", loss="mse")
    trained.fit(rng.standard_normal((8, 5, 3)), rng.standard_normal((8, 1)), epochs=2, verbose=0)
    save("trained", trained, rng.standard_normal((5, 3)), legacy=False)

    # refused
    save("lstm", keras.Sequential([keras.Input((None, 3)), keras.layers.LSTM(4)]), None, legacy=False)
    save("gru", keras.Sequential([keras.Input((None, 3)), keras.layers.GRU(4)]), None, legacy=False)
    save("bidirectional", keras.Sequential([keras.Input((None, 3)),
                                            keras.layers.Bidirectional(keras.layers.SimpleRNN(4))]), None, legacy=False)
    save("stacked", keras.Sequential([keras.Input((None, 3)), keras.layers.SimpleRNN(4, return_sequences=True),
                                      keras.layers.SimpleRNN(4)]), None, legacy=False)
    save("masking", keras.Sequential([keras.Input((None, 3)), keras.layers.Masking(),
                                      keras.layers.SimpleRNN(4)]), None, legacy=False)
    save("mask_zero", keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(20, 3, mask_zero=True),
                                        keras.layers.SimpleRNN(4)]), None, legacy=False)
    inp = keras.Input((None, 3))
    branch = keras.Model(inp, keras.layers.Concatenate()([keras.layers.SimpleRNN(4)(inp), keras.layers.SimpleRNN(2)(inp)]))
    save("branching", branch, None, legacy=False)


if __name__ == "__main__":
    main()
