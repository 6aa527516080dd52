"""Makes the numpy reference fixtures for the backward pass (the grad command and dev.unroll.grad).

Regenerate from the project root, with the system Python and its numpy (python3-numpy):

    /usr/bin/python3 src/test/python/make_grad_fixtures.py

It writes, under src/test/resources/fixtures/grad/ (and nothing else), for each case NAME:

    NAME.npz            the lesson: W (N, M), U (N, N), b (N,), V (K, N) and c (K,) with a head,
                        x (T, M) and h0 (N,), as `unroll grad --weights NAME.npz` reads them
    NAME_targets.npy    the targets z: (T, K) with return_sequences, (K,) without (N for K = 0);
                        one case writes them as NAME_targets.csv instead, with np.savetxt
    NAME_expected.npz   loss (1,), dW, dU, db, [dV, dc,] dh (T, N) and da (T, N)
    NAME_dout.npz       with a head only: do (T, K) = dL/do_t, the gradient at the head's input at each step
                        (zero at a step that does not count)
    NAME_norms.npz      dh_norm (T,) = |dL/dh_t| and jacobian_norm (T,) = the spectral norm (largest singular
                        value) of the step's Jacobian dh_t/dh_{t-1} = diag(act'(a_t)) U
    cases.txt           one line per case: NAME activation head_activation loss return_sequences targets_file

The backward pass here is written from the definitions, independently of the Java: the total
derivative of L with respect to h_t is carried back through the Jacobians of the step,

    dL/dh_t = dl_t/dh_t + J_{t+1}^T dL/dh_{t+1},   J_{t+1} = dh_{t+1}/dh_t = diag(act'(a_{t+1})) U,

the head's Jacobian is formed as a full matrix (diag(y) - y y^T for softmax), and the weight
gradients are sums of outer products of dL/da_t = act'(a_t) * dL/dh_t. Probabilities are clipped
to [1e-7, 1 - 1e-7] as Keras does, with no gradient where a value is clipped (none of these cases
comes near the clip).
"""

import os

import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "grad")
EPS = 1e-7


def act(name, a):
    return {"tanh": np.tanh, "relu": lambda v: np.maximum(v, 0.0), "sigmoid": lambda v: 1.0 / (1.0 + np.exp(-v)),
            "linear": lambda v: v}[name](a)


def act_prime(name, a):
    if name == "tanh":
        return 1.0 - np.tanh(a) ** 2
    if name == "relu":
        return (a > 0).astype(float)
    if name == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-a))
        return s * (1.0 - s)
    return np.ones_like(a)


def head(name, o):
    if name == "linear":
        return o
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-o))
    e = np.exp(o - np.max(o))
    return e / np.sum(e)


def head_jacobian(name, o):
    """dy/do as a (K, K) matrix."""
    y = head(name, o)
    if name == "linear":
        return np.eye(len(o))
    if name == "sigmoid":
        return np.diag(y * (1.0 - y))
    return np.diag(y) - np.outer(y, y)


def loss_and_grad(loss, y, z, count):
    """The loss terms of one step and their derivative in y, divided as the mean needs."""
    p = np.clip(y, EPS, 1.0 - EPS)
    inside = (y >= EPS) & (y <= 1.0 - EPS)
    if loss == "mse":
        return np.sum((y - z) ** 2) / (count * len(y)), 2.0 * (y - z) / (count * len(y))
    if loss == "bce":
        value = -np.sum(z * np.log(p) + (1.0 - z) * np.log(1.0 - p)) / (count * len(y))
        return value, np.where(inside, (-z / p + (1.0 - z) / (1.0 - p)) / (count * len(y)), 0.0)
    value = -np.sum(z * np.log(p)) / count
    return value, np.where(inside, -z / p / count, 0.0)


def backprop(case, W, U, b, V, c, x, h0, z):
    cell, head_act, loss, rs = case["act"], case["head"], case["loss"], case["rs"]
    T, N = x.shape[0], W.shape[0]
    hs, As = [h0], []
    for t in range(T):
        a = W @ x[t] + U @ hs[-1] + b
        As.append(a)
        hs.append(act(cell, a))
    count = T if rs else 1
    total = 0.0
    direct = np.zeros((T, N))          # dl_t/dh_t, through the head at step t only
    dV = None if V is None else np.zeros_like(V)
    dc = None if c is None else np.zeros_like(c)
    do_steps = None if V is None else np.zeros((T, V.shape[0]))
    for t in range(T):
        if not rs and t != T - 1:
            continue
        target = z[t] if rs else z
        if V is None:
            value, g = loss_and_grad(loss, hs[t + 1], target, count)
            direct[t] = g
        else:
            o = V @ hs[t + 1] + c
            value, g = loss_and_grad(loss, head(head_act, o), target, count)
            do = head_jacobian(head_act, o).T @ g
            dV += np.outer(do, hs[t + 1])
            dc += do
            do_steps[t] = do
            direct[t] = V.T @ do
        total += value
    dh = np.zeros((T, N))
    dh[T - 1] = direct[T - 1]
    for t in range(T - 2, -1, -1):
        J = np.diag(act_prime(cell, As[t + 1])) @ U
        dh[t] = direct[t] + J.T @ dh[t + 1]
    da = np.array([act_prime(cell, As[t]) * dh[t] for t in range(T)])
    dW = sum(np.outer(da[t], x[t]) for t in range(T))
    dU = sum(np.outer(da[t], hs[t]) for t in range(T))
    db = da.sum(axis=0)
    # the loss as shape (1,): Unroll's readers refuse 0-D arrays (the grad command writes it as shape ())
    out = {"loss": np.array([total]), "dW": dW, "dU": dU, "db": db}
    if V is not None:
        out["dV"] = dV
        out["dc"] = dc
    out["dh"] = dh
    out["da"] = da
    norms = {"dh_norm": np.linalg.norm(dh, axis=1),
             "jacobian_norm": np.array([np.linalg.norm(np.diag(act_prime(cell, As[t])) @ U, 2) for t in range(T)])}
    return out, norms, do_steps


