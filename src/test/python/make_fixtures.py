"""Makes the numpy reference fixtures that the engine tests compare against.

Regenerate from the project root, with the system Python and its numpy (python3-numpy):

    /usr/bin/python3 src/test/python/make_fixtures.py

or write only the named files, leaving the others as they are (another numpy may differ from the one
that wrote them in the last digit):

    /usr/bin/python3 src/test/python/make_fixtures.py sigmoid_softmax_seed7.txt

It writes these files under src/test/resources/fixtures/ (and nothing else):

    random.csv                  np.random.random / standard_normal / uniform / raw 32-bit outputs
                                after np.random.seed(S), for S in 0, 1, 42, 123456789, 4294967295
    seed_numpy_seed0.txt        the numpy example (T 100, M 32, N 64, uniform [0, 1) weights, no head)
    seed_numpy_seed2024.txt     the same with seed 2024
    softmax_head_seed7.txt      numpy-uniform, T 6, M 3, N 4, K 3, tanh cell, softmax head
    keras_sigmoid_seed3.txt     Keras-style initialisation, T 5, M 3, N 4, K 2, tanh cell, sigmoid head
    keras_float32_seed3.txt     the weights of keras_sigmoid_seed3 run as Keras runs them: float32, row vectors
    relu_linear_seed11.txt      numpy-uniform, T 4, M 2, N 3, no head, relu and linear cells
    sigmoid_softmax_seed7.txt   numpy-uniform, T 6, M 3, N 4, K 3, sigmoid cell, softmax head
    tiny_seed0.txt              the tiny preset: Keras-style, seed 0, T 5, M 3, N 4, K 2, tanh, linear head
    spectral_radius.txt         max |eigenvalue| of U for three numpy-uniform lessons

Every case file is a list of blocks. A block is a line "name rows cols" followed by `rows` lines
of `cols` comma-separated values. Lines starting with '#' are comments. Vectors are one row
(1 × n). A per-step quantity such as h is a (T × n) block whose row t − 1 holds the value at step t
(h_0 is not stored: it is zero in every case). Every value is written with repr(float(v)), so it
reads back to exactly the same double.

The maths is written here from the definitions, in the column-vector orientation
h_t = act(W·x_t + U·h_{t−1} + b), o_t = V·h_t + c, y_t = headAct(o_t), except for the float32
case, which uses Keras's row-vector form h_t = tanh(x_t @ kernel + h_{t−1} @ recurrent_kernel + bias).
"""

import math
import os
import sys

import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures")

RANDOM_SEEDS = [0, 1, 42, 123456789, 4294967295]
RANDOM_INDICES = [0, 1, 2, 311, 312, 313, 623, 624, 1000, 1299]


def fmt(v):
    return repr(float(v))


