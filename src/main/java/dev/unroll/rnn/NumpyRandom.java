package dev.unroll.rnn;

/**
 * The random stream of numpy's legacy {@code np.random} (the {@code RandomState} behind
 * {@code np.random.seed} and {@code np.random.random}). Uniform draws are reproduced bit for bit;
 * Gaussian draws follow the same stream, each within one unit in the last place of numpy's, because
 * Java's logarithm and the C library's may round the last bit differently.
 *
 * <p>It is the 32-bit Mersenne Twister MT19937, seeded with {@code init_genrand(seed)} as numpy does
 * for an integer seed, so {@code new NumpyRandom(0).nextDouble()} is {@code 0.5488135039273248},
 * the first value of {@code np.random.seed(0); np.random.random()}. Not thread-safe.
 */
public final class NumpyRandom {

    /** The largest seed numpy's legacy seeding accepts, 2^32 − 1. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908_B0DF;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7FFF_FFFF;

    private final int[] state = new int[N];
    private int index;
    /** numpy's legacy Gaussian draws two values at a time and keeps the second for the next call. */
    private boolean hasCachedGaussian;
    private double cachedGaussian;

    /**
     * Seeds the generator as {@code np.random.seed(seed)} does.
     *
     * @param seed an integer in [0, 2^32 − 1]
     * @throws IllegalArgumentException if the seed is outside that range
     */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and " + MAX_SEED + ", got " + seed);
        }
        // init_genrand: state[i] = 1812433253 · (state[i-1] ^ (state[i-1] >>> 30)) + i, modulo 2^32
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1_812_433_253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** The next 32-bit output of MT19937, as an unsigned value in an int. */
    public int nextInt32() {
        if (index >= N) {
            regenerate();
        }
        int y = state[index++];
        // tempering
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C_5680;
        y ^= (y << 15) & 0xEFC6_0000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code np.random.random()}: a double in [0, 1) with 53 random bits, from two 32-bit outputs. */
    public double nextDouble() {
        long a = Integer.toUnsignedLong(nextInt32()) >>> 5;
        long b = Integer.toUnsignedLong(nextInt32()) >>> 6;
        // (a · 2^26 + b) / 2^53
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0;
    }

    /** {@code np.random.uniform(low, high)}: {@code low + (high − low) · random()}, in numpy's order of operations. */
    public double nextUniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /**
     * {@code np.random.standard_normal()}: numpy's legacy polar Box–Muller method, which makes two
     * values from each accepted pair and returns the second one first.
     */
    public double nextGaussian() {
        if (hasCachedGaussian) {
            hasCachedGaussian = false;
            return cachedGaussian;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // f = sqrt(−2 ln r² / r²)
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        cachedGaussian = f * x1;
        hasCachedGaussian = true;
        return f * x2;
    }

    /** Fills {@code target} in order with {@link #nextDouble()}, as {@code np.random.random(shape)} fills row-major. */
    public void fillUniform(double[] target, int from, int count) {
        for (int i = from; i < from + count; i++) {
            target[i] = nextDouble();
        }
    }

    private void regenerate() {
        int k = 0;
        for (; k < N - M; k++) {
            int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
            state[k] = state[k + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
            state[k] = state[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        int y = (state[N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
        state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        index = 0;
    }
}
