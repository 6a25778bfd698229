// Shared by the fuzz targets: a property that fails stops the run as a finding (libFuzzer saves
// the input), and the input as nisc::label.
#ifndef NISC_TESTS_FUZZ_CHECK_HPP
#define NISC_TESTS_FUZZ_CHECK_HPP

#include <nisc/label.hpp>

#include <cstddef>  // std::size_t
#include <cstdint>  // std::uint8_t
#include <cstdio>   // std::fprintf

// Not assert(): it must hold in every build type, and name the property that failed.
#define NISC_FUZZ_CHECK(condition)                                                                            \
    do {                                                                                                      \
        if (!(condition)) {                                                                                   \
            std::fprintf(stderr, "nisc fuzz: property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            __builtin_trap();                                                                                 \
        }                                                                                                     \
    } while (false)

// The fuzzer's bytes as text, without a copy, so that AddressSanitizer sees any read past them.
inline nisc::label fuzz_text(const std::uint8_t* data, std::size_t size) noexcept {
    return {reinterpret_cast<const char*>(data), size};
}

#endif  // NISC_TESTS_FUZZ_CHECK_HPP
