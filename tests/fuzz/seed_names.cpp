// Writes every name of every described enumeration, one file each, into the folder given as the
// argument: the seeds of the from_name target, made from the library so that new enumerations
// get theirs without a committed file.
#include "nisc_fuzz_enums.hpp"

#include <nisc/enum_names.hpp>

#include <cstdio>  // std::fopen, std::fwrite, std::snprintf

namespace {

int written = 0;

bool write_seed(const char* folder, nisc::label name) {
    char path[4096];
    std::snprintf(path, sizeof path, "%s/name-%04d", folder, written++);
    std::FILE* f = std::fopen(path, "wb");
    if (f == nullptr) return false;
    const bool ok = std::fwrite(name.data(), 1, name.size(), f) == name.size();
    return std::fclose(f) == 0 && ok;
}

template <class E>
bool write_names(const char* folder) {
    bool ok = true;
    for (const E e : nisc::values_of<E>)
        ok = ok && write_seed(folder, nisc::name_ja(e)) && write_seed(folder, nisc::name_en(e));
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <folder>\n", argv[0]);
        return 2;
    }
    bool ok = true;
#define NISC_FUZZ_ONE(E) ok = ok && write_names<E>(argv[1]);
    NISC_FUZZ_FOR_EACH_ENUM(NISC_FUZZ_ONE)
#undef NISC_FUZZ_ONE
    std::printf("nisc: %d seed names written to %s\n", written, argv[1]);
    return ok ? 0 : 1;
}
