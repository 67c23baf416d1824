/* runtime/modules/random.c: the random module, bit for bit CPython's.
 *
 * The generator is the Mersenne Twister MT19937 (Matsumoto & Nishimura, the
 * reference code as in CPython's Modules/_randommodule.c).  Seeding an int
 * follows random_seed(): init_by_array over the 32-bit little-endian chunks
 * of abs(seed) (one zero word for 0); a float or other hashable seeds with
 * its hash taken as an unsigned word; None with 624 words of os entropy.
 * Every derived function is a line-by-line port of Lib/random.py 3.11
 * (_randbelow_with_getrandbits, randrange, shuffle, sample, choices, gauss
 * with its cached second value, ...), so a rng->seeded script prints exactly the
 * numbers python3 prints.
 * str/bytes seeds follow version 2 seeding (int.from_bytes(a + sha512(a)),
 * runtime/sha512.c) or version 1 (the old string hash).
 *
 * State lives in a TpyRandom: `Random(x)` instances have their own, and the
 * module functions use one hidden default instance, as CPython's module
 * functions are bound methods of a hidden Random().  getstate()/setstate()
 * use CPython's version-3 format (3, (625 ints), gauss_next).
 * Not implemented: sample(counts=...), SystemRandom, subclassing Random
 * with an overridden random().
 */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "abstract.h"
#include "argparse.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "modules_internal.h"
#include "none.h"
#include "set.h"
#include "sha512.h"
#include "str.h"
#include "tuple.h"

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

/* One generator's state: a Random instance, or the module's hidden one. */
typedef struct TpyRandom {
    TpyObject ob;
    uint32_t mt[N];
    int mti;
    bool seeded;            /* false: seed from entropy at the first draw */
    bool has_gauss_next;
    double gauss_next;
} TpyRandom;

extern TpyType tpy_random_type;
static TpyRandom default_random = {{.refcount = 1, .type = &tpy_random_type}, {0}, N + 1, false, false, 0.0};

static void init_genrand(TpyRandom *rng, uint32_t s)
{
    rng->mt[0] = s;
    for (rng->mti = 1; rng->mti < N; rng->mti++)
        rng->mt[rng->mti] = 1812433253U * (rng->mt[rng->mti - 1] ^ (rng->mt[rng->mti - 1] >> 30)) + (uint32_t)rng->mti;
}

