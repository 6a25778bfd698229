// Runs the std::format cases of <nisc/format.hpp> with libc++ 14 (clang++ -stdlib=libc++
// -fno-exceptions), whose <format> works but is neither enabled nor announced by default. This is
// the one toolchain on Debian 12 on which the formatters can run; see tests/unit/CMakeLists.txt.
// Test-only: it switches on libc++'s incomplete <format> and announces it before nisc looks.
#include "libcxx_format_on.hpp"  // first: before any standard header

#include "format_cases.hpp"

#include <cstdio>
#include <string>

#if !NISC_FORMAT_FORMATTERS
#error "nisc: the formatters were not compiled"
#endif

int main() {
    int cases = 0, failed = 0;
    nisc_format_cases([&](const std::string& produced, const char* expected) {
        ++cases;
        if (produced != expected) {
            ++failed;
            std::printf("FAIL: produced \"%s\", expected \"%s\"\n", produced.c_str(), expected);
        }
    });
    std::printf("%d of %d format cases passed with libc++\n", cases - failed, cases);
    return failed == 0 && cases > 0 ? 0 : 1;
}
