// How fast a growing file takes writes into the page cache, the journal's async path: writes TOTAL_MB to a new
// file in CHUNK-byte writes and prints the time per 128 MiB. With RECYCLE=1 it also starts writeback of every
// 4 MiB written (sync_file_range) and drops the pages 16 MiB behind the end (posix_fadvise DONTNEED), so the file
// keeps reusing a few MiB of page cache instead of taking fresh pages (bench/README.md, "Seventh session").
//
//   gcc -O2 -o /tmp/page_cache_write bench/probes/page_cache_write.c
//   /tmp/page_cache_write FILE TOTAL_MB CHUNK RECYCLE(0|1)      (FILE is created, then deleted)
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc != 5) { fprintf(stderr, "usage: page_cache_write FILE TOTAL_MB CHUNK RECYCLE(0|1)\n"); return 2; }
    const char *path = argv[1];
    long total = atol(argv[2]) << 20;
    int chunk = atoi(argv[3]);
    int recycle = atoi(argv[4]);
    if (total <= 0 || chunk <= 0) { fprintf(stderr, "bad size or chunk\n"); return 2; }
    const long step = 4L << 20, behind = 16L << 20, report = 128L << 20;

    char *buffer = malloc(chunk);
    memset(buffer, 7, chunk);
    int fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0644);
    if (fd < 0) { perror(path); return 1; }

    double started = seconds(), lastReport = started, inRecycling = 0;
    long written = 0, kicked = 0, reported = 0;
    while (written < total)
    {
        if (write(fd, buffer, chunk) != chunk) { perror("write"); return 1; }
        written += chunk;
        if (recycle && written - kicked >= step)
        {
            double before = seconds();
            sync_file_range(fd, kicked, written - kicked, SYNC_FILE_RANGE_WRITE);
            kicked = written;
            if (kicked > behind) posix_fadvise(fd, 0, (kicked - behind) & ~4095L, POSIX_FADV_DONTNEED);
            inRecycling += seconds() - before;
        }
        if (written - reported >= report)
        {
            double now = seconds();
            printf("%6ld MiB: %.0f ms for the last %ld MiB\n", written >> 20, (now - lastReport) * 1e3, (written - reported) >> 20);
            lastReport = now;
            reported = written;
        }
    }
    printf("total %.0f ms (recycling calls %.0f ms)\n", (seconds() - started) * 1e3, inRecycling * 1e3);
    close(fd);
    unlink(path);
    return 0;
}