CASES = [
    dict(name="tanh_linear_mse_sequences", act="tanh", head="linear", loss="mse", rs=True, T=6, M=3, N=4, K=2, seed=101),
    dict(name="relu_sigmoid_bce_last", act="relu", head="sigmoid", loss="bce", rs=False, T=5, M=2, N=3, K=3, seed=102),
    dict(name="sigmoid_softmax_cce_sequences", act="sigmoid", head="softmax", loss="cce", rs=True, T=7, M=3, N=5, K=4,
         seed=103, csv=True),
    dict(name="tanh_softmax_cce_last", act="tanh", head="softmax", loss="cce", rs=False, T=9, M=4, N=6, K=3, seed=104),
    dict(name="linear_nohead_mse_last", act="linear", head="linear", loss="mse", rs=False, T=4, M=2, N=3, K=0, seed=105),
    dict(name="sigmoid_nohead_bce_sequences", act="sigmoid", head="linear", loss="bce", rs=True, T=5, M=3, N=4, K=0,
         seed=106),
    dict(name="tanh_linear_mse_long", act="tanh", head="linear", loss="mse", rs=True, T=40, M=8, N=16, K=5, seed=107),
]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    print("numpy %s" % np.__version__)
    lines = []
    for case in CASES:
        rng = np.random.default_rng(case["seed"])
        T, M, N, K = case["T"], case["M"], case["N"], case["K"]
        W = rng.uniform(-0.7, 0.7, (N, M))
        U = rng.uniform(-0.6, 0.6, (N, N))
        b = rng.uniform(-0.5, 0.5, N)
        V = rng.uniform(-0.8, 0.8, (K, N)) if K else None
        c = rng.uniform(-0.5, 0.5, K) if K else None
        x = rng.uniform(-1.0, 1.0, (T, M))
        h0 = rng.uniform(-0.4, 0.4, N)
        width = K if K else N
        shape = (T, width) if case["rs"] else (width,)
        if case["loss"] == "mse":
            z = rng.uniform(-1.0, 1.0, shape)
        elif case["loss"] == "bce":
            z = rng.uniform(0.0, 1.0, shape)
        else:
            z = rng.uniform(0.0, 1.0, shape)
            z = z / z.sum(axis=-1, keepdims=True)
        arrays = dict(W=W, U=U, b=b, x=x, h0=h0)
        if K:
            arrays.update(V=V, c=c)
        name = case["name"]
        np.savez(os.path.join(OUT_DIR, name + ".npz"), **arrays)
        if case.get("csv"):
            targets = name + "_targets.csv"
            np.savetxt(os.path.join(OUT_DIR, targets), z, fmt="%.17g", delimiter=",")
            assert np.array_equal(np.loadtxt(os.path.join(OUT_DIR, targets), delimiter=","), z)
        else:
            targets = name + "_targets.npy"
            np.save(os.path.join(OUT_DIR, targets), z)
        expected, norms, do_steps = backprop(case, W, U, b, V, c, x, h0, z)
        if do_steps is not None:
            np.savez(os.path.join(OUT_DIR, name + "_dout.npz"), do=do_steps)
        np.savez(os.path.join(OUT_DIR, name + "_expected.npz"), **expected)
        np.savez(os.path.join(OUT_DIR, name + "_norms.npz"), **norms)
        lines.append("%s %s %s %s %s %s" % (name, case["act"], case["head"], case["loss"],
                                            "true" if case["rs"] else "false", targets))
    with open(os.path.join(OUT_DIR, "cases.txt"), "w") as f:
        f.write("# name activation head_activation loss return_sequences targets (made by make_grad_fixtures.py)\n")
        f.write("\n".join(lines) + "\n")
    for f in sorted(os.listdir(OUT_DIR)):
        print("%8d  %s" % (os.path.getsize(os.path.join(OUT_DIR, f)), f))


if __name__ == "__main__":
    main()
