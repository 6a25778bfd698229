// nisc: the 2007-10-03 NISC press release as typed, compile-time-checked data.
// The library's version lives here and only here; CMake reads it from this file.
#ifndef NISC_VERSION_HPP
#define NISC_VERSION_HPP

#define NISC_VERSION_MAJOR 0
#define NISC_VERSION_MINOR 1
#define NISC_VERSION_PATCH 0

namespace nisc {

/// The library version as one comparable number, e.g. `static_assert(nisc::version >= 100);`
/// (major * 10000 + minor * 100 + patch).
inline constexpr int version = NISC_VERSION_MAJOR * 10000 + NISC_VERSION_MINOR * 100 + NISC_VERSION_PATCH;

}  // namespace nisc

#endif  // NISC_VERSION_HPP
