// The umbrella header: every vocabulary type and every table of the 2007-10-03 release.
// Including it runs every compile-time consistency check (they sit beside their tables).
// Printing and export are opt-in: <nisc/ostream.hpp>, <nisc/format.hpp>, <nisc/date_text.hpp>;
// so is <nisc/chrono.hpp> (dates to std::chrono).
#ifndef NISC_NISC_HPP
#define NISC_NISC_HPP

#include <nisc/version.hpp>

// Vocabulary types: independent of any one release.
#include <nisc/budget_basis.hpp>
#include <nisc/cell.hpp>
#include <nisc/date.hpp>
#include <nisc/enum_names.hpp>
#include <nisc/erratum.hpp>
#include <nisc/event.hpp>
#include <nisc/fiscal_year.hpp>
#include <nisc/label_literal.hpp>
#include <nisc/ministry.hpp>
#include <nisc/money.hpp>
#include <nisc/name_pair.hpp>
#include <nisc/policy_area.hpp>
#include <nisc/ratio.hpp>
#include <nisc/source.hpp>
#include <nisc/table.hpp>

// The data of the 2007-10-03 release, its checks and its queries.
#include <nisc/release_2007_10_03/budget.hpp>
#include <nisc/release_2007_10_03/critical_infrastructure.hpp>
#include <nisc/release_2007_10_03/errata.hpp>
#include <nisc/release_2007_10_03/evaluation.hpp>
#include <nisc/release_2007_10_03/glossary.hpp>
#include <nisc/release_2007_10_03/inspections.hpp>
#include <nisc/release_2007_10_03/international.hpp>
#include <nisc/release_2007_10_03/jre.hpp>
#include <nisc/release_2007_10_03/meeting.hpp>
#include <nisc/release_2007_10_03/queries.hpp>
#include <nisc/release_2007_10_03/secure_japan.hpp>
#include <nisc/release_2007_10_03/security_day.hpp>
#include <nisc/release_2007_10_03/summary.hpp>

#endif  // NISC_NISC_HPP
