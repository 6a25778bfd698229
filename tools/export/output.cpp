// Safe file replacement and package swap for nisc-export (output.hpp; guarantees and their tests
// in docs/hardening.md). Plain POSIX calls, so that every failure has an errno to report.
#include "output.hpp"

#include <cerrno>
#include <cstdio>      // renameat2, RENAME_EXCHANGE (glibc with _GNU_SOURCE)
#include <cstdlib>     // mkostemp, mkdtemp
#include <cstring>     // strerror
#include <filesystem>  // remove_all of a directory this tool made, or of the old package it replaced
#include <set>

#if defined(__unix__) || defined(__APPLE__)
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nisc_export {
namespace {

std::string failed(const std::string& what, int error = errno) {
    return what + ": " + std::strerror(error);
}

std::string parent_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

mode_t without_umask(mode_t mode) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mode & ~mask;
}

bool write_all(int fd, std::string_view text) {  // no signal handlers are installed: no EINTR
    for (ssize_t n = 0; !text.empty(); text.remove_prefix(static_cast<std::size_t>(n)))
        if ((n = ::write(fd, text.data(), text.size())) <= 0) return n == 0 ? (errno = EIO, false) : false;
    return true;
}

// Closes `fd`; true when `ok` and the close worked. errno is that of the first failure.
bool close_after(int fd, bool ok) {
    const int error = errno;
    if (::close(fd) != 0 && ok) return false;
    errno = error;
    return ok;
}

bool fill(int fd, std::string_view text, mode_t mode) {  // writes, sets the mode, syncs, closes
    return close_after(fd, write_all(fd, text) && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0);
}

bool sync_directory(const std::string& dir) {  // EINVAL: a file system that does not sync directories
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return fd >= 0 && close_after(fd, ::fsync(fd) == 0 || errno == EINVAL);
}

// Why the existing `path` (lstat: `st`) may not be replaced by a regular file, or "".
std::string refusal(const std::string& path, const struct stat& st, bool force) {
    if (S_ISLNK(st.st_mode)) return path + " is a symbolic link; nisc-export does not write through links";
    if (S_ISDIR(st.st_mode)) return path + " is a directory";
    if (!S_ISREG(st.st_mode)) return path + " is not a regular file (a FIFO, device or socket); not replaced";
    if (force) return {};
    if (st.st_nlink > 1)
        return path + " has other hard links, which would keep the old content (--force replaces this name only)";
    if ((st.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0)
        return path + " is read-only (--force replaces it, keeping its mode)";
    return {};
}

// Whether `file` is a regular file (not a link, not a FIFO) that starts with `head`.
bool starts_with(const std::string& file, const std::string& head) {
    std::string text(head.size(), '\0');
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    return fd >= 0 && close_after(fd, ::read(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size())) &&
           text == head;
}

// The existing directory `path` may be replaced when it is empty, or (with `force`) when it holds
// nothing but the entries of `files` and a datapackage.json that opens as `files`' own does.
std::string check_directory(const std::string& path, const std::vector<package_file>& files, bool force) {
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) return failed("cannot read " + path);
    std::string descriptor;
    bool empty = true, foreign = false;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        bool ours = name == "." || name == "..";
        for (const auto& f : files) ours = ours || f.path.substr(0, f.path.find('/')) == name;
        empty = empty && (name == "." || name == "..");
        foreign = foreign || !ours;
    }
    ::closedir(dir);
    for (const auto& f : files)
        if (f.path == "datapackage.json") descriptor = f.content.substr(0, f.content.find(",\n"));
    if (empty) return {};
    if (foreign || descriptor.empty() || !starts_with(path + "/datapackage.json", descriptor))
        return path + " is a non-empty directory that is not a nisc data package; nothing written";
    return force ? "" : path + " holds a nisc data package (--force replaces it)";
}

