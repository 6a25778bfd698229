#include <nisc/nisc.hpp>
