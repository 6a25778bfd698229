// nisc-export: every printed figure of the 2007-10-03 NISC press release, from nisc's typed tables,
// as CSV, JSON or a data package (docs/export.md). The command line; output.cpp writes the files.
#include "output.hpp"
#include "records.hpp"
#include "writers.hpp"

#include <nisc/version.hpp>

#include <cerrno>
#include <csignal>  // SIGPIPE, SIGXFSZ ignored: errors with a message instead
#include <cstdio>   // the text on stdout, messages on stderr
#include <cstring>  // strerror
#include <optional>
#include <string>
#include <string_view>
#include <utility>  // exchange

namespace {

constexpr std::string_view usage_text =
    "usage: nisc-export [--format csv|json|datapackage] [--output PATH] [--force]\n"
    "\n"
    "Writes every printed figure, count, date and named list of the NISC press release of\n"
    "2007-10-03, one record each, from the typed tables of the nisc library (docs/export.md).\n"
    "\n"
    "  --format csv          tidy long-form CSV, RFC 4180, UTF-8 (the default)\n"
    "  --format json         the same records as JSON, with the source, the tables and the errata\n"
    "  --format datapackage  a Frictionless / Fiscal Data Package; needs --output DIR\n"
    "  --output PATH         write PATH (for datapackage a directory) whole or not at all; '-' or\n"
    "                        none: stdout. Links, FIFOs, devices, missing parents are refused\n"
    "  --force               also replace a read-only or hard-linked file, or a nisc data package\n"
    "  --help, --version     show this text, the version\n"
    "Options may be written --format=json; each may be given once. Exit status: 0 written;\n"
    "1 not written, with a message (a closed stdout or pipe too: SIGPIPE is ignored); 2 bad arguments.\n";

int report(const std::string& error) {
    if (error.empty()) return 0;
    std::fprintf(stderr, "nisc-export: %s\n", error.c_str());
    return 1;
}

// Writes `text` to standard output; a closed stdout or pipe is an error like any other.
int print(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return 0;
    return report(std::string{"cannot write to standard output: "} + std::strerror(errno));
}

int usage_error(const std::string& message) {
    std::fprintf(stderr, "nisc-export: %s\n\n%s", message.c_str(), std::string{usage_text}.c_str());
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(SIGPIPE) && defined(SIGXFSZ)
    std::signal(SIGPIPE, SIG_IGN);  // a closed pipe: EPIPE, reported, exit 1 (CSV and JSON alike)
    std::signal(SIGXFSZ, SIG_IGN);  // over `ulimit -f`: EFBIG, reported, the temporary file removed
#endif
    std::optional<std::string> format, output;
    bool force = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") return print(usage_text);
        if (arg == "--version")
            return print("nisc-export " + std::to_string(NISC_VERSION_MAJOR) + '.' +
                         std::to_string(NISC_VERSION_MINOR) + '.' + std::to_string(NISC_VERSION_PATCH) + '\n');
        if (arg == "--force" && std::exchange(force, true)) return usage_error("--force given twice");
        if (arg == "--force") continue;
        const std::string name{arg.substr(0, arg.find('='))};
        if (name != "--format" && name != "--output") return usage_error("unknown argument '" + std::string{arg} + "'");
        std::optional<std::string>& value = name == "--format" ? format : output;
        if (value) return usage_error(name + " given twice");
        if (name.size() == arg.size() && i + 1 == argc) return usage_error(name + " needs a value");
        value = name.size() < arg.size() ? std::string{arg.substr(name.size() + 1)} : std::string{argv[++i]};
        if (value->empty()) return usage_error(name + " needs a non-empty value");
    }
    const std::string fmt = format.value_or("csv");
    if (fmt != "csv" && fmt != "json" && fmt != "datapackage")
        return usage_error("unknown format '" + fmt + "' (csv, json or datapackage)");
    const bool to_stdout = !output || *output == "-";
    if (fmt == "datapackage" && to_stdout) return usage_error("--format datapackage needs --output DIR");
    const auto records = nisc_export::release_records();
    if (fmt == "datapackage")
        return report(nisc_export::write_package(*output, nisc_export::to_datapackage(records), force));
    const std::string text = fmt == "json" ? nisc_export::to_json(records) : nisc_export::to_csv(records);
    return to_stdout ? print(text) : report(nisc_export::write_file(*output, text, force));
}
