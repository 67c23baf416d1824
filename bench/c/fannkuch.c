/* bench/c/fannkuch.c: the same algorithm as bench/fannkuch.py in C
 * (rotation-generated permutations, flips by prefix reversal), printing the
 * same checksum and maximum. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 7;
    if (n < 1 || n > 20)
        return 2;
    int perm1[20], perm[20], count[20];
    for (int i = 0; i < n; i++) {
        perm1[i] = i;
        count[i] = 0;
    }
    long max_flips = 0, checksum = 0, perm_count = 0;
    long r = n;
    for (;;) {
        while (r != 1) {
            count[r - 1] = (int)r;
            r--;
        }
        if (perm1[0] != 0) {
            for (int i = 0; i < n; i++)
                perm[i] = perm1[i];
            long flips = 0;
            int k = perm[0];
            while (k != 0) {
                for (int lo = 0, hi = k; lo < hi; lo++, hi--) {
                    int t = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = t;
                }
                flips++;
                k = perm[0];
            }
            if (flips > max_flips)
                max_flips = flips;
            checksum += perm_count % 2 == 0 ? flips : -flips;
        }
        for (;;) {
            if (r == n) {
                printf("%ld\nPfannkuchen(%ld) = %ld\n", checksum, n, max_flips);
                return 0;
            }
            int first = perm1[0];
            for (long i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = first;
            count[r]--;
            if (count[r] > 0)
                break;
            r++;
        }
        perm_count++;
    }
}
