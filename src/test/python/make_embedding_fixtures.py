"""Makes the numpy fixtures for lessons whose inputs come from an Embedding: x = E[tokens].

Regenerate from the project root, with the system Python and its numpy (python3-numpy):

    /usr/bin/python3 src/test/python/make_embedding_fixtures.py

It writes, under src/test/resources/fixtures/:

    embedding_keras_seed5.txt     Keras-style, seed 5: E (50, 4) uniform(-0.05, 0.05), N 3, K 1 sigmoid,
                                  tokens 1, 7, 0, 49, 2, 7 (start, a word, padding, the last row, unknown, again)
    embedding_numpy_seed2.txt     numpy-uniform, seed 2: E (8, 3) = random((8, 3)) in the inputs' place, N 4, no head,
                                  tokens 1, 5, 5, 0, 7
    embedding_sentiment_seed0.txt the sentiment preset: Embedding(10000, 32), SimpleRNN(32), Dense(1, sigmoid),
                                  Keras-style, seed 0, the preset's 20 ids; x is E[tokens] (20, 32), not the whole E
    io/embedding_keras.npz        embeddings (12, 3), kernel, recurrent_kernel, bias, dense_kernel, dense_bias
                                  in Keras's names and orientation (np.savez)
    io/embedding_keras.txt        the ids fed to it and the h, o and y numpy computes from them

The draws follow make_fixtures.py's Keras-style initialisation with the Embedding's table drawn first,
where the inputs would be drawn, as Keras builds the Embedding before the SimpleRNN. The forward pass
is the seed's loop on x = E[tokens], h_t = tanh(W·x_t + U·h_{t-1} + b), o_t = V·h_t + c, y_t = sigmoid(o_t).
Case files have make_fixtures.py's block format.
"""

import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import CaseFile, OUT_DIR, run_columns, sigmoid  # noqa: E402

SENTIMENT_TOKENS = [1, 14, 22, 16, 83, 4, 63, 9, 535, 19, 4, 106, 9, 338, 5, 12, 60, 100, 11, 164]


def keras_embedded(seed, V, D, N, K):
    """E, W, U, b, V, c drawn as the engine draws them for a Keras-style lesson with an Embedding."""
    np.random.seed(seed)
    E = np.random.uniform(-0.05, 0.05, (V, D))
    lim = math.sqrt(6.0 / (D + N))
    kernel = np.random.uniform(-lim, lim, (D, N))
    q, r = np.linalg.qr(np.random.standard_normal((N, N)))
    recurrent_kernel = q * np.sign(np.diag(r))
    dense_kernel = None
    if K > 0:
        limd = math.sqrt(6.0 / (N + K))
        dense_kernel = np.random.uniform(-limd, limd, (N, K))
    return E, kernel, recurrent_kernel, dense_kernel


def make_keras_small():
    seed, V, D, N, K = 5, 50, 4, 3, 1
    tokens = np.array([1, 7, 0, 49, 2, 7])
    E, kernel, recurrent_kernel, dense_kernel = keras_embedded(seed, V, D, N, K)
    x = E[tokens]
    r = run_columns(x, kernel.T, recurrent_kernel.T, np.zeros(N), np.tanh, dense_kernel.T, np.zeros(K), sigmoid)
    case = CaseFile("embedding_keras_seed5.txt", """
Keras-style with an Embedding, seed 5: np.random.seed(5); E = uniform(-0.05, 0.05, (50, 4));
kernel = uniform(-lim, lim, (4, 3)), lim = sqrt(6 / 7); recurrent_kernel = orthogonal (3, 3);
dense_kernel = uniform(-limd, limd, (3, 1)), limd = sqrt(6 / 4); b = 0, c = 0.
tokens 1, 7, 0, 49, 2, 7; x = E[tokens]; h_t = tanh(W·x_t + U·h_{t-1}), y_t = sigmoid(V·h_t).
""")
    case.block("tokens", tokens)
    case.block("E", E)
    case.block("W", kernel.T)
    case.block("U", recurrent_kernel.T)
    case.block("V", dense_kernel.T)
    case.block("x", x)
    for name in ("h", "o", "y"):
        case.block(name, r[name])
    return case.write()


