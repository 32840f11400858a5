// How long the first write to fresh anonymous memory takes on this machine: maps SIZE_MB, optionally asks for
// transparent huge pages, writes one byte per 4 KiB page from THREADS threads, prints the time.
// On the project's VM a page the guest has never used costs a fault in the hypervisor as well, so the same
// program runs much faster on memory the guest used and freed a moment ago (bench/README.md, "Seventh session").
//
//   gcc -O2 -pthread -o /tmp/first_touch bench/probes/first_touch.c
//   /tmp/first_touch SIZE_MB THREADS HUGE(0|1)
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

typedef struct { char *start; long bytes; } range;

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void *touch(void *arg)
{
    range *r = arg;
    for (long offset = 0; offset < r->bytes; offset += 4096) r->start[offset] = 1;
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 4) { fprintf(stderr, "usage: first_touch SIZE_MB THREADS HUGE(0|1)\n"); return 2; }
    long bytes = atol(argv[1]) << 20;
    int threads = atoi(argv[2]);
    int huge = atoi(argv[3]);
    if (bytes <= 0 || threads < 1 || threads > 64) { fprintf(stderr, "bad size or thread count\n"); return 2; }
    char *memory = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) { perror("mmap"); return 1; }
    if (huge && madvise(memory, bytes, MADV_HUGEPAGE) != 0) perror("madvise (continuing with ordinary pages)");

    pthread_t workers[64];
    range ranges[64];
    double started = seconds();
    for (int i = 0; i < threads; i++)
    {
        ranges[i].start = memory + i * (bytes / threads);
        ranges[i].bytes = bytes / threads;
        pthread_create(&workers[i], NULL, touch, &ranges[i]);
    }
    for (int i = 0; i < threads; i++) pthread_join(workers[i], NULL);
    printf("%ld MiB, %d thread(s), huge pages %s: %.0f ms\n", bytes >> 20, threads, huge ? "asked" : "not asked", (seconds() - started) * 1e3);
    return 0;
}
