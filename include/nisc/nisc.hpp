// The umbrella header: every vocabulary type and every table of the 2007-10-03 release.
// Including it runs every compile-time consistency check (they sit beside their tables).
// Printing and export are opt-in: <nisc/ostream.hpp>, <nisc/format.hpp>.
#ifndef NISC_NISC_HPP
#define NISC_NISC_HPP

#include <nisc/version.hpp>

// Vocabulary types: independent of any one release.
#include <nisc/budget_basis.hpp>
#include <nisc/cell.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/erratum.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/ministry.hpp>
#include <nisc/money.hpp>
#include <nisc/policy_area.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

// The data of the 2007-10-03 release, its checks and its queries.
#include <nisc/release_2007_10_03/budget.hpp>
#include <nisc/release_2007_10_03/errata.hpp>
#include <nisc/release_2007_10_03/queries.hpp>
#include <nisc/release_2007_10_03/summary.hpp>

#endif  // NISC_NISC_HPP
