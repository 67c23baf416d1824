/* bench/c/measure.c: run one command and report its wall time, CPU time and
 * peak RSS (used by bench/run.py; not a benchmark).
 *
 * Why a separate launcher: on Linux a child's ru_maxrss starts from the
 * high-water RSS of the process that forked it (exec keeps the old
 * address space's peak), so measuring from the Python runner would add the
 * runner's ~17 MiB to every figure.  This launcher is ~1 MiB, the floor of
 * any process, and its fork/exec/wait4 adds no interpreter overhead to the
 * wall time either.
 *
 * Usage: measure RESULT_FILE TIMEOUT_SECONDS -- COMMAND [ARG...]
 * The command inherits stdin, stdout and stderr and runs in a process group
 * of its own, killed as a whole on timeout or when the launcher is stopped.  RESULT_FILE receives one
 * line: "<exit code or -signal> <wall s> <user s> <sys s> <maxrss KiB>
 * <timed out 0|1>".  Exit status: 0 when the line was written, 2 on usage
 * errors, 3 when the command could not be started (RESULT_FILE then holds
 * "spawn <errno text>").
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t timed_out;

/* The command runs in its own process group, so that a timeout (or the
 * runner being interrupted) also ends whatever the command started. */
static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    if (child_pid > 0)
        kill(-(pid_t)child_pid, SIGKILL);
}

static void on_stop(int sig)
{
    if (child_pid > 0)
        kill(-(pid_t)child_pid, SIGKILL);
    signal(sig, SIG_DFL);
    raise(sig);
}

static double secs(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc < 5 || strcmp(argv[3], "--") != 0) {
        fprintf(stderr, "usage: measure RESULT_FILE TIMEOUT -- CMD [ARG...]\n");
        return 2;
    }
    const char *result_path = argv[1];
    double timeout = atof(argv[2]);
    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) != 0)
        return 2;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    sa.sa_handler = on_stop;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0)
        return 3;
    if (pid == 0) {
        setpgid(0, 0);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        close(errpipe[0]);
        execvp(argv[4], argv + 4);
        int e = errno;
        ssize_t w = write(errpipe[1], &e, sizeof e);
        (void)w;
        _exit(127);
    }
    setpgid(pid, pid); /* also here: no race with the signal handlers */
    child_pid = pid;
    close(errpipe[1]);
    if (timeout > 0) {
        struct itimerval it;
        memset(&it, 0, sizeof it);
        it.it_value.tv_sec = (time_t)timeout;
        it.it_value.tv_usec = (suseconds_t)((timeout - (double)(time_t)timeout) * 1e6);
        setitimer(ITIMER_REAL, &it, NULL);
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR)
            return 3;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    struct itimerval off;
    memset(&off, 0, sizeof off);
    setitimer(ITIMER_REAL, &off, NULL);

    FILE *f = fopen(result_path, "w");
    if (!f)
        return 2;
    int exec_errno = 0;
    if (read(errpipe[0], &exec_errno, sizeof exec_errno) == (ssize_t)sizeof exec_errno) {
        fprintf(f, "spawn %s\n", strerror(exec_errno));
        fclose(f);
        return 3;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status)
                                 : (WIFSIGNALED(status) ? -WTERMSIG(status) : -1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(f, "%d %.6f %.6f %.6f %ld %d\n", code, wall, secs(ru.ru_utime),
            secs(ru.ru_stime), ru.ru_maxrss, timed_out ? 1 : 0);
    fclose(f);
    return 0;
}
