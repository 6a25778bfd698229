// A name as the release prints it in Japanese, with an English name and where that English comes
// from: many of the release's names have no official English, and nisc says so.
#ifndef NISC_NAME_PAIR_HPP
#define NISC_NAME_PAIR_HPP

#include <nisc/detail/config.hpp>

#include <cstdint>  // std::uint8_t
#include <nisc/label.hpp>

namespace nisc {

/// Where an English name comes from.
/// `nisc::policy_council_meeting.value.council.english == nisc::english_basis::official`
enum class english_basis : std::uint8_t {
    printed,      ///< the release itself prints this English
    official,     ///< the Japanese government's own English name at the time
    translation,  ///< nisc's unofficial translation
};

/// A Japanese name as printed (footnote markers removed) and its English.
/// `nisc::release_title.value.ja == "第14回情報セキュリティ政策会議の開催について"`
struct name_pair {
    label ja;
    label en;
    english_basis english;
};

}  // namespace nisc

#endif  // NISC_NAME_PAIR_HPP
