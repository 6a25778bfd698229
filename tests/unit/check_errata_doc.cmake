# Compares the errata of docs/errata.md with nisc::errata: the same ids, in the same order, each
# with the same printed text. Run as
#   cmake -DIDS_PROGRAM=<errata_doc_ids> -DERRATA_DOC=<docs/errata.md> -P check_errata_doc.cmake
# In the document, an entry is a `### `id`` heading followed by a `- Printed: `text`` line.
foreach(var IDS_PROGRAM ERRATA_DOC)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_errata_doc: ${var} is not set")
  endif()
endforeach()

execute_process(COMMAND "${IDS_PROGRAM}" OUTPUT_VARIABLE from_header RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_errata_doc: ${IDS_PROGRAM} failed (${rc})")
endif()
string(REPLACE "\t" " | " from_header "${from_header}")

file(STRINGS "${ERRATA_DOC}" doc_lines ENCODING UTF-8)
set(from_doc "")
set(id "")
foreach(line IN LISTS doc_lines)
  if(line MATCHES "^### `([a-z0-9-]+)`$")
    if(NOT id STREQUAL "")
      message(FATAL_ERROR "check_errata_doc: ${ERRATA_DOC}: entry `${id}` has no `- Printed:` line")
    endif()
    set(id "${CMAKE_MATCH_1}")
  elseif(NOT id STREQUAL "" AND line MATCHES "^- Printed: `(.*)`$")
    string(APPEND from_doc "${id} | ${CMAKE_MATCH_1}\n")
    set(id "")
  endif()
endforeach()

if(NOT from_header STREQUAL from_doc)
  message(FATAL_ERROR "check_errata_doc: docs/errata.md and nisc::errata differ.\n"
                      "--- nisc::errata:\n${from_header}--- docs/errata.md:\n${from_doc}")
endif()
string(REGEX MATCHALL "\n" entries "${from_doc}")
list(LENGTH entries count)
message(STATUS "check_errata_doc: ${count} errata agree")