class CaseFile:
    """Collects blocks and writes them as one fixture file."""

    def __init__(self, name, comment):
        self.name = name
        self.lines = ["# " + line for line in comment.strip().splitlines()]

    def block(self, name, values):
        a = np.asarray(values)
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1)
        assert a.ndim == 2, name
        rows, cols = a.shape
        self.lines.append("%s %d %d" % (name, rows, cols))
        for r in range(rows):
            self.lines.append(",".join(fmt(v) for v in a[r]))

    def write(self):
        path = os.path.join(OUT_DIR, self.name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")
        return path


def softmax(o):
    e = np.exp(o - np.max(o))
    return e / np.sum(e)


def sigmoid(o):
    return 1.0 / (1.0 + np.exp(-o))


def run_columns(inputs, W, U, b, act, V=None, c=None, head=None):
    """The forward pass with column vectors, from h_0 = 0. Returns per-step arrays (T, ·)."""
    T = inputs.shape[0]
    N = W.shape[0]
    h = np.zeros(N)
    out = {"Wx": [], "Uh": [], "a": [], "h": [], "o": [], "y": []}
    for t in range(T):
        x_t = inputs[t]
        wx = np.dot(W, x_t)
        uh = np.dot(U, h)
        a = wx + uh + b
        h = act(a)
        out["Wx"].append(wx)
        out["Uh"].append(uh)
        out["a"].append(a)
        out["h"].append(h)
        if V is not None:
            o = np.dot(V, h) + c
            out["o"].append(o)
            out["y"].append(head(o))
    return {k: np.array(v) for k, v in out.items() if v}


# --- a. the random generator -------------------------------------------------------------------

def make_random():
    lines = [
        "# np.random after np.random.seed(seed); one value per line: seed,method,index,value",
        "# random: np.random.random(1300)[index]",
        "# standard_normal: np.random.standard_normal(7)[index]",
        "# uniform: np.random.uniform(-0.3, 0.3, 5)[index]",
        "# uint32: np.random.randint(0, 2**32, size=1300, dtype=np.uint32)[index], the raw MT19937 outputs",
    ]
    for seed in RANDOM_SEEDS:
        np.random.seed(seed)
        r = np.random.random(1300)
        for i in RANDOM_INDICES:
            lines.append("%d,random,%d,%s" % (seed, i, fmt(r[i])))

        np.random.seed(seed)
        g = np.random.standard_normal(7)
        for i in range(7):
            lines.append("%d,standard_normal,%d,%s" % (seed, i, fmt(g[i])))

        np.random.seed(seed)
        u = np.random.uniform(-0.3, 0.3, 5)
        for i in range(5):
            lines.append("%d,uniform,%d,%s" % (seed, i, fmt(u[i])))

        np.random.seed(seed)
        raw = np.random.randint(0, 2 ** 32, size=1300, dtype=np.uint32)
        # cross-check: each double is (a >> 5) * 2^26 + (b >> 6), over 2^53, from two consecutive outputs
        rebuilt = ((raw[0::2] >> np.uint32(5)).astype(np.float64) * 67108864.0
                   + (raw[1::2] >> np.uint32(6)).astype(np.float64)) / 9007199254740992.0
        assert np.array_equal(rebuilt[:650], r[:650]), "raw outputs do not rebuild np.random.random"
        for i in [0, 1, 2, 623, 624, 625, 1299]:
            lines.append("%d,uint32,%d,%d" % (seed, i, int(raw[i])))

    np.random.seed(0)
    first = np.random.random(3)
    assert [fmt(v) for v in first] == ["0.5488135039273248", "0.7151893663724195", "0.6027633760716439"], first

    path = os.path.join(OUT_DIR, "random.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path


# --- b. the numpy example ----------------------------------------------------------------------

def make_seed_numpy(seed):
    timesteps, input_features, output_features = 100, 32, 64
    np.random.seed(seed)
    inputs = np.random.random((timesteps, input_features))
    W = np.random.random((output_features, input_features))
    U = np.random.random((output_features, output_features))
    b = np.random.random((output_features,))

    state_t = np.zeros((output_features,))
    successive_outputs = []
    pre_activations = []
    for input_t in inputs:
        a_t = np.dot(W, input_t) + np.dot(U, state_t) + b
        output_t = np.tanh(a_t)
        successive_outputs.append(output_t)
        pre_activations.append(a_t)
        state_t = output_t
    h = np.stack(successive_outputs, axis=0)

    smallest = float(np.min(h))
    saturated = bool(np.all(h > 0.9999))
    print("seed %d: every h > 0.9999: %s (smallest h %r)" % (seed, saturated, smallest))
    assert saturated, "the saturation claim does not hold for seed %d" % seed

    case = CaseFile("seed_numpy_seed%d.txt" % seed, """
The numpy example, seed %d: np.random.seed(%d); inputs = np.random.random((100, 32));
W = np.random.random((64, 32)); U = np.random.random((64, 64)); b = np.random.random((64,));
h_0 = 0; h_t = tanh(W·x_t + U·h_{t-1} + b). Blocks: W, b, x_1 and x_100 (rows 0 and 99 of the inputs),
h (row t-1 is h_t), a_1, a_2, a_100 (the pre-activations at those steps).
Every h is above 0.9999; the smallest is %r.
""" % (seed, seed, smallest))
    case.block("W", W)
    case.block("b", b)
    case.block("x_1", inputs[0])
    case.block("x_100", inputs[99])
    case.block("h", h)
    for t in (1, 2, 100):
        case.block("a_%d" % t, pre_activations[t - 1])
    return case.write()


# --- c. a head with softmax --------------------------------------------------------------------

def numpy_uniform_with_head(seed, T, M, N, K):
    """inputs, W, U, b, V, c as numpy-uniform lessons with a head draw them, in that order."""
    np.random.seed(seed)
    inputs = np.random.random((T, M))
    W = np.random.random((N, M))
    U = np.random.random((N, N))
    b = np.random.random((N,))
    V = np.random.random((K, N))
    c = np.random.random((K,))
    return inputs, W, U, b, V, c


def make_softmax_head():
    inputs, W, U, b, V, c = numpy_uniform_with_head(7, 6, 3, 4, 3)
    r = run_columns(inputs, W, U, b, np.tanh, V, c, softmax)
    assert np.allclose(r["y"].sum(axis=1), 1.0)

    case = CaseFile("softmax_head_seed7.txt", """
numpy-uniform, seed 7, T 6, M 3, N 4, K 3, tanh cell, softmax head. np.random.seed(7), then
np.random.random draws in order inputs (6, 3), W (4, 3), U (4, 4), b (4,), V (3, 4), c (3,).
Per step (row t-1 is step t): Wx = W·x_t, Uh = U·h_{t-1}, a = Wx + Uh + b, h = tanh(a),
o = V·h + c, y = softmax(o) computed as exp(o - max o) / sum.
""")
    for name, value in (("inputs", inputs), ("W", W), ("U", U), ("b", b), ("V", V), ("c", c)):
        case.block(name, value)
    for name in ("Wx", "Uh", "a", "h", "o", "y"):
        case.block(name, r[name])
    return case.write()


# --- d. Keras-style initialisation, e. Keras's float32 computation ------------------------------

def keras_weights(seed, T, M, N, K):
    np.random.seed(seed)
    inputs = np.random.standard_normal((T, M))
    lim = math.sqrt(6.0 / (M + N))
    kernel = np.random.uniform(-lim, lim, (M, N))
    a = np.random.standard_normal((N, N))
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    recurrent_kernel = q
    limd = math.sqrt(6.0 / (N + K))
    dense_kernel = np.random.uniform(-limd, limd, (N, K))
    return inputs, kernel, recurrent_kernel, dense_kernel


def make_keras():
    seed, T, M, N, K = 3, 5, 3, 4, 2
    inputs, kernel, recurrent_kernel, dense_kernel = keras_weights(seed, T, M, N, K)
    assert np.allclose(recurrent_kernel.T @ recurrent_kernel, np.eye(N), atol=1e-12)
    W = kernel.T
    U = recurrent_kernel.T
    V = dense_kernel.T
    b = np.zeros(N)
    c = np.zeros(K)
    r = run_columns(inputs, W, U, b, np.tanh, V, c, sigmoid)

    case = CaseFile("keras_sigmoid_seed3.txt", """
Keras-style initialisation, seed 3, T 5, M 3, N 4, K 2, tanh cell, sigmoid head. np.random.seed(3);
inputs = standard_normal((5, 3)); kernel = uniform(-lim, lim, (3, 4)) with lim = sqrt(6 / 7);
q, r = qr(standard_normal((4, 4))); recurrent_kernel = q * sign(diag(r));
dense_kernel = uniform(-limd, limd, (4, 2)) with limd = sqrt(6 / 6).
W = kernel.T, U = recurrent_kernel.T, V = dense_kernel.T, b = 0, c = 0.
Per step (row t-1 is step t): h = tanh(W·x_t + U·h_{t-1}), o = V·h, y = sigmoid(o).
""")
    for name, value in (("inputs", inputs), ("W", W), ("U", U), ("V", V)):
        case.block(name, value)
    for name in ("h", "o", "y"):
        case.block(name, r[name])
    paths = [case.write()]

    f32 = np.float32
    k32 = kernel.astype(f32)
    rk32 = recurrent_kernel.astype(f32)
    bias = np.zeros(N, dtype=f32)
    h = np.zeros(N, dtype=f32)
    states = []
    for t in range(T):
        h = np.tanh(inputs[t].astype(f32) @ k32 + h @ rk32 + bias)
        assert h.dtype == f32
        states.append(h)
    h32 = np.stack(states, axis=0)
    print("keras float32 vs float64 column form: largest |difference| %r" % float(np.max(np.abs(h32 - r["h"]))))

    case = CaseFile("keras_float32_seed3.txt", """
The weights of keras_sigmoid_seed3.txt run as Keras runs a SimpleRNN: float32 and row vectors,
h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias) with x, kernel, recurrent_kernel cast to
float32 and bias = 0. Block h (row t-1 is h_t), float32 values written as doubles.
""")
    case.block("h", h32)
    paths.append(case.write())
    return paths


# --- f. relu and linear cells ------------------------------------------------------------------

def make_relu_linear():
    seed, T, M, N = 11, 4, 2, 3
    np.random.seed(seed)
    inputs = np.random.random((T, M))
    W = np.random.random((N, M))
    U = np.random.random((N, N))
    b = np.random.random((N,))
    relu = run_columns(inputs, W, U, b, lambda a: np.maximum(a, 0.0))
    linear = run_columns(inputs, W, U, b, lambda a: a)

    case = CaseFile("relu_linear_seed11.txt", """
numpy-uniform, seed 11, T 4, M 2, N 3, no head. np.random.seed(11), then np.random.random draws
inputs (4, 2), W (3, 2), U (3, 3), b (3,). Two runs of the same weights: relu, h = max(a, 0), and
linear, h = a. Row t-1 of a_* and h_* is step t. With weights in [0, 1) the values grow each step.
""")
    for name, value in (("inputs", inputs), ("W", W), ("U", U), ("b", b)):
        case.block(name, value)
    case.block("a_relu", relu["a"])
    case.block("h_relu", relu["h"])
    case.block("a_linear", linear["a"])
    case.block("h_linear", linear["h"])
    return case.write()


# --- f2. a sigmoid cell with a softmax head ------------------------------------------------------

def make_sigmoid_softmax():
    inputs, W, U, b, V, c = numpy_uniform_with_head(7, 6, 3, 4, 3)
    r = run_columns(inputs, W, U, b, sigmoid, V, c, softmax)
    assert np.all((r["h"] > 0) & (r["h"] < 1))
    assert np.allclose(r["y"].sum(axis=1), 1.0)

    case = CaseFile("sigmoid_softmax_seed7.txt", """
numpy-uniform, seed 7, T 6, M 3, N 4, K 3, sigmoid cell, softmax head: the draws of
softmax_head_seed7.txt with the cell's activation changed. np.random.seed(7), then np.random.random
draws in order inputs (6, 3), W (4, 3), U (4, 4), b (4,), V (3, 4), c (3,).
Per step (row t-1 is step t): a = W·x_t + U·h_{t-1} + b, h = 1 / (1 + exp(-a)),
o = V·h + c, y = softmax(o) computed as exp(o - max o) / sum.
""")
    for name, value in (("inputs", inputs), ("W", W), ("U", U), ("b", b), ("V", V), ("c", c)):
        case.block(name, value)
    for name in ("a", "h", "o", "y"):
        case.block(name, r[name])
    return case.write()


# --- g. the tiny preset ------------------------------------------------------------------------

def make_tiny():
    seed, T, M, N, K = 0, 5, 3, 4, 2
    inputs, kernel, recurrent_kernel, dense_kernel = keras_weights(seed, T, M, N, K)
    W = kernel.T
    U = recurrent_kernel.T
    V = dense_kernel.T
    b = np.zeros(N)
    c = np.zeros(K)
    r = run_columns(inputs, W, U, b, np.tanh, V, c, lambda o: o)

    case = CaseFile("tiny_seed0.txt", """
The tiny preset: Keras-style initialisation as in keras_sigmoid_seed3.txt but seed 0 and a linear
head. T 5, M 3, N 4, K 2, b = 0, c = 0.
Per step (row t-1 is step t): a = W·x_t + U·h_{t-1}, h = tanh(a), o = V·h.
""")
    for name, value in (("inputs", inputs), ("W", W), ("U", U), ("V", V)):
        case.block(name, value)
    for name in ("a", "h", "o"):
        case.block(name, r[name])
    return case.write()


# --- h. the spectral radius of U ---------------------------------------------------------------

def numpy_uniform_u(seed, T, M, N):
    """U as numpy-uniform lessons draw it: inputs (T, M), W (N, M), then U (N, N)."""
    np.random.seed(seed)
    np.random.random((T, M))
    np.random.random((N, M))
    return np.random.random((N, N))


def make_spectral():
    case = CaseFile("spectral_radius.txt", """
max(abs(np.linalg.eigvals(U))) for numpy-uniform lessons: after np.random.seed(S), np.random.random
draws inputs (T, M), W (N, M) and U (N, N) in that order. Blocks (1 x 1):
seed_numpy_seed0 (T 100, M 32, N 64), seed_numpy_seed2024 (the same, seed 2024) and
softmax_head_seed7 (T 6, M 3, N 4).
""")
    for name, (seed, T, M, N) in (("seed_numpy_seed0", (0, 100, 32, 64)),
                                  ("seed_numpy_seed2024", (2024, 100, 32, 64)),
                                  ("softmax_head_seed7", (7, 6, 3, 4))):
        U = numpy_uniform_u(seed, T, M, N)
        case.block(name, max(abs(np.linalg.eigvals(U))))
    return case.write()


# Each fixture file and the function that writes it (make_keras writes two).
MAKERS = {
    "random.csv": make_random,
    "seed_numpy_seed0.txt": lambda: make_seed_numpy(0),
    "seed_numpy_seed2024.txt": lambda: make_seed_numpy(2024),
    "softmax_head_seed7.txt": make_softmax_head,
    "keras_sigmoid_seed3.txt": make_keras,
    "keras_float32_seed3.txt": make_keras,
    "relu_linear_seed11.txt": make_relu_linear,
    "sigmoid_softmax_seed7.txt": make_sigmoid_softmax,
    "tiny_seed0.txt": make_tiny,
    "spectral_radius.txt": make_spectral,
}


def main(names):
    unknown = [n for n in names if n not in MAKERS]
    if unknown:
        print("unknown fixture %s; the fixtures are %s" % (", ".join(unknown), ", ".join(MAKERS)), file=sys.stderr)
        return 2
    os.makedirs(OUT_DIR, exist_ok=True)
    print("numpy %s" % np.__version__)
    makers = []
    for name in names or MAKERS:
        if MAKERS[name] not in makers:
            makers.append(MAKERS[name])
    paths = []
    for make in makers:
        made = make()
        paths += made if isinstance(made, list) else [made]
    total = 0
    for p in paths:
        size = os.path.getsize(p)
        total += size
        print("%8d  %s" % (size, os.path.relpath(p)))
    print("%8d  total" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
