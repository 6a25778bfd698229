// Prints each erratum of nisc::errata as `id<TAB>printed`, one per line, in list order, for the test
// that compares the list with docs/errata.md (check_errata_doc.cmake).
#include <nisc/release_2007_10_03/errata.hpp>

#include <cstdio>  // std::printf

int main() {
    for (const auto& e : nisc::errata) {
        std::printf("%.*s\t%.*s\n", static_cast<int>(e.id.size()), e.id.data(), static_cast<int>(e.printed.size()),
                    e.printed.data());
    }
    return 0;
}
