"""Makes the numpy-written files that the importer tests read.

Regenerate from the project root, with the system Python and its numpy (python3-numpy):

    /usr/bin/python3 src/test/python/make_io_fixtures.py

It writes these files under src/test/resources/fixtures/io/ (and nothing else):

    matrix_<dtype>.npy          the 2 x 3 matrix [[1, -2, 3], [4, 5, -6]] as <f8, <f4, >f8, >f4, <i8, <i4
    matrix_fortran.npy          the same matrix, <f8, stored column by column (fortran_order True)
    matrix_v2.npy, matrix_v3.npy  the same matrix with npy format versions 2.0 and 3.0
    vector.npy                  the 1-D array [0.5, -0.25, 0.125, 1e-300]
    object.npy                  a pickled object array (dtype |O): the importer must refuse it unread
    complex.npy, strings.npy, half.npy, cube.npy, scalar.npy
                                a complex128, a unicode-string, a float16, a 3-D and a 0-D array
    unroll_names.npz            W, U, b, V, c, x of a small lesson (np.savez, stored)
    unroll_names_compressed.npz the same arrays with np.savez_compressed (deflated)
    unroll_names.txt            those arrays, and h, o of the forward pass, as a fixture case file
    csv/W.csv, csv/U.csv, csv/b.csv, csv/x.txt
                                the same W, U, b and x written with np.savetxt (comma, and whitespace
                                with a '# ' header line); '%.17g' keeps every double exact
    keras_get_weights.npz       float32 SimpleRNN + Dense weights as np.savez('w.npz', *weights) writes
                                them: arr_0 kernel (M, N), arr_1 recurrent_kernel (N, N), arr_2 bias (N,),
                                arr_3 dense kernel (N, K), arr_4 dense bias (K,)
    keras_names.npz             the same arrays under Keras's names, np.savez_compressed
    keras_inputs.npy            the float32 inputs (T, M) for those weights
    keras_agreement.txt         h and y computed in float32 following Keras's documented formulas
    written.npy                 the 2 x 3 matrix WRITTEN as np.save writes it: the writer's tests compare
                                their bytes with these
    written_scalar.npy          the 0-D array 0.1 as np.save writes it, as the grad command writes its loss
    written.npz                 WRITTEN as M and the vector WRITTEN_VECTOR as v, np.savez (stored)

Only the files the writer's tests compare with, leaving every other fixture as it is:

    /usr/bin/python3 src/test/python/make_io_fixtures.py written

The Keras reference is numpy following the formulas that Keras documents for SimpleRNN and Dense,
with row vectors and float32 throughout:
    h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias),  h_0 = 0
    y_t = sigmoid(h_t @ dense_kernel + dense_bias)
which is what SimpleRNN(4, return_sequences=True) followed by Dense(2, activation='sigmoid') computes.
The reference is this numpy code, not TensorFlow itself.
"""

import os
import sys

import numpy as np

from make_fixtures import CaseFile, run_columns

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "io")

MATRIX = np.array([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])


def out(*parts):
    return os.path.join(OUT_DIR, *parts)


