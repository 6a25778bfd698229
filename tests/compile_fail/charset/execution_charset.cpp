// Must fail: narrow literals stored in Shift_JIS (CP932), as MSVC does on a Japanese system without
// /utf-8: every Japanese name would then miss its UTF-8 lookup, so <nisc/detail/config.hpp> stops
// the build. g++ only: clang++ has no execution charset but UTF-8.
// requires-compiler: GNU
// fail-flags: -fexec-charset=CP932
// expect-message: nisc: source and execution charsets must be UTF-8 (MSVC: compile with /utf-8)
#include <nisc/nisc.hpp>