static void init_by_array(TpyRandom *rng, const uint32_t *key, size_t key_length)
{
    size_t i = 1, j = 0, k;
    init_genrand(rng, 19650218U);
    k = N > key_length ? N : key_length;
    for (; k; k--) {
        rng->mt[i] = (rng->mt[i] ^ ((rng->mt[i - 1] ^ (rng->mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            rng->mt[0] = rng->mt[N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = N - 1; k; k--) {
        rng->mt[i] = (rng->mt[i] ^ ((rng->mt[i - 1] ^ (rng->mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            rng->mt[0] = rng->mt[N - 1];
            i = 1;
        }
    }
    rng->mt[0] = 0x80000000U;
}

static void seed_from_entropy(TpyRandom *rng)
{
    uint32_t key[N];
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        for (int i = 0; i < N; i++)
            key[i] = (uint32_t)(ts.tv_nsec * 2654435761u + ts.tv_sec + (uint32_t)i * 40503u + (uint32_t)getpid());
    }
    init_by_array(rng, key, N);
}

static uint32_t genrand_uint32(TpyRandom *rng)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (!rng->seeded) {
        seed_from_entropy(rng);
        rng->seeded = true;
    }
    if (rng->mti >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (rng->mt[kk] & UPPER_MASK) | (rng->mt[kk + 1] & LOWER_MASK);
            rng->mt[kk] = rng->mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (rng->mt[kk] & UPPER_MASK) | (rng->mt[kk + 1] & LOWER_MASK);
            rng->mt[kk] = rng->mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (rng->mt[N - 1] & UPPER_MASK) | (rng->mt[0] & LOWER_MASK);
        rng->mt[N - 1] = rng->mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        rng->mti = 0;
    }
    y = rng->mt[rng->mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* random(): 53 random bits, as CPython's random_random. */
static double random_double(TpyRandom *rng)
{
    uint32_t a = genrand_uint32(rng) >> 5, b = genrand_uint32(rng) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) into z (k >= 0): 32-bit words from least significant. */
static void getrandbits_mpz(TpyRandom *rng, mpz_t z, uint64_t k)
{
    if (k <= 32) {
        mpz_set_ui(z, k == 0 ? 0 : genrand_uint32(rng) >> (32 - k));
        return;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (w == NULL) {
        mpz_set_ui(z, 0);
        return;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(rng);
        if (k < 32)
            r >>= (32 - k);
        w[i] = r;
    }
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
}

static uint64_t getrandbits_u64(TpyRandom *rng, int k)   /* 0 <= k <= 64 */
{
    if (k <= 32)
        return k == 0 ? 0 : genrand_uint32(rng) >> (32 - k);
    uint64_t lo = genrand_uint32(rng);
    uint64_t hi = genrand_uint32(rng) >> (64 - k);
    return lo | hi << 32;
}

/* _randbelow_with_getrandbits(n) for n > 0. */
static void randbelow_mpz(TpyRandom *rng, mpz_t r, const mpz_t n)
{
    uint64_t k = mpz_sizeinbase(n, 2);
    do
        getrandbits_mpz(rng, r, k);
    while (mpz_cmp(r, n) >= 0);
}

static uint64_t randbelow_u64(TpyRandom *rng, uint64_t n)
{
    int k = 64 - __builtin_clzll(n);
    uint64_t r;
    do
        r = getrandbits_u64(rng, k);
    while (r >= n);
    return r;
}

static int64_t randbelow_i64(TpyRandom *rng, int64_t n)   /* n > 0 */
{
    return (int64_t)randbelow_u64(rng, (uint64_t)n);
}

static TpyObject *randbelow_obj(TpyRandom *rng, TpyObject *n)
{
    int64_t v;
    if (tpy_int_to_i64(n, &v) && v > 0)
        return tpy_int_from_i64(randbelow_i64(rng, v));
    mpz_t z, r;
    mpz_inits(z, r, NULL);
    tpy_int_get_mpz(n, z);
    randbelow_mpz(rng, r, z);
    TpyObject *o = tpy_int_from_mpz(r);
    mpz_clears(z, r, NULL);
    return o;
}

/* ---------------------------------------------------------------- seeding */

static int seed_with(TpyRandom *rng, TpyObject *a)
{
    rng->has_gauss_next = false;
    rng->seeded = true;
    if (a == NULL || a == tpy_None) {
        seed_from_entropy(rng);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (tpy_int_check(a)) {
        tpy_int_get_mpz(a, z);
        mpz_abs(z, z);
    } else {
        int64_t h = tpy_object_hash(a);
        if (h == -1 && tpy_err_occurred() != NULL) {
            mpz_clear(z);
            return -1;
        }
        mpz_import(z, 1, -1, sizeof(uint64_t), 0, 0, &(uint64_t){(uint64_t)h});
    }
    size_t words = mpz_sgn(z) == 0 ? 1 : (mpz_sizeinbase(z, 2) - 1) / 32 + 1;
    uint32_t *key = calloc(words, sizeof(uint32_t));
    if (key == NULL) {
        mpz_clear(z);
        tpy_err_nomemory();
        return -1;
    }
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, z);
    init_by_array(rng, key, words);
    free(key);
    mpz_clear(z);
    return 0;
}

/* CPython 3.11 Random.seed(a, version): version 2 turns a str (UTF-8) or
 * bytes `a` into int.from_bytes(a + sha512(a).digest()) (big-endian);
 * version 1 uses the old string hash of Python 2. */
static TpyObject *string_seed(TpyObject *a, int64_t version)
{
    size_t len;
    const unsigned char *data;
    if (tpy_str_check(a)) {
        data = (const unsigned char *)tpy_str_as_utf8(a, &len);
        if (data == NULL)
            return NULL;
    } else {
        data = (const unsigned char *)TPY_BYTES_DATA(a);
        len = (size_t)TPY_BYTES_SIZE(a);
    }
    mpz_t z;
    mpz_init(z);
    if (version == 1) {
        // x = ord(a[0]) << 7; x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF per
        // code point (bytes are decoded as latin-1: one code point per byte)
        uint32_t *cps = NULL;
        size_t n = 0;
        if (tpy_str_check(a)) {
            int64_t count = tpy_str_length(a);
            cps = malloc(((size_t)count + 1) * sizeof(uint32_t));
            if (cps == NULL) {
                mpz_clear(z);
                return tpy_err_nomemory();
            }
            for (int64_t k = 0; k < count; k++)
                cps[n++] = tpy_str_read(a, k);
        } else {
            cps = malloc((len + 1) * sizeof(uint32_t));
            if (cps == NULL) {
                mpz_clear(z);
                return tpy_err_nomemory();
            }
            for (size_t k = 0; k < len; k++)
                cps[n++] = data[k];
        }
        uint64_t x = n > 0 ? (uint64_t)cps[0] << 7 : 0;
        for (size_t k = 0; k < n; k++)
            x = (1000003ULL * x) ^ cps[k];
        x ^= (uint64_t)n;
        free(cps);
        mpz_import(z, 1, -1, sizeof(uint64_t), 0, 0, &x);
    } else {
        unsigned char *buf = malloc(len + 64);
        if (buf == NULL) {
            mpz_clear(z);
            return tpy_err_nomemory();
        }
        memcpy(buf, data, len);
        tpy_sha512(data, len, buf + len);
        mpz_import(z, len + 64, 1, 1, 0, 0, buf);
        free(buf);
    }
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TpyObject *random_seed(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "version", NULL};
    static const TpyArgSpec spec = {"seed", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    int64_t version = 2;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 ||
        (a[1] != NULL && tpy_args_i64(a[1], &version) < 0))
        return NULL;
    TpyObject *s = a[0];
    if (s != NULL && s != tpy_None && !tpy_int_check(s) && !tpy_float_check(s) &&
        !tpy_str_check(s) && !tpy_bytes_check(s))
        return tpy_err_format(&tpy_TypeError_type,
                              "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    TpyObject *as_int = NULL;
    if (s != NULL && (version == 1 || version == 2) && (tpy_str_check(s) || tpy_bytes_check(s))) {
        if ((as_int = string_seed(s, version)) == NULL)
            return NULL;
        s = as_int;
    }
    int rc = seed_with(rng, s);
    tpy_xdecref(as_int);
    if (rc < 0)
        return NULL;
    return tpy_none_new_ref();
}

/* getstate(): (3, (mt[0], ..., mt[623], index), gauss_next) as CPython. */
static TpyObject *random_getstate(TpyRandom *rng, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    (void)args;
    if (tpy_args_none("getstate", nargs, kwnames) < 0)
        return NULL;
    if (!rng->seeded) {
        seed_from_entropy(rng);
        rng->seeded = true;
    }
    TpyObject *inner = tpy_tuple_new(N + 1);
    if (inner == NULL)
        return NULL;
    for (int i = 0; i < N; i++)
        TPY_TUPLE_ITEMS(inner)[i] = tpy_int_from_i64(rng->mt[i]);
    TpyObject *index = tpy_int_from_i64(rng->mti > N ? N : rng->mti);
    TPY_TUPLE_ITEMS(inner)[N] = index;
    TpyObject *gauss = rng->has_gauss_next ? tpy_float_from_double(rng->gauss_next) : tpy_none_new_ref();
    if (gauss == NULL) {
        tpy_decref(inner);
        return NULL;
    }
    TpyObject *state = tpy_tuple_pack(3, tpy_smallint(3), inner, gauss);
    tpy_decref(inner);
    tpy_decref(gauss);
    return state;
}

static TpyObject *random_setstate(TpyRandom *rng, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    static const char *const params[] = {"state", NULL};
    static const TpyArgSpec spec = {"setstate", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *state = a[0];
    if (!tpy_tuple_check_any(state) || TPY_TUPLE_SIZE(state) < 1)
        return tpy_err_format(&tpy_TypeError_type, "state vector must be a tuple");
    TpyObject *version = TPY_TUPLE_ITEMS(state)[0];
    if (version != tpy_smallint(3) || TPY_TUPLE_SIZE(state) != 3) {
        TpyObject *vr = tpy_object_repr(version);
        if (vr == NULL)
            return NULL;
        tpy_err_format(&tpy_ValueError_type, "state with version %s passed to Random.setstate() of version 3",
                       tpy_str_as_utf8(vr, NULL));
        tpy_decref(vr);
        return NULL;
    }
    TpyObject *inner = TPY_TUPLE_ITEMS(state)[1], *gauss = TPY_TUPLE_ITEMS(state)[2];
    if (!tpy_tuple_check_any(inner))
        return tpy_err_format(&tpy_TypeError_type, "state vector must be a tuple");
    if (TPY_TUPLE_SIZE(inner) != N + 1)
        return tpy_err_format(&tpy_ValueError_type, "state vector is the wrong size");
    uint32_t words[N];
    int64_t index;
    for (int i = 0; i <= N; i++) {
        TpyObject *w = TPY_TUPLE_ITEMS(inner)[i];
        int64_t v;
        if (!tpy_int_check(w))
            return tpy_err_format(&tpy_TypeError_type, "an integer is required");
        if (!tpy_int_to_i64(w, &v) || v < 0 || (i < N && v > 0xffffffffLL))
            return tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C unsigned long");
        if (i < N)
            words[i] = (uint32_t)v;
        else
            index = v;
    }
    if (index < 0 || index > N)
        return tpy_err_format(&tpy_ValueError_type, "invalid state");
    double g = 0.0;
    if (gauss != tpy_None && tpy_float_as_double(gauss, &g) < 0)
        return NULL;
    memcpy(rng->mt, words, sizeof words);
    rng->mti = (int)index;
    rng->seeded = true;
    rng->has_gauss_next = gauss != tpy_None;
    rng->gauss_next = g;
    return tpy_none_new_ref();
}

/* ---------------------------------------------------------------- basic draws */

static TpyObject *random_random(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("random", nargs, kwnames) < 0)
        return NULL;
    return tpy_float_from_double(random_double(rng));
}

static TpyObject *random_getrandbits(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t k;
    if (tpy_args_one("getrandbits", nargs, kwnames) < 0 || tpy_args_i64(args[0], &k) < 0)
        return NULL;
    if (k < 0)
        return tpy_err_format(&tpy_ValueError_type, "number of bits must be non-negative");
    if (k <= 63)
        return tpy_int_from_i64((int64_t)getrandbits_u64(rng, (int)k));
    mpz_t z;
    mpz_init(z);
    getrandbits_mpz(rng, z, (uint64_t)k);
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TpyObject *random_randbytes(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"n", NULL};
    static const TpyArgSpec spec = {"randbytes", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    int64_t n;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || tpy_args_i64(a[0], &n) < 0)
        return NULL;
    if (n < 0)
        return tpy_err_format(&tpy_ValueError_type, "number of bits must be non-negative");
    TpyObject *b = tpy_bytes_from(NULL, n);
    if (b == NULL)
        return NULL;
    // getrandbits(n * 8).to_bytes(n, 'little'): whole 32-bit words, little-endian
    unsigned char *p = (unsigned char *)TPY_BYTES_DATA(b);
    for (int64_t i = 0; i < n; i += 4) {
        uint32_t w = genrand_uint32(rng);
        int64_t left = n - i;
        if (left < 4)
            w >>= 32 - 8 * left;
        for (int j = 0; j < 4 && i + j < n; j++)
            p[i + j] = (unsigned char)(w >> (8 * j));
    }
    return b;
}

static TpyObject *index_arg(TpyObject *o, int pos)
{
    if (tpy_float_check(o)) {
        double d = TPY_FLOAT_VALUE(o);
        if (d != floor(d) || !isfinite(d))
            return tpy_err_format(&tpy_ValueError_type, "non-integer arg %d for randrange()", pos);
        return tpy_int_from_double(d);   // 3.11 accepts it with a DeprecationWarning
    }
    return tpy_number_index(o);
}

static TpyObject *randrange_impl(TpyRandom *rng, TpyObject *start, TpyObject *stop, TpyObject *step)
{
    TpyObject *istart = index_arg(start, 1), *istop = NULL, *istep = NULL, *width = NULL,
              *n = NULL, *r = NULL, *t = NULL;
    if (istart == NULL)
        return NULL;
    if (stop == NULL || stop == tpy_None) {
        if (step != NULL && step != tpy_smallint(1)) {
            tpy_err_format(&tpy_TypeError_type, "Missing a non-None stop argument");
        } else if (tpy_int_sign(istart) > 0) {
            r = randbelow_obj(rng, istart);
        } else {
            tpy_err_format(&tpy_ValueError_type, "empty range for randrange()");
        }
        tpy_decref(istart);
        return r;
    }
    if ((istop = index_arg(stop, 2)) == NULL || (width = tpy_int_sub(istop, istart)) == NULL)
        goto done;
    if ((istep = step == NULL ? tpy_smallint(1) : index_arg(step, 3)) == NULL)
        goto done;
    if (istep == tpy_smallint(1)) {
        if (tpy_int_sign(width) > 0) {
            if ((t = randbelow_obj(rng, width)) != NULL)
                r = tpy_int_add(istart, t);
        } else {
            TpyObject *a = tpy_object_str(istart), *b = tpy_object_str(istop), *c = tpy_object_str(width);
            if (a != NULL && b != NULL && c != NULL)
                tpy_err_format(&tpy_ValueError_type, "empty range for randrange() (%s, %s, %s)",
                               tpy_str_as_utf8(a, NULL), tpy_str_as_utf8(b, NULL),
                               tpy_str_as_utf8(c, NULL));
            tpy_xdecref(a);
            tpy_xdecref(b);
            tpy_xdecref(c);
        }
        goto done;
    }
    int sign = tpy_int_sign(istep);
    if (sign == 0) {
        tpy_err_format(&tpy_ValueError_type, "zero step for randrange()");
        goto done;
    }
    TpyObject *adj = tpy_int_add(width, tpy_smallint(sign > 0 ? -1 : 1));
    if (adj == NULL)
        goto done;
    TpyObject *num = tpy_int_add(adj, istep);
    tpy_decref(adj);
    if (num == NULL)
        goto done;
    n = tpy_int_floordiv(num, istep);
    tpy_decref(num);
    if (n == NULL)
        goto done;
    if (tpy_int_sign(n) <= 0) {
        tpy_err_format(&tpy_ValueError_type, "empty range for randrange()");
        goto done;
    }
    if ((t = randbelow_obj(rng, n)) != NULL) {
        TpyObject *m = tpy_int_mul(istep, t);
        if (m != NULL) {
            r = tpy_int_add(istart, m);
            tpy_decref(m);
        }
    }
done:
    tpy_xdecref(istart);
    tpy_xdecref(istop);
    tpy_xdecref(istep);
    tpy_xdecref(width);
    tpy_xdecref(n);
    tpy_xdecref(t);
    return r;
}

static TpyObject *random_randrange(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"start", "stop", "step", NULL};
    static const TpyArgSpec spec = {"randrange", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return randrange_impl(rng, a[0], a[1], a[2]);
}

static TpyObject *random_randint(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "b", NULL};
    static const TpyArgSpec spec = {"randint", params, 0, -1, 2, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (tpy_is_smallint(a[0]) && tpy_is_smallint(a[1])) {   // fast path, same draws
        int64_t lo = tpy_smallint_value(a[0]), hi = tpy_smallint_value(a[1]);
        if (hi >= lo)
            return tpy_int_from_i64(lo + randbelow_i64(rng, hi - lo + 1));
    }
    TpyObject *stop = tpy_number_binop(a[1], tpy_smallint(1), TPY_BINOP_ADD);
    if (stop == NULL)
        return NULL;
    TpyObject *r = randrange_impl(rng, a[0], stop, NULL);
    tpy_decref(stop);
    return r;
}

/* ---------------------------------------------------------------- sequences */

static TpyObject *random_choice(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"seq", NULL};
    static const TpyArgSpec spec = {"choice", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int64_t n = tpy_object_length(a[0]);
    if (n < 0)
        return NULL;
    if (n == 0)
        return tpy_err_format(&tpy_IndexError_type, "Cannot choose from an empty sequence");
    int64_t i = randbelow_i64(rng, n);
    if (tpy_list_check(a[0]))
        return tpy_newref(TPY_LIST_ITEMS(a[0])[i]);
    return tpy_object_getitem(a[0], tpy_smallint(i));
}

static TpyObject *random_shuffle(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"x", NULL};
    static const TpyArgSpec spec = {"shuffle", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *x = a[0];
    int64_t n = tpy_object_length(x);
    if (n < 0)
        return NULL;
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = randbelow_i64(rng, i + 1);
        if (tpy_list_check(x) && TPY_LIST_SIZE(x) == n) {
            TpyObject **items = TPY_LIST_ITEMS(x), *t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        TpyObject *xi = tpy_object_getitem(x, tpy_smallint(i)), *xj = NULL;
        int ok = xi != NULL && (xj = tpy_object_getitem(x, tpy_smallint(j))) != NULL &&
                 tpy_object_setitem(x, tpy_smallint(i), xj) == 0 &&
                 tpy_object_setitem(x, tpy_smallint(j), xi) == 0;
        tpy_xdecref(xi);
        tpy_xdecref(xj);
        if (!ok)
            return NULL;
    }
    return tpy_none_new_ref();
}

static TpyObject *random_sample(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"population", "k", "counts", NULL};
    static const TpyArgSpec spec = {"sample", params, 0, 2, 2, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    int64_t k;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || tpy_args_i64(a[1], &k) < 0)
        return NULL;
    if (a[2] != NULL && a[2] != tpy_None)
        return tpy_err_format(&tpy_NotImplementedError_type, "sample(counts=...) is not supported by tpy");
    TpyObject *pop = a[0];
    if (tpy_anyset_check(pop) || tpy_type_of(pop)->getitem == NULL)
        return tpy_err_format(&tpy_TypeError_type,
                              "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = tpy_object_length(pop);
    if (n < 0)
        return NULL;
    if (k < 0 || k > n)
        return tpy_err_format(&tpy_ValueError_type, "Sample larger than population or is negative");
    TpyObject *result = tpy_list_new(k);
    if (result == NULL)
        return NULL;
    for (int64_t i = 0; i < k; i++)
        TPY_LIST_ITEMS(result)[i] = tpy_none_new_ref();
    int64_t setsize = 21;
    if (k > 5)
        setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        TpyObject *pool = tpy_list_from_iterable(pop);
        if (pool == NULL)
            goto error;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_i64(rng, n - i);
            TpyObject **p = TPY_LIST_ITEMS(pool);
            tpy_list_setitem_index(result, i, p[j]);
            tpy_list_setitem_index(pool, j, p[n - i - 1]);
        }
        tpy_decref(pool);
    } else {
        TpyObject *selected = tpy_set_new(NULL);
        if (selected == NULL)
            goto error;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_i64(rng, n);
            while (tpy_set_contains(selected, tpy_smallint(j)) == 1)
                j = randbelow_i64(rng, n);
            tpy_set_add(selected, tpy_smallint(j));
            TpyObject *item = tpy_object_getitem(pop, tpy_smallint(j));
            if (item == NULL || tpy_list_setitem_index(result, i, item) < 0) {
                tpy_xdecref(item);
                tpy_decref(selected);
                goto error;
            }
            tpy_decref(item);
        }
        tpy_decref(selected);
    }
    return result;
error:
    tpy_decref(result);
    return NULL;
}

static TpyObject *random_choices(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"population", "weights", "cum_weights", "k", NULL};
    static const TpyArgSpec spec = {"choices", params, 0, 2, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[4];
    int64_t k = 1;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (a[3] != NULL && tpy_args_i64(a[3], &k) < 0))
        return NULL;
    TpyObject *pop = a[0], *weights = a[1] == tpy_None ? NULL : a[1],
              *cum = a[2] == tpy_None ? NULL : a[2];
    int64_t n = tpy_object_length(pop);
    if (n < 0)
        return NULL;
    TpyObject *result = tpy_list_new(0);
    if (result == NULL)
        return NULL;
    double *cw = NULL;
    if (cum == NULL && weights == NULL) {
        for (int64_t i = 0; i < k; i++) {
            TpyObject *item = tpy_object_getitem(pop, tpy_smallint((int64_t)floor(random_double(rng) * (double)n)));
            if (item == NULL || tpy_list_append_steal(result, item) < 0)
                goto error;
        }
        return result;
    }
    if (cum != NULL && weights != NULL) {
        tpy_err_format(&tpy_TypeError_type, "Cannot specify both weights and cumulative weights");
        goto error;
    }
    TpyObject *wl = tpy_list_from_iterable(cum != NULL ? cum : weights);
    if (wl == NULL)
        goto error;
    int64_t nw = TPY_LIST_SIZE(wl);
    cw = malloc((size_t)(nw > 0 ? nw : 1) * sizeof(double));
    double acc = 0.0;
    for (int64_t i = 0; cw != NULL && i < nw; i++) {
        double w;
        if (tpy_float_as_double(TPY_LIST_ITEMS(wl)[i], &w) < 0) {
            tpy_decref(wl);
            goto error;
        }
        acc = cum != NULL ? w : (i == 0 ? w : acc + w);
        cw[i] = acc;
    }
    tpy_decref(wl);
    if (cw == NULL) {
        tpy_err_nomemory();
        goto error;
    }
    if (nw != n) {
        tpy_err_format(&tpy_ValueError_type, "The number of weights does not match the population");
        goto error;
    }
    double total = n > 0 ? cw[n - 1] + 0.0 : 0.0;
    if (total <= 0.0) {
        tpy_err_format(&tpy_ValueError_type, "Total of weights must be greater than zero");
        goto error;
    }
    if (!isfinite(total)) {
        tpy_err_format(&tpy_ValueError_type, "Total of weights must be finite");
        goto error;
    }
    for (int64_t i = 0; i < k; i++) {
        double x = random_double(rng) * total;
        int64_t lo = 0, hi = n - 1;   // bisect_right(cum_weights, x, 0, n - 1)
        while (lo < hi) {
            int64_t mid = (lo + hi) / 2;
            if (x < cw[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        TpyObject *item = tpy_object_getitem(pop, tpy_smallint(lo));
        if (item == NULL || tpy_list_append_steal(result, item) < 0)
            goto error;
    }
    free(cw);
    return result;
error:
    free(cw);
    tpy_decref(result);
    return NULL;
}

/* ---------------------------------------------------------------- distributions */

static int float_params(const char *fname, const char *const *params, int required,
                        const double *defaults, TpyObject *const *args, int64_t nargs,
                        TpyObject *kwnames, double *out, int count)
{
    TpyArgSpec spec = {fname, params, 0, -1, required, TPY_ARGS_CLINIC, false};
    TpyObject *a[4];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return -1;
    for (int i = 0; i < count; i++) {
        if (a[i] == NULL)
            out[i] = defaults[i];
        else if (tpy_float_as_double(a[i], &out[i]) < 0)
            return -1;
    }
    return 0;
}

static TpyObject *random_uniform(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "b", NULL};
    double v[2];
    if (float_params("uniform", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(v[0] + (v[1] - v[0]) * random_double(rng));
}

static TpyObject *random_triangular(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"low", "high", "mode", NULL};
    TpyArgSpec spec = {"triangular", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    double low = 0.0, high = 1.0, mode = 0;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 ||
        (a[0] != NULL && tpy_float_as_double(a[0], &low) < 0) ||
        (a[1] != NULL && tpy_float_as_double(a[1], &high) < 0) ||
        (a[2] != NULL && a[2] != tpy_None && tpy_float_as_double(a[2], &mode) < 0))
        return NULL;
    double u = random_double(rng), c;
    if (a[2] == NULL || a[2] == tpy_None)
        c = 0.5;
    else if (high - low == 0.0)
        return tpy_float_from_double(low);
    else
        c = (mode - low) / (high - low);
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return tpy_float_from_double(low + (high - low) * sqrt(u * c));
}

static TpyObject *random_gauss(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("gauss", params, 0, (double[]){0.0, 1.0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    double z;
    if (rng->has_gauss_next) {
        z = rng->gauss_next;
        rng->has_gauss_next = false;
    } else {
        double x2pi = random_double(rng) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(rng)));
        z = cos(x2pi) * g2rad;
        rng->gauss_next = sin(x2pi) * g2rad;
        rng->has_gauss_next = true;
    }
    return tpy_float_from_double(v[0] + z * v[1]);
}

static double normal_draw(TpyRandom *rng, double mu, double sigma)
{
    const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(rng);
        double u2 = 1.0 - random_double(rng);
        z = nv_magicconst * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            break;
    }
    return mu + z * sigma;
}

static TpyObject *random_normalvariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("normalvariate", params, 0, (double[]){0.0, 1.0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(normal_draw(rng, v[0], v[1]));
}

static TpyObject *random_lognormvariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("lognormvariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(exp(normal_draw(rng, v[0], v[1])));
}

static TpyObject *random_expovariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"lambd", NULL};
    double v[1];
    if (float_params("expovariate", params, 1, (double[]){0}, args, nargs, kwnames, v, 1) < 0)
        return NULL;
    double r = -log(1.0 - random_double(rng));
    if (v[0] == 0.0)
        return tpy_err_format(&tpy_ZeroDivisionError_type, "float division by zero");
    return tpy_float_from_double(r / v[0]);
}

static TpyObject *random_paretovariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", NULL};
    double v[1];
    if (float_params("paretovariate", params, 1, (double[]){0}, args, nargs, kwnames, v, 1) < 0)
        return NULL;
    double u = 1.0 - random_double(rng);
    return tpy_float_pow(u, -1.0 / v[0]);
}

static TpyObject *random_weibullvariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", "beta", NULL};
    double v[2];
    if (float_params("weibullvariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    double u = 1.0 - random_double(rng);
    return tpy_float_from_double(v[0] * pow(-log(u), 1.0 / v[1]));
}

/* Python's float `%` (the result takes the divisor's sign). */
static double py_fmod(double a, double b)
{
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

static double gamma_draw(TpyRandom *rng, double alpha, double beta)
{
    if (alpha > 1.0) {
        const double log4 = log(4.0), sg_magicconst = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
        for (;;) {
            double u1 = random_double(rng);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - random_double(rng);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + sg_magicconst - 4.5 * z >= 0.0 || r >= log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - random_double(rng)) * beta;
    double x;
    for (;;) {
        double u = random_double(rng);
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0)
            x = pow(p, 1.0 / alpha);
        else
            x = -log((b - p) / alpha);
        double u1 = random_double(rng);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return x * beta;
}

static TpyObject *random_gammavariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs,
                                      TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", "beta", NULL};
    double v[2];
    if (float_params("gammavariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    if (v[0] <= 0.0 || v[1] <= 0.0)
        return tpy_err_format(&tpy_ValueError_type, "gammavariate: alpha and beta must be > 0.0");
    return tpy_float_from_double(gamma_draw(rng, v[0], v[1]));
}

static TpyObject *random_betavariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs,
                                     TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", "beta", NULL};
    double v[2];
    if (float_params("betavariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    if (v[0] <= 0.0)
        return tpy_err_format(&tpy_ValueError_type, "gammavariate: alpha and beta must be > 0.0");
    double y = gamma_draw(rng, v[0], 1.0);
    if (y == 0.0)
        return tpy_float_from_double(0.0);
    if (v[1] <= 0.0)
        return tpy_err_format(&tpy_ValueError_type, "gammavariate: alpha and beta must be > 0.0");
    return tpy_float_from_double(y / (y + gamma_draw(rng, v[1], 1.0)));
}

static TpyObject *random_vonmisesvariate(TpyRandom *rng, TpyObject *const *args, int64_t nargs,
                                         TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "kappa", NULL};
    double v[2];
    if (float_params("vonmisesvariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    double mu = v[0], kappa = v[1];
    const double twopi = 2.0 * M_PI;
    if (kappa <= 1e-6)
        return tpy_float_from_double(twopi * random_double(rng));
    double sh = 0.5 / kappa, r = sh + sqrt(1.0 + sh * sh), z;
    for (;;) {
        double u1 = random_double(rng);
        z = cos(M_PI * u1);
        double d = z / (r + z);
        double u2 = random_double(rng);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    double u3 = random_double(rng);
    double theta = u3 > 0.5 ? py_fmod(mu + acos(f), twopi) : py_fmod(mu - acos(f), twopi);
    return tpy_float_from_double(theta);
}

/* ---------------------------------------------------------------- tables
 * Every function exists twice: as a module function drawing from the hidden
 * default generator (CPython's module functions are the bound methods of one
 * hidden Random instance) and as a method of Random (args[0] is self). */

#define RANDOM_FUNCTIONS(X) \
    X(seed) X(getstate) X(setstate) X(random) X(getrandbits) X(randbytes) X(randrange) \
    X(randint) X(choice) X(choices) X(shuffle) X(sample) X(uniform) X(triangular) X(gauss) \
    X(normalvariate) X(lognormvariate) X(expovariate) X(paretovariate) X(weibullvariate) \
    X(gammavariate) X(betavariate) X(vonmisesvariate)

static TpyRandom *self_random(TpyObject *const *args, int64_t nargs)
{
    if (nargs < 1 || tpy_is_smallint(args[0]) || !tpy_type_is_subtype(args[0]->type, &tpy_random_type)) {
        tpy_err_format(&tpy_TypeError_type, "descriptor requires a 'Random' object");
        return NULL;
    }
    return (TpyRandom *)args[0];
}

#define WRAPPERS(name)                                                                       \
    static TpyObject *module_##name(TpyObject *const *args, int64_t nargs, TpyObject *kw)    \
    {                                                                                        \
        return random_##name(&default_random, args, nargs, kw);                              \
    }                                                                                        \
    static TpyObject *method_##name(TpyObject *const *args, int64_t nargs, TpyObject *kw)    \
    {                                                                                        \
        TpyRandom *self = self_random(args, nargs);                                          \
        return self == NULL ? NULL : random_##name(self, args + 1, nargs - 1, kw);           \
    }
RANDOM_FUNCTIONS(WRAPPERS)
#undef WRAPPERS

static const TpyMethodDef random_functions[] = {
#define ENTRY(name) {#name, module_##name, 0},
    RANDOM_FUNCTIONS(ENTRY)
#undef ENTRY
    {NULL, NULL, 0},
};

static const TpyMethodDef random_methods[] = {
#define ENTRY(name) {#name, method_##name, 0},
    RANDOM_FUNCTIONS(ENTRY)
#undef ENTRY
    {NULL, NULL, 0},
};

/* Random(x=None): a new generator seeded like seed(x). */
static TpyObject *random_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames)
{
    static const char *const params[] = {"x", NULL};
    static const TpyArgSpec spec = {"Random", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyRandom *r = (TpyRandom *)tpy_object_new(type);
    if (r == NULL)
        return NULL;
    r->mti = N + 1;
    TpyObject *seed_args[1] = {a[0] != NULL ? a[0] : tpy_None};
    TpyObject *res = random_seed(r, seed_args, 1, NULL);
    if (res == NULL) {
        tpy_decref(&r->ob);
        return NULL;
    }
    tpy_decref(res);
    return &r->ob;
}

static void random_dealloc(TpyObject *o)
{
    tpy_object_free(o);
}

static TpyObject *random_getattr(TpyObject *o, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "gauss_next") == 0) {
        TpyRandom *r = (TpyRandom *)o;
        return r->has_gauss_next ? tpy_float_from_double(r->gauss_next) : tpy_none_new_ref();
    }
    TpyObject *m = tpy_method_bind_builtin(o, n);
    if (m != NULL || tpy_err_occurred() != NULL)
        return m;
    return tpy_err_format(&tpy_AttributeError_type, "'Random' object has no attribute '%s'", n);
}

TpyType tpy_random_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "Random",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyRandom),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = random_dealloc,
    .getattr = random_getattr,
    .construct = random_construct,
    .methods = random_methods,
};

static TpyObject *make_Random(void) { return tpy_newref(&tpy_random_type.ob); }

static const TpyModuleConstant random_constants[] = {
    {"Random", make_Random},
    {NULL, NULL},
};

const TpyModuleDef tpy_random_module_def = {"random", random_functions, random_constants, NULL};
