// nisc-export's file-system side: no failure at any point leaves a half-written file or package,
// and nothing the user had is lost or written through. Each function returns "" on success, else
// a message naming the user's path and the reason. POSIX; elsewhere --output is refused.
#ifndef NISC_TOOLS_EXPORT_OUTPUT_HPP
#define NISC_TOOLS_EXPORT_OUTPUT_HPP

#include "writers.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nisc_export {

/// Creates or replaces the regular file `path`, atomically and durably, keeping its mode and owner.
/// A link, FIFO, device or directory is never replaced; a read-only file, one with other hard
/// links, or one whose owner cannot be kept only with `force`.
std::string write_file(const std::string& path, std::string_view text, bool force);

/// Writes the package `files` as the directory `path`, built whole in a new sibling directory and
/// renamed into place; an old nisc package (only with `force`) or an empty directory is exchanged
/// with it in one renameat2(RENAME_EXCHANGE). Any other non-empty directory is refused.
std::string write_package(std::string path, const std::vector<package_file>& files, bool force);

}  // namespace nisc_export

#endif  // NISC_TOOLS_EXPORT_OUTPUT_HPP
