/* What a page fault costs on this machine today: touches one byte per 4 KiB page of 800 MB of
 * fresh anonymous memory, in 4 KiB pages, or with MADV_HUGEPAGE ("huge") in 2 MiB ones where THP
 * allows. The cost varies from day to day on these VMs, and every stage that fills fresh memory
 * varies with it (docs/PERFORMANCE.md, "Latest table").
 *   cc -O2 bench/pagefaultcost.c -o /tmp/pagefaultcost && /tmp/pagefaultcost && /tmp/pagefaultcost huge
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char** argv)
{
    const size_t bytes = (size_t)800 << 20;
    const int huge = argc > 1 && strcmp(argv[1], "huge") == 0;
    char* memory = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    if (huge)
        madvise(memory, bytes, MADV_HUGEPAGE);
    const double start = seconds();
    for (size_t i = 0; i < bytes; i += 4096)
        memory[i] = 1;
    printf("800 MB of fresh memory in %s pages: %.3f s\n", huge ? "2 MiB" : "4 KiB", seconds() - start);
    return 0;
}
