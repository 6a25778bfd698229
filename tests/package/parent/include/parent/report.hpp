// A header of the parent project's installed library; it uses nisc.
#ifndef NISC_PARENT_REPORT_HPP
#define NISC_PARENT_REPORT_HPP

#include <nisc/nisc.hpp>

namespace parent {

// The FY2008 total request in 億円, rounded as the release rounds it.
constexpr long long request_in_oku_yen() {
    return nisc::round_half_up<nisc::oku_yen>(*nisc::total_budget(nisc::fiscal_year{2008})).count();
}

}  // namespace parent

#endif  // NISC_PARENT_REPORT_HPP
