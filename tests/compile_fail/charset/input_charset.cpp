// Must fail: the headers read as ISO-8859-1, the way a compiler that does not take the sources for
// UTF-8 reads them (MSVC without /utf-8 on a Western code page): "円" becomes three characters, and
// <nisc/detail/config.hpp> stops the build. g++ only: clang++ reads every source as UTF-8.
// requires-compiler: GNU
// fail-flags: -finput-charset=ISO-8859-1
// expect-message: nisc: source and execution charsets must be UTF-8 (MSVC: compile with /utf-8)
#include <nisc/nisc.hpp>
