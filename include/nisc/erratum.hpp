// Errata: places where a release disagrees with itself or with its own arithmetic.
#ifndef NISC_ERRATUM_HPP
#define NISC_ERRATUM_HPP

#include <nisc/source.hpp>

#include <nisc/label.hpp>

namespace nisc {

/// One place where the release disagrees with itself. nisc keeps what was printed; the check that
/// would reject it accepts it only through the erratum named here.
/// `nisc::find_erratum("summary-businesses-percent")->printed == "8%"`
struct erratum {
    label id;           ///< stable key, e.g. "summary-businesses-percent"
    source_ref where;   ///< where the printed figure or label stands
    label printed;      ///< what the release prints
    label arithmetic;   ///< what its own figures give instead
    label accepted_by;  ///< the check that lets the printed figure through, or "-"
    label note;         ///< a short explanation in English
};

}  // namespace nisc

#endif  // NISC_ERRATUM_HPP