def save_npy(name, array, version=None):
    with open(out(name), "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=True)
    return out(name)


def make_npy():
    paths = []
    for dtype in ("<f8", "<f4", ">f8", ">f4", "<i8", "<i4"):
        name = "matrix_%s%s.npy" % ({"<": "le", ">": "be"}[dtype[0]], dtype[1:])
        paths.append(save_npy(name, MATRIX.astype(dtype)))
    fortran = np.asfortranarray(MATRIX)
    assert fortran.flags.f_contiguous and not fortran.flags.c_contiguous
    paths.append(save_npy("matrix_fortran.npy", fortran))
    paths.append(save_npy("matrix_v2.npy", MATRIX, version=(2, 0)))
    paths.append(save_npy("matrix_v3.npy", MATRIX, version=(3, 0)))
    paths.append(save_npy("vector.npy", np.array([0.5, -0.25, 0.125, 1e-300])))
    paths.append(save_npy("object.npy", np.array([{"W": 1}, None], dtype=object)))
    paths.append(save_npy("complex.npy", np.array([1 + 2j, 3 - 4j])))
    paths.append(save_npy("strings.npy", np.array(["tanh", "relu"])))
    paths.append(save_npy("half.npy", np.array([1.0, 2.0], dtype="<f2")))
    paths.append(save_npy("cube.npy", np.zeros((2, 2, 2))))
    paths.append(save_npy("scalar.npy", np.array(3.0)))
    for p in paths:
        with open(p, "rb") as f:
            assert f.read(6) == b"\x93NUMPY", p
    return paths


def make_unroll_names():
    np.random.seed(5)
    T, M, N, K = 4, 3, 4, 2
    x = np.random.standard_normal((T, M))
    W = np.random.uniform(-0.5, 0.5, (N, M))
    U = np.random.uniform(-0.5, 0.5, (N, N))
    b = np.random.uniform(-0.1, 0.1, (N,))
    V = np.random.uniform(-0.5, 0.5, (K, N))
    c = np.random.uniform(-0.1, 0.1, (K,))
    np.savez(out("unroll_names.npz"), W=W, U=U, b=b, V=V, c=c, x=x)
    np.savez_compressed(out("unroll_names_compressed.npz"), W=W, U=U, b=b, V=V, c=c, x=x)
    r = run_columns(x, W, U, b, np.tanh, V, c, lambda o: o)

    case = CaseFile("io/unroll_names.txt", """
The arrays of unroll_names.npz: np.random.seed(5); x = standard_normal((4, 3)); W, U, V uniform on
[-0.5, 0.5); b, c uniform on [-0.1, 0.1). h and o (row t-1 is step t) from h_t = tanh(W·x_t +
U·h_{t-1} + b), o_t = V·h_t + c, in float64.
""")
    for name, value in (("W", W), ("U", U), ("b", b), ("V", V), ("c", c), ("x", x), ("h", r["h"]), ("o", r["o"])):
        case.block(name, value)
    paths = [out("unroll_names.npz"), out("unroll_names_compressed.npz"), case.write()]

    os.makedirs(out("csv"), exist_ok=True)
    np.savetxt(out("csv", "W.csv"), W, delimiter=",", fmt="%.17g")
    np.savetxt(out("csv", "U.csv"), U, delimiter=",", fmt="%.17g")
    np.savetxt(out("csv", "b.csv"), b.reshape(1, -1), delimiter=",", fmt="%.17g")
    np.savetxt(out("csv", "x.txt"), x, fmt="%.17g", header="x1 x2 x3: one row per timestep")
    for name, value in (("W.csv", W), ("U.csv", U)):
        assert np.array_equal(np.loadtxt(out("csv", name), delimiter=","), value), name
    assert np.array_equal(np.loadtxt(out("csv", "x.txt")), x)
    paths += [out("csv", n) for n in ("W.csv", "U.csv", "b.csv", "x.txt")]
    return paths


def sigmoid32(z):
    one = np.float32(1)
    return one / (one + np.exp(-z))


def make_keras_agreement():
    f32 = np.float32
    np.random.seed(21)
    T, M, N, K = 6, 3, 4, 2
    x = np.random.standard_normal((T, M)).astype(f32)
    kernel = np.random.uniform(-0.8, 0.8, (M, N)).astype(f32)
    recurrent_kernel = np.random.uniform(-0.6, 0.6, (N, N)).astype(f32)
    bias = np.random.uniform(-0.2, 0.2, (N,)).astype(f32)
    dense_kernel = np.random.uniform(-0.9, 0.9, (N, K)).astype(f32)
    dense_bias = np.random.uniform(-0.2, 0.2, (K,)).astype(f32)
    weights = [kernel, recurrent_kernel, bias, dense_kernel, dense_bias]

    np.savez(out("keras_get_weights.npz"), *weights)
    np.savez_compressed(out("keras_names.npz"), kernel=kernel, recurrent_kernel=recurrent_kernel, bias=bias,
                        dense_kernel=dense_kernel, dense_bias=dense_bias)
    np.save(out("keras_inputs.npy"), x)

    h = np.zeros((1, N), dtype=f32)
    hs, ys = [], []
    for t in range(T):
        h = np.tanh(x[t:t + 1] @ kernel + h @ recurrent_kernel + bias)
        y = sigmoid32(h @ dense_kernel + dense_bias)
        assert h.dtype == f32 and y.dtype == f32
        hs.append(h[0])
        ys.append(y[0])

    case = CaseFile("io/keras_agreement.txt", """
SimpleRNN(4, return_sequences=True) + Dense(2, activation='sigmoid') on the float32 weights of
keras_get_weights.npz and inputs keras_inputs.npy, computed by numpy in float32 following Keras's
documented formulas with row vectors: h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias),
y_t = sigmoid(h_t @ dense_kernel + dense_bias). Row t-1 of h and y is step t.
""")
    case.block("h", np.stack(hs))
    case.block("y", np.stack(ys))
    return [out("keras_get_weights.npz"), out("keras_names.npz"), out("keras_inputs.npy"), case.write()]


# Values whose shortest decimal form differs from their neighbours' in the last bit, a negative zero,
# a subnormal and the extremes: a writer that rounds or reorders any byte shows it.
WRITTEN = np.array([[0.1, -0.0, 1e-300], [5e-324, np.pi, -2.5]])
WRITTEN_VECTOR = np.array([1.0 / 3.0, -1e300, 2.0])
# A 0-D array, as a loss is saved: shape (), no room left for an axis to grow.
WRITTEN_SCALAR = np.float64(0.1)


def make_written():
    """What Unroll's .npy and .npz writers must reproduce: numpy's format 1.0 bytes, '<f8', C order."""
    np.save(out("written.npy"), WRITTEN)
    np.savez(out("written.npz"), M=WRITTEN, v=WRITTEN_VECTOR)
    np.save(out("written_scalar.npy"), WRITTEN_SCALAR)
    with open(out("written.npy"), "rb") as f:
        assert f.read(8) == b"\x93NUMPY\x01\x00", "format 1.0"
    with np.load(out("written.npz")) as z:
        assert np.array_equal(z["M"], WRITTEN) and np.array_equal(z["v"], WRITTEN_VECTOR)
    assert np.load(out("written_scalar.npy")).shape == ()
    return [out("written.npy"), out("written.npz"), out("written_scalar.npy")]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    print("numpy %s" % np.__version__)
    if sys.argv[1:] == ["written"]:
        paths = make_written()
    else:
        paths = make_npy() + make_unroll_names() + make_keras_agreement() + make_written()
    with np.load(out("keras_get_weights.npz")) as z:
        assert sorted(z.files) == ["arr_0", "arr_1", "arr_2", "arr_3", "arr_4"], z.files
    total = 0
    for p in paths:
        size = os.path.getsize(p)
        total += size
        print("%8d  %s" % (size, os.path.relpath(p)))
    print("%8d  total" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
