/* bench/c/hello.c: the start-to-exit baseline for bench/hello.py. */
#include <stdio.h>

int main(void)
{
    puts("Hello, world!");
    return 0;
}
