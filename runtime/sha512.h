/* runtime/sha512.h: SHA-512 (FIPS 180-4), for random.seed(str/bytes). */
#ifndef TPY_RUNTIME_SHA512_H
#define TPY_RUNTIME_SHA512_H

#include <stddef.h>
#include <stdint.h>

typedef struct TpySha512 {
    uint64_t h[8];
    uint64_t total;              /* bytes hashed so far (messages < 2**61 bytes) */
    unsigned char block[128];
    size_t fill;                 /* bytes waiting in block */
} TpySha512;

void tpy_sha512_init(TpySha512 *s);
void tpy_sha512_update(TpySha512 *s, const void *data, size_t len);
/* Writes the 64-byte digest; `s` must be re-initialised before reuse. */
void tpy_sha512_final(TpySha512 *s, unsigned char digest[64]);
/* One-shot digest of `len` bytes. */
void tpy_sha512(const void *data, size_t len, unsigned char digest[64]);

#endif
