// The Catch2 v2 main, for a Catch2 install without the Catch2WithMain target.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
