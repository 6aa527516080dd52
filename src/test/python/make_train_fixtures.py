"""Makes the numpy reference fixtures for the optimisers of dev.unroll.train.

Regenerate from the project root, with the system Python and its numpy (python3-numpy):

    /usr/bin/python3 src/test/python/make_train_fixtures.py

It writes src/test/resources/fixtures/train/optimizers.npz (and nothing else), holding two parameter
arrays, a of shape (3, 2) and b of shape (4,), a few steps of gradients for each, and the parameters
after each step of:

    adam_a, adam_b                 Adam, learning rate LR, no clipping
    adam_clipped_a, adam_clipped_b Adam after clipping the gradients by global norm CLIP
    sgd_clipped_a, sgd_clipped_b   plain SGD after the same clipping

Adam is written from Keras 3's keras/src/optimizers/adam.py (beta_1 0.9, beta_2 0.999, epsilon 1e-7):

    alpha = lr * sqrt(1 - beta_2 ** s) / (1 - beta_1 ** s)
    m += (g - m) * (1 - beta_1);  v += (g * g - v) * (1 - beta_2)
    p -= alpha * m / (sqrt(v) + epsilon)

and clipping from tf.clip_by_global_norm, which Keras's global_clipnorm calls:

    g *= clip / max(sqrt(sum of every g ** 2), clip)
"""

import os

import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "train")
LR = 0.01
SGD_LR = 0.1
CLIP = 0.5
STEPS = 4
BETA_1, BETA_2, EPSILON = 0.9, 0.999, 1e-7


def clip_global(grads, clip):
    norm = np.sqrt(sum(np.sum(g * g) for g in grads))
    return [g * clip / max(norm, clip) for g in grads]


def adam(params, grads_by_step, clip=None):
    params = [p.copy() for p in params]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    history = [[] for _ in params]
    for s, grads in enumerate(grads_by_step, start=1):
        if clip is not None:
            grads = clip_global(grads, clip)
        alpha = LR * np.sqrt(1 - BETA_2 ** s) / (1 - BETA_1 ** s)
        for i, g in enumerate(grads):
            m[i] += (g - m[i]) * (1 - BETA_1)
            v[i] += (g * g - v[i]) * (1 - BETA_2)
            params[i] -= alpha * m[i] / (np.sqrt(v[i]) + EPSILON)
            history[i].append(params[i].copy())
    return [np.stack(h) for h in history]


def sgd(params, grads_by_step, clip):
    params = [p.copy() for p in params]
    history = [[] for _ in params]
    for grads in grads_by_step:
        grads = clip_global(grads, clip)
        for i, g in enumerate(grads):
            params[i] -= SGD_LR * g
            history[i].append(params[i].copy())
    return [np.stack(h) for h in history]


def main():
    rng = np.random.RandomState(15)
    a = rng.standard_normal((3, 2))
    b = rng.standard_normal(4)
    # gradients of mixed sizes: some steps above the clipping norm, some below
    grads_a = rng.standard_normal((STEPS, 3, 2)) * np.array([1.0, 0.05, 2.0, 0.1]).reshape(STEPS, 1, 1)
    grads_b = rng.standard_normal((STEPS, 4)) * np.array([1.0, 0.05, 2.0, 0.1]).reshape(STEPS, 1)
    steps = [[grads_a[s], grads_b[s]] for s in range(STEPS)]
    adam_a, adam_b = adam([a, b], steps)
    clipped_a, clipped_b = adam([a, b], steps, CLIP)
    sgd_a, sgd_b = sgd([a, b], steps, CLIP)
    os.makedirs(OUT_DIR, exist_ok=True)
    np.savez(os.path.join(OUT_DIR, "optimizers.npz"), a=a, b=b, grads_a=grads_a.reshape(STEPS, 6), grads_b=grads_b,
             adam_a=adam_a.reshape(STEPS, 6), adam_b=adam_b, adam_clipped_a=clipped_a.reshape(STEPS, 6),
             adam_clipped_b=clipped_b, sgd_clipped_a=sgd_a.reshape(STEPS, 6), sgd_clipped_b=sgd_b,
             settings=np.array([LR, SGD_LR, CLIP]))


if __name__ == "__main__":
    main()
