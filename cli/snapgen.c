/* cli/snapgen.c: build-time tool writing the start-up snapshot.
 *
 * `tpy_snapgen OUT.c` declares the builtins stubs the way every program
 * starts and writes the resulting front-end state as C (see frontend/check.c
 * and frontend/snapshot.c); CMake compiles OUT.c into `tpy`.
 */
#include <stdio.h>

#include "check.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: tpy_snapgen OUT.c\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 1;
    }
    int status = tpy_check_write_snapshot(out);
    if (fclose(out) != 0)
        status = -1;
    if (status < 0) {
        remove(argv[1]);
        return 1;
    }
    return 0;
}
