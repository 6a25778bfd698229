// A probe for tests/export/check_safety.py, loaded into nisc-export with LD_PRELOAD (Linux, glibc).
// It logs each file-system call the exporter makes to the file $NISC_PROBE_LOG, one line each,
// tab-separated: the call's number, its name, then its paths (a file descriptor is given as the
// path it has open); the name mkostemp or mkdtemp chose follows as a `made` line, uncounted. With $NISC_PROBE_FAIL=N the N-th call fails instead (errno EIO, or ENOSPC
// for write), without doing anything, so the test can break a run at every step in turn.
// Calls on file descriptors 0-2 (standard streams) are neither counted nor failed.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

template <class F>
F next(const char* name) {
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

std::string fd_path(int fd) {
    char buffer[4096];
    const std::string link = "/proc/self/fd/" + std::to_string(fd);
    const ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "fd" + std::to_string(fd);
}

void log(const std::string& number, const char* name, const std::string& a, const std::string& b, bool failed) {
    const char* const file = std::getenv("NISC_PROBE_LOG");
    if (file == nullptr) return;
    static const int out =
        next<int (*)(const char*, int, ...)>("open")(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    const std::string line = number + '\t' + name + '\t' + a + '\t' + b + (failed ? "\tFAILED\n" : "\n");
    if (out < 0 || next<ssize_t (*)(int, const void*, size_t)>("write")(out, line.data(), line.size()) < 0)
        std::abort();
}

// Counts and logs the call; true when this call is to fail (errno is then set).
bool step(const char* name, const std::string& a, const std::string& b = "", int error = EIO) {
    static long count = 0;
    static const char* const fail_at = std::getenv("NISC_PROBE_FAIL");
    ++count;
    const bool fail = fail_at != nullptr && std::atol(fail_at) == count;
    log(std::to_string(count), name, a, b, fail);
    if (fail) errno = error;
    return fail;
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
    mode_t mode = 0;
    if ((flags & O_CREAT) != 0) {
        std::va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, unsigned));
        va_end(args);
    }
    if (step((flags & O_CREAT) != 0 ? "create" : "open", path)) return -1;
    return next<int (*)(const char*, int, ...)>("open")(path, flags, mode);
}

int mkostemp(char* tmpl, int flags) {
    if (step("mkostemp", tmpl)) return -1;
    const int fd = next<int (*)(char*, int)>("mkostemp")(tmpl, flags);
    log("-", "made", tmpl, "", false);  // the name chosen, logged but not counted
    return fd;
}

char* mkdtemp(char* tmpl) {
    if (step("mkdtemp", tmpl)) return nullptr;
    char* made = next<char* (*)(char*)>("mkdtemp")(tmpl);
    log("-", "made", tmpl, "", false);
    return made;
}

int mkdir(const char* path, mode_t mode) {
    return step("mkdir", path) ? -1 : next<int (*)(const char*, mode_t)>("mkdir")(path, mode);
}

ssize_t write(int fd, const void* data, size_t size) {
    if (fd > 2 && step("write", fd_path(fd), "", ENOSPC)) return -1;
    return next<ssize_t (*)(int, const void*, size_t)>("write")(fd, data, size);
}

int fchmod(int fd, mode_t mode) {
    return step("fchmod", fd_path(fd)) ? -1 : next<int (*)(int, mode_t)>("fchmod")(fd, mode);
}

int chmod(const char* path, mode_t mode) {
    return step("chmod", path) ? -1 : next<int (*)(const char*, mode_t)>("chmod")(path, mode);
}

int fchown(int fd, uid_t uid, gid_t gid) {
    return step("fchown", fd_path(fd)) ? -1 : next<int (*)(int, uid_t, gid_t)>("fchown")(fd, uid, gid);
}

int fsync(int fd) {
    return step("fsync", fd_path(fd)) ? -1 : next<int (*)(int)>("fsync")(fd);
}

int close(int fd) {  // a failed close still closes, as on Linux
    const bool fail = fd > 2 && step("close", fd_path(fd));
    const int result = next<int (*)(int)>("close")(fd);
    if (fail) errno = EIO;
    return fail ? -1 : result;
}

int rename(const char* from, const char* to) {
    return step("rename", from, to) ? -1 : next<int (*)(const char*, const char*)>("rename")(from, to);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned flags) {
    if (step("renameat2", from, to)) return -1;
    return next<int (*)(int, const char*, int, const char*, unsigned)>("renameat2")(from_dir, from, to_dir, to, flags);
}

}  // extern "C"
