/* runtime/modules/random.c: the random module, bit for bit CPython's.
 *
 * The generator is the Mersenne Twister MT19937 (Matsumoto & Nishimura, the
 * reference code as in CPython's Modules/_randommodule.c).  Seeding an int
 * follows random_seed(): init_by_array over the 32-bit little-endian chunks
 * of abs(seed) (one zero word for 0); a float or other hashable seeds with
 * its hash taken as an unsigned word; None with 624 words of os entropy.
 * Every derived function is a line-by-line port of Lib/random.py 3.11
 * (_randbelow_with_getrandbits, randrange, shuffle, sample, choices, gauss
 * with its cached second value, ...), so a seeded script prints exactly the
 * numbers python3 prints.
 * Not implemented: str/bytes seeds (CPython hashes them with SHA-512),
 * getstate/setstate, the Random class, gammavariate/betavariate/vonmisesvariate.
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
#include "modules_internal.h"
#include "none.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static uint32_t mt[N];
static int mti = N + 1;
static bool seeded;
static bool has_gauss_next;
static double gauss_next;

static void init_genrand(uint32_t s)
{
    mt[0] = s;
    for (mti = 1; mti < N; mti++)
        mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, size_t key_length)
{
    size_t i = 1, j = 0, k;
    init_genrand(19650218U);
    k = N > key_length ? N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static void seed_from_entropy(void)
{
    uint32_t key[N];
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        for (int i = 0; i < N; i++)
            key[i] = (uint32_t)(ts.tv_nsec * 2654435761u + ts.tv_sec + (uint32_t)i * 40503u + (uint32_t)getpid());
    }
    init_by_array(key, N);
}

static uint32_t genrand_uint32(void)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (!seeded) {
        seed_from_entropy();
        seeded = true;
    }
    if (mti >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* random(): 53 random bits, as CPython's random_random. */
