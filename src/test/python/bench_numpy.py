"""The seed's numpy loop, timed at the sizes the bench command times Unroll's engine.

Prints the bench command's line format, NAME median=... p95=... UNIT, so the two can be run one
after the other and compared:

    /usr/bin/python3 src/test/python/bench_numpy.py [--quick]
    java -jar target/unroll.jar bench --only 'engine-step|trace-seed'

engine-step-N<n>: microseconds of one step of the loop below at 32 -> n, tanh, no head, averaged over
a run of T = 10,000 after a warm-up run; trace-seed: the seed's whole example (T 100, 32 -> 64).
Times are the CPU time of the calling thread (time.thread_time_ns), as the engine's are. The BLAS is
held to one thread, like Unroll's engine, so that no work is done on a thread this clock does not see.
"""
import os

for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(name, "1")

import sys
import time

import numpy as np

UNITS = (16, 64, 128, 256, 512, 1024)
STEPS = 10_000
FEATURES = 32


def seed_lesson(timesteps, input_features, output_features):
    """Draws the numbers in the seed's order: inputs, W, U, b."""
    np.random.seed(0)
    inputs = np.random.random((timesteps, input_features))
    W = np.random.random((output_features, input_features))
    U = np.random.random((output_features, output_features))
    b = np.random.random((output_features,))
    return inputs, W, U, b


def forward(inputs, W, U, b):
    """The seed's loop, as written there (with np.stack for the (T, N) result)."""
    state_t = np.zeros((W.shape[0],))
    successive_outputs = []
    for input_t in inputs:
        output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)
        successive_outputs.append(output_t)
        state_t = output_t
    return np.stack(successive_outputs, axis=0)


def cpu_nanos(lesson):
    start = time.thread_time_ns()
    forward(*lesson)
    return time.thread_time_ns() - start


def runs(lesson, quick):
    """CPU nanoseconds of whole runs: after a warm-up, as many as fit in about two seconds, at least five."""
    least, budget = (3, 0.2e9) if quick else (5, 2e9)
    cpu_nanos(lesson)
    taken, spent = [], 0
    while len(taken) < least or (spent < budget and len(taken) < 1000):
        nanos = cpu_nanos(lesson)
        taken.append(nanos)
        spent += nanos
    return taken


def percentile(values, p):
    """Nearest rank, as the bench command computes it."""
    ordered = sorted(values)
    rank = -(-p * len(ordered) // 100)
    return ordered[max(0, int(rank) - 1)]


def number(value):
    """Three significant digits, never in exponent form, as the bench command prints."""
    if value == 0:
        return "0.0"
    digits = int(np.floor(np.log10(abs(value))))
    return f"{value:.{max(0, 2 - digits)}f}"


def line(name, values, unit):
    return f"{name} median={number(percentile(values, 50))} p95={number(percentile(values, 95))} {unit}"


def main():
    quick = "--quick" in sys.argv[1:]
    print(f"numpy {np.__version__} from {os.path.dirname(np.__file__)}", file=sys.stderr)
    for n in UNITS:
        per_step = [nanos / 1000 / STEPS for nanos in runs(seed_lesson(STEPS, FEATURES, n), quick)]
        print(line(f"engine-step-N{n}", per_step, "us"), flush=True)
    whole = [nanos / 1000 for nanos in runs(seed_lesson(100, 32, 64), quick)]
    print(line("trace-seed", whole, "us"), flush=True)
    print("bench done", flush=True)


if __name__ == "__main__":
    main()