def make_numpy_small():
    seed, V, D, N = 2, 8, 3, 4
    tokens = np.array([1, 5, 5, 0, 7])
    np.random.seed(seed)
    E = np.random.random((V, D))
    W = np.random.random((N, D))
    U = np.random.random((N, N))
    b = np.random.random((N,))
    x = E[tokens]
    r = run_columns(x, W, U, b, np.tanh)
    case = CaseFile("embedding_numpy_seed2.txt", """
numpy-uniform with an Embedding, seed 2: np.random.seed(2); E = random((8, 3)); W = random((4, 3));
U = random((4, 4)); b = random((4,)); tokens 1, 5, 5, 0, 7; x = E[tokens]; h_t = tanh(W·x_t + U·h_{t-1} + b).
""")
    case.block("tokens", tokens)
    case.block("E", E)
    case.block("x", x)
    case.block("h", r["h"])
    return case.write()


def make_sentiment():
    V, D, N, K = 10000, 32, 32, 1
    tokens = np.array(SENTIMENT_TOKENS)
    E, kernel, recurrent_kernel, dense_kernel = keras_embedded(0, V, D, N, K)
    x = E[tokens]
    r = run_columns(x, kernel.T, recurrent_kernel.T, np.zeros(N), np.tanh, dense_kernel.T, np.zeros(K), sigmoid)
    case = CaseFile("embedding_sentiment_seed0.txt", """
The sentiment preset, seed 0: Embedding(10000, 32) drawn as uniform(-0.05, 0.05, (10000, 32)) first, then
SimpleRNN(32) and Dense(1, sigmoid) Keras-style; the preset's 20 token ids; x = E[tokens] (20, 32).
Blocks: tokens, x, h (20, 32), y (20, 1), and E_sum, the sum of the whole table, to pin every row drawn.
""")
    case.block("tokens", tokens)
    case.block("x", x)
    case.block("h", r["h"])
    case.block("y", r["y"])
    case.block("E_sum", np.array([np.sum(E)]))
    return case.write()


def make_keras_file():
    rng = np.random.RandomState(21)
    V, D, N, K = 12, 3, 4, 1
    embeddings = rng.standard_normal((V, D)) * 0.3
    kernel = rng.standard_normal((D, N)) * 0.5
    recurrent_kernel = rng.standard_normal((N, N)) * 0.4
    bias = rng.standard_normal(N) * 0.1
    dense_kernel = rng.standard_normal((N, K))
    dense_bias = rng.standard_normal(K) * 0.1
    tokens = np.array([1, 4, 11, 0, 2])
    path = os.path.join(OUT_DIR, "io", "embedding_keras.npz")
    np.savez(path, embeddings=embeddings, kernel=kernel, recurrent_kernel=recurrent_kernel, bias=bias,
             dense_kernel=dense_kernel, dense_bias=dense_bias)
    x = embeddings[tokens]
    r = run_columns(x, kernel.T, recurrent_kernel.T, bias, np.tanh, dense_kernel.T, dense_bias, sigmoid)
    case = CaseFile(os.path.join("io", "embedding_keras.txt"), """
The numbers of io/embedding_keras.npz (np.random.RandomState(21)) run on tokens 1, 4, 11, 0, 2:
x = embeddings[tokens]; h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias), computed in columns;
o_t = dense_kernel.T·h_t + dense_bias, y_t = sigmoid(o_t).
""")
    case.block("tokens", tokens)
    for name in ("h", "o", "y"):
        case.block(name, r[name])
    return [path, case.write()]


def main():
    print("numpy %s" % np.__version__)
    paths = [make_keras_small(), make_numpy_small(), make_sentiment()] + make_keras_file()
    for p in paths:
        print("%8d  %s" % (os.path.getsize(p), os.path.relpath(p)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
