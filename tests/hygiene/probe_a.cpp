// One of two TUs that include every nisc header into one program (see main.cpp).
#include "nisc_all_headers.hpp"
#include "probe.hpp"

#define NISC_PROBE_NAME probe_a
#include "probe.inc"