std::string fill_directory(const std::string& tmp, const std::vector<package_file>& files, const std::string& path) {
    std::set<std::string> dirs{tmp};
    for (const auto& f : files) {
        for (auto slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1)) {
            const std::string sub = tmp + '/' + f.path.substr(0, slash);
            if (::mkdir(sub.c_str(), 0777) != 0 && errno != EEXIST)
                return failed("cannot write " + path + '/' + f.path);
            dirs.insert(sub);
        }
        const int fd = ::open((tmp + '/' + f.path).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 || !fill(fd, f.content, without_umask(0666))) return failed("cannot write " + path + '/' + f.path);
    }
    for (const auto& dir : dirs)
        if (!sync_directory(dir)) return failed("cannot write " + path);
    return {};
}

}  // namespace

std::string write_file(const std::string& path, std::string_view text, bool force) {
    if (path.back() == '/') return path + " names a directory, not a file";
    struct stat old {};
    const bool exists = ::lstat(path.c_str(), &old) == 0;
    if (!exists && errno != ENOENT) return failed("cannot write " + path);
    if (std::string why = exists ? refusal(path, old, force) : ""; !why.empty()) return why;
    const std::string dir = parent_of(path);
    std::string tmp = dir + "/.nisc-XXXXXX";  // short: a 255-byte target name still works
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0) return failed("cannot write " + path);
    std::string error;  // the owner first: fchown clears set-user-ID bits, which fill()'s fchmod restores
    if (exists && ::fchown(fd, old.st_uid, old.st_gid) != 0 && !force) {
        error = failed("cannot keep the owner of " + path) + " (--force replaces it anyway)";
        ::close(fd);
    } else if (!fill(fd, text, exists ? old.st_mode & 07777 : without_umask(0666))) {
        error = failed("cannot write " + path);
    } else if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = failed("cannot replace " + path);
    }
    if (!error.empty()) {
        ::unlink(tmp.c_str());  // the file made above, by the name mkostemp chose
        return error;
    }
    return sync_directory(dir) ? "" : failed(path + " is written, but its directory could not be synced");
}

std::string write_package(std::string path, const std::vector<package_file>& files, bool force) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    struct stat old {};
    const bool exists = ::lstat(path.c_str(), &old) == 0;
    if (!exists && errno != ENOENT) return failed("cannot write " + path);
    if (exists && !S_ISDIR(old.st_mode))
        return path + (S_ISLNK(old.st_mode) ? " is a symbolic link; not followed" : " exists and is not a directory");
    if (std::string why = exists ? check_directory(path, files, force) : ""; !why.empty()) return why;
    const std::string parent = parent_of(path);
    std::string tmp = parent + "/.nisc-XXXXXX";
    if (::mkdtemp(tmp.data()) == nullptr) return failed("cannot write " + path);
    std::string error = fill_directory(tmp, files, path);
    if (error.empty() && ::chmod(tmp.c_str(), exists ? old.st_mode & 07777 : without_umask(0777)) != 0)
        error = failed("cannot write " + path);
#ifdef RENAME_EXCHANGE
    if (error.empty() && exists && ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0)
        error = failed("cannot replace " + path);
#else
    if (error.empty() && exists) error = path + " exists; without renameat2 (Linux) remove it first";
#endif
    if (error.empty() && !exists && ::rename(tmp.c_str(), path.c_str()) != 0) error = failed("cannot create " + path);
    if (error.empty() && !sync_directory(parent)) error = failed(path + " is written, but could not be synced");
    std::error_code ec;  // now `tmp` is the unfinished copy (on failure) or the old package (after an exchange)
    std::filesystem::remove_all(tmp, ec);
    if (error.empty() && ec) error = path + " is written, but the old package is left as " + tmp + ": " + ec.message();
    return error;
}

}  // namespace nisc_export

#else  // not POSIX: no --output (docs/export.md)
std::string nisc_export::write_file(const std::string&, std::string_view, bool) {
    return "--output needs POSIX";
}
std::string nisc_export::write_package(std::string, const std::vector<package_file>&, bool) {
    return "--output needs POSIX";
}
#endif
