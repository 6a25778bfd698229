# The release archive: `cmake --workflow --preset package` (docs/howto/release.md) runs CPack's
# source generator, which writes nisc-<version>.tar.gz (one top folder nisc-<version>/ holding the
# source tree: library, tests, examples, docs, tools) and nisc-<version>.tar.gz.sha256 beside it.
# Left out: version control, build folders (build/, out/ and this build's own folder), editor caches.
# The package.archive test makes the same archive with the same configuration file and consumes it.
# The folders' paths as regexes. CPack copies the patterns into CPackSourceConfig.cmake inside
# quoted strings, so each backslash of a pattern must reach it doubled (`\\.` in the file for
# the regex `\.`), as CPACK_SOURCE_IGNORE_FILES's documentation says; tests/package/make_archive.cmake
# checks that no .git or build folder gets into the archive.
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\\\\\1" _nisc_src_regex "${PROJECT_SOURCE_DIR}")
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\\\\\1" _nisc_bin_regex "${PROJECT_BINARY_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${_nisc_src_regex}/(\\\\.git|\\\\.cache|\\\\.vscode|\\\\.idea|build|out)(/|$)"
    "^${_nisc_bin_regex}(/|$)"
    "/CMakeUserPresets\\\\.json$" "~$" "\\\\.sw[op]$" "/__pycache__(/|$)")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "nisc-${PROJECT_VERSION}")
set(CPACK_PACKAGE_NAME nisc)
set(CPACK_PACKAGE_VENDOR "nisc")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_GENERATOR TGZ)  # `cpack` without a configuration file: a binary archive of the install tree
set(CPACK_PACKAGE_FILE_NAME "nisc-${PROJECT_VERSION}-headers")
include(CPack)
