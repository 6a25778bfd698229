// nisc-export: writes every printed figure of the 2007-10-03 NISC press release, from nisc's typed
// tables, as CSV (default), JSON or a data package. See docs/export.md for the schema.
//
// Output is built whole in memory, then written to a temporary file beside the target and renamed
// over it, so a reader never sees half a file, and a failure leaves the old file (if any) in place.
#include "records.hpp"
#include "writers.hpp"

#include <nisc/version.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#if defined(_WIN32)
#include <process.h>
#define NISC_EXPORT_GETPID _getpid
#else
#include <unistd.h>
#define NISC_EXPORT_GETPID getpid
#endif

namespace fs = std::filesystem;

namespace {

constexpr std::string_view usage_text =
    "usage: nisc-export [--format csv|json|datapackage] [--output PATH]\n"
    "\n"
    "Writes every printed figure, count, date and named list of the NISC press release of\n"
    "2007-10-03 (the budget tables, Secure Japan 2007's progress and the rest of the release),\n"
    "one record each, from the typed tables of the nisc library.\n"
    "\n"
    "  --format csv          tidy long-form CSV, RFC 4180, UTF-8 (the default)\n"
    "  --format json         the same records as JSON, with the source, the tables and the errata\n"
    "  --format datapackage  a Frictionless / Fiscal Data Package; needs --output DIR\n"
    "  --output PATH         write to PATH (a file; for datapackage a directory) instead of stdout\n"
    "  --help                show this text\n"
    "  --version             show the nisc version\n";

enum class format { csv, json, datapackage };

struct options {
    format fmt = format::csv;
    std::optional<std::string> output;
};

int usage_error(std::string_view message) {
    std::cerr << "nisc-export: " << message << "\n\n" << usage_text;
    return 2;
}

// A name for a temporary sibling of `target`: same directory, so the rename stays on one file system.
fs::path temporary_for(const fs::path& target) {
    fs::path tmp = target;
    tmp += ".tmp-" + std::to_string(NISC_EXPORT_GETPID());
    return tmp;
}

bool write_file(const fs::path& path, const std::string& content, std::string& error) {
    std::ofstream out{path, std::ios::binary | std::ios::trunc};
    if (!out) {
        error = "cannot open " + path.string() + " for writing";
        return false;
    }
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
        error = "cannot write " + path.string();
        return false;
    }
    return true;
}

// Writes `content` to a temporary file beside `target`, then renames it over `target`.
bool replace_file(const fs::path& target, const std::string& content, std::string& error) {
    const fs::path tmp = temporary_for(target);
    if (!write_file(tmp, content, error)) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return false;
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        error = "cannot rename " + tmp.string() + " to " + target.string() + ": " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

// A new directory is built whole under a temporary name and renamed into place. Into an existing
// directory, each file is replaced by rename, datapackage.json last, so the descriptor never names
// a file that is not complete.
bool write_package(const fs::path& dir, const std::vector<nisc_export::package_file>& files, std::string& error) {
    std::error_code ec;
    const bool exists = fs::exists(dir, ec);
    if (exists && !fs::is_directory(dir, ec)) {
        error = dir.string() + " exists and is not a directory";
        return false;
    }
    const fs::path root = exists ? dir : temporary_for(dir);
    for (const auto& f : files) {
        const fs::path p = root / fs::path{f.path};
        fs::create_directories(p.parent_path(), ec);
        if (ec) {
            error = "cannot create " + p.parent_path().string() + ": " + ec.message();
            break;
        }
        if (!(exists ? replace_file(p, f.content, error) : write_file(p, f.content, error))) break;
    }
    if (!error.empty()) {
        if (!exists) fs::remove_all(root, ec);
        return false;
    }
    if (!exists) {
        fs::rename(root, dir, ec);
        if (ec) {
            error = "cannot rename " + root.string() + " to " + dir.string() + ": " + ec.message();
            fs::remove_all(root, ec);
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    options opt;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << usage_text;
            return 0;
        }
        if (a == "--version") {
            std::cout << "nisc-export " << NISC_VERSION_MAJOR << '.' << NISC_VERSION_MINOR << '.' << NISC_VERSION_PATCH
                      << '\n';
            return 0;
        }
        if (a == "--format" || a == "--output") {
            if (i + 1 >= args.size()) return usage_error(std::string{a} + " needs a value");
            const std::string_view v = args[++i];
            if (a == "--output") {
                if (v.empty()) return usage_error("--output needs a non-empty path");
                opt.output = std::string{v};
            } else if (v == "csv") {
                opt.fmt = format::csv;
            } else if (v == "json") {
                opt.fmt = format::json;
            } else if (v == "datapackage") {
                opt.fmt = format::datapackage;
            } else {
                return usage_error("unknown format '" + std::string{v} + "' (csv, json or datapackage)");
            }
            continue;
        }
        return usage_error("unknown argument '" + std::string{a} + "'");
    }
    if (opt.fmt == format::datapackage && !opt.output) return usage_error("--format datapackage needs --output DIR");

    const auto records = nisc_export::release_records();
    std::string error;
    if (opt.fmt == format::datapackage) {
        if (!write_package(fs::path{*opt.output}, nisc_export::to_datapackage(records), error)) {
            std::cerr << "nisc-export: " << error << '\n';
            return 1;
        }
        return 0;
    }
    const std::string text = opt.fmt == format::json ? nisc_export::to_json(records) : nisc_export::to_csv(records);
    if (!opt.output) {
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "nisc-export: cannot write to standard output\n";
            return 1;
        }
        return 0;
    }
    if (fs::is_directory(fs::path{*opt.output})) {
        std::cerr << "nisc-export: " << *opt.output << " is a directory\n";
        return 1;
    }
    if (!replace_file(fs::path{*opt.output}, text, error)) {
        std::cerr << "nisc-export: " << error << '\n';
        return 1;
    }
    return 0;
}