static double random_double(void)
{
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) into z (k >= 0): 32-bit words from least significant. */
static void getrandbits_mpz(mpz_t z, uint64_t k)
{
    if (k <= 32) {
        mpz_set_ui(z, k == 0 ? 0 : genrand_uint32() >> (32 - k));
        return;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (w == NULL) {
        mpz_set_ui(z, 0);
        return;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32();
        if (k < 32)
            r >>= (32 - k);
        w[i] = r;
    }
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
}

static uint64_t getrandbits_u64(int k)   /* 0 <= k <= 64 */
{
    if (k <= 32)
        return k == 0 ? 0 : genrand_uint32() >> (32 - k);
    uint64_t lo = genrand_uint32();
    uint64_t hi = genrand_uint32() >> (64 - k);
    return lo | hi << 32;
}

/* _randbelow_with_getrandbits(n) for n > 0. */
static void randbelow_mpz(mpz_t r, const mpz_t n)
{
    uint64_t k = mpz_sizeinbase(n, 2);
    do
        getrandbits_mpz(r, k);
    while (mpz_cmp(r, n) >= 0);
}

static uint64_t randbelow_u64(uint64_t n)
{
    int k = 64 - __builtin_clzll(n);
    uint64_t r;
    do
        r = getrandbits_u64(k);
    while (r >= n);
    return r;
}

static int64_t randbelow_i64(int64_t n)   /* n > 0 */
{
    return (int64_t)randbelow_u64((uint64_t)n);
}

static TpyObject *randbelow_obj(TpyObject *n)
{
    int64_t v;
    if (tpy_int_to_i64(n, &v) && v > 0)
        return tpy_int_from_i64(randbelow_i64(v));
    mpz_t z, r;
    mpz_inits(z, r, NULL);
    tpy_int_get_mpz(n, z);
    randbelow_mpz(r, z);
    TpyObject *o = tpy_int_from_mpz(r);
    mpz_clears(z, r, NULL);
    return o;
}

/* ---------------------------------------------------------------- seeding */

static int seed_with(TpyObject *a)
{
    has_gauss_next = false;
    seeded = true;
    if (a == NULL || a == tpy_None) {
        seed_from_entropy();
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
    init_by_array(key, words);
    free(key);
    mpz_clear(z);
    return 0;
}

static TpyObject *random_seed(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "version", NULL};
    static const TpyArgSpec spec = {"seed", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *s = a[0];
    if (s != NULL && s != tpy_None && !tpy_int_check(s) && !tpy_float_check(s) &&
        !tpy_str_check(s) && !tpy_bytes_check(s))
        return tpy_err_format(&tpy_TypeError_type,
                              "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    if (seed_with(s) < 0)
        return NULL;
    return tpy_none_new_ref();
}

/* ---------------------------------------------------------------- basic draws */

static TpyObject *random_random(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("random", nargs, kwnames) < 0)
        return NULL;
    return tpy_float_from_double(random_double());
}

static TpyObject *random_getrandbits(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t k;
    if (tpy_args_one("getrandbits", nargs, kwnames) < 0 || tpy_args_i64(args[0], &k) < 0)
        return NULL;
    if (k < 0)
        return tpy_err_format(&tpy_ValueError_type, "number of bits must be non-negative");
    if (k <= 63)
        return tpy_int_from_i64((int64_t)getrandbits_u64((int)k));
    mpz_t z;
    mpz_init(z);
    getrandbits_mpz(z, (uint64_t)k);
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TpyObject *random_randbytes(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
        uint32_t w = genrand_uint32();
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

static TpyObject *randrange_impl(TpyObject *start, TpyObject *stop, TpyObject *step)
{
    TpyObject *istart = index_arg(start, 1), *istop = NULL, *istep = NULL, *width = NULL,
              *n = NULL, *r = NULL, *t = NULL;
    if (istart == NULL)
        return NULL;
    if (stop == NULL || stop == tpy_None) {
        if (step != NULL && step != tpy_smallint(1)) {
            tpy_err_format(&tpy_TypeError_type, "Missing a non-None stop argument");
        } else if (tpy_int_sign(istart) > 0) {
            r = randbelow_obj(istart);
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
            if ((t = randbelow_obj(width)) != NULL)
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
    if ((t = randbelow_obj(n)) != NULL) {
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

static TpyObject *random_randrange(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"start", "stop", "step", NULL};
    static const TpyArgSpec spec = {"randrange", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return randrange_impl(a[0], a[1], a[2]);
}

static TpyObject *random_randint(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "b", NULL};
    static const TpyArgSpec spec = {"randint", params, 0, -1, 2, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (tpy_is_smallint(a[0]) && tpy_is_smallint(a[1])) {   // fast path, same draws
        int64_t lo = tpy_smallint_value(a[0]), hi = tpy_smallint_value(a[1]);
        if (hi >= lo)
            return tpy_int_from_i64(lo + randbelow_i64(hi - lo + 1));
    }
    TpyObject *stop = tpy_number_binop(a[1], tpy_smallint(1), TPY_BINOP_ADD);
    if (stop == NULL)
        return NULL;
    TpyObject *r = randrange_impl(a[0], stop, NULL);
    tpy_decref(stop);
    return r;
}

/* ---------------------------------------------------------------- sequences */

static TpyObject *random_choice(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
    int64_t i = randbelow_i64(n);
    if (tpy_list_check(a[0]))
        return tpy_newref(TPY_LIST_ITEMS(a[0])[i]);
    return tpy_object_getitem(a[0], tpy_smallint(i));
}

static TpyObject *random_shuffle(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
        int64_t j = randbelow_i64(i + 1);
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

static TpyObject *random_sample(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
            int64_t j = randbelow_i64(n - i);
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
            int64_t j = randbelow_i64(n);
            while (tpy_set_contains(selected, tpy_smallint(j)) == 1)
                j = randbelow_i64(n);
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

static TpyObject *random_choices(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
            TpyObject *item = tpy_object_getitem(pop, tpy_smallint((int64_t)floor(random_double() * (double)n)));
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
        double x = random_double() * total;
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

static TpyObject *random_uniform(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "b", NULL};
    double v[2];
    if (float_params("uniform", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(v[0] + (v[1] - v[0]) * random_double());
}

static TpyObject *random_triangular(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
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
    double u = random_double(), c;
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

static TpyObject *random_gauss(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("gauss", params, 0, (double[]){0.0, 1.0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    double z;
    if (has_gauss_next) {
        z = gauss_next;
        has_gauss_next = false;
    } else {
        double x2pi = random_double() * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double()));
        z = cos(x2pi) * g2rad;
        gauss_next = sin(x2pi) * g2rad;
        has_gauss_next = true;
    }
    return tpy_float_from_double(v[0] + z * v[1]);
}

static double normal_draw(double mu, double sigma)
{
    const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double();
        double u2 = 1.0 - random_double();
        z = nv_magicconst * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            break;
    }
    return mu + z * sigma;
}

static TpyObject *random_normalvariate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("normalvariate", params, 0, (double[]){0.0, 1.0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(normal_draw(v[0], v[1]));
}

static TpyObject *random_lognormvariate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"mu", "sigma", NULL};
    double v[2];
    if (float_params("lognormvariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    return tpy_float_from_double(exp(normal_draw(v[0], v[1])));
}

static TpyObject *random_expovariate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"lambd", NULL};
    double v[1];
    if (float_params("expovariate", params, 1, (double[]){0}, args, nargs, kwnames, v, 1) < 0)
        return NULL;
    double r = -log(1.0 - random_double());
    if (v[0] == 0.0)
        return tpy_err_format(&tpy_ZeroDivisionError_type, "float division by zero");
    return tpy_float_from_double(r / v[0]);
}

static TpyObject *random_paretovariate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", NULL};
    double v[1];
    if (float_params("paretovariate", params, 1, (double[]){0}, args, nargs, kwnames, v, 1) < 0)
        return NULL;
    double u = 1.0 - random_double();
    return tpy_float_pow(u, -1.0 / v[0]);
}

static TpyObject *random_weibullvariate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"alpha", "beta", NULL};
    double v[2];
    if (float_params("weibullvariate", params, 2, (double[]){0, 0}, args, nargs, kwnames, v, 2) < 0)
        return NULL;
    double u = 1.0 - random_double();
    return tpy_float_from_double(v[0] * pow(-log(u), 1.0 / v[1]));
}

static const TpyMethodDef random_functions[] = {
    {"seed", random_seed, 0},
    {"random", random_random, 0},
    {"getrandbits", random_getrandbits, 0},
    {"randbytes", random_randbytes, 0},
    {"randrange", random_randrange, 0},
    {"randint", random_randint, 0},
    {"choice", random_choice, 0},
    {"choices", random_choices, 0},
    {"shuffle", random_shuffle, 0},
    {"sample", random_sample, 0},
    {"uniform", random_uniform, 0},
    {"triangular", random_triangular, 0},
    {"gauss", random_gauss, 0},
    {"normalvariate", random_normalvariate, 0},
    {"lognormvariate", random_lognormvariate, 0},
    {"expovariate", random_expovariate, 0},
    {"paretovariate", random_paretovariate, 0},
    {"weibullvariate", random_weibullvariate, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_random_module_def = {"random", random_functions, NULL, NULL};
