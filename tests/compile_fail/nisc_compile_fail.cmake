# Helpers shared by tests/compile_fail/CMakeLists.txt (configure time) and coverage.cmake (a test run
# with `cmake -P`), so that what gets a must-fail test and what the coverage test demands are read
# from include/ by the same code.

# nisc_read_static_asserts(<prefix> <file>...)
# Reads every `static_assert(expr, "message");` outside // comments. Sets in the caller's scope
# <prefix>_count and, for each i below it, <prefix>_<i>_file, <prefix>_<i>_expr (whitespace folded)
# and <prefix>_<i>_message (empty when the statement has no single string-literal message).
# Records are kept in separate variables rather than a list: messages may hold characters that
# CMake lists treat specially.
function(nisc_read_static_asserts prefix)
  set(n 0)
  foreach(file IN LISTS ARGN)
    file(READ "${file}" text)
    string(REGEX REPLACE "//[^\n]*" "" text "${text}")
    while(TRUE)
      string(FIND "${text}" "static_assert(" at)
      if(at EQUAL -1)
        break()
      endif()
      string(SUBSTRING "${text}" ${at} -1 text)
      # The statement ends at the first `;` outside a string literal (a message may hold one).
      if(text MATCHES "^(static_assert\\((([^;\"]|\"[^\"]*\")*)\\))[ \t\r\n]*;")
        set(statement "${CMAKE_MATCH_1}")
        string(LENGTH "${CMAKE_MATCH_0}" after)
      else()
        string(FIND "${text}" ";" semi)
        if(semi EQUAL -1)
          string(LENGTH "${text}" semi)
        endif()
        string(SUBSTRING "${text}" 0 ${semi} statement)
        math(EXPR after "${semi} + 1")
      endif()
      string(SUBSTRING "${text}" ${after} -1 text)
      set(expr "")
      set(message "")
      if(statement MATCHES "^static_assert\\((.*),[ \t\r\n]*\"([^\"]*)\"[ \t\r\n]*\\)[ \t\r\n]*$")
        set(expr "${CMAKE_MATCH_1}")
        set(message "${CMAKE_MATCH_2}")
      elseif(statement MATCHES "^static_assert\\((.*)\\)[ \t\r\n]*$")
        set(expr "${CMAKE_MATCH_1}")
      endif()
      string(REGEX REPLACE "[ \t\r\n]+" " " expr "${expr}")
      string(STRIP "${expr}" expr)
      set(${prefix}_${n}_file "${file}" PARENT_SCOPE)
      set(${prefix}_${n}_expr "${expr}" PARENT_SCOPE)
      set(${prefix}_${n}_message "${message}" PARENT_SCOPE)
      math(EXPR n "${n} + 1")
    endwhile()
  endforeach()
  set(${prefix}_count ${n} PARENT_SCOPE)
endfunction()

# nisc_check_function(<out> <expr>): the name of the nisc::detail function a check calls, or "".
function(nisc_check_function out expr)
  set(name "")
  if(expr MATCHES "detail::([A-Za-z_0-9]+)")
    set(name "${CMAKE_MATCH_1}")
  endif()
  set(${out} "${name}" PARENT_SCOPE)
endfunction()

# nisc_enum_rows_check(<out> <expr>): for the standard enumeration check
# `detail::rows_describe_enum<E>(enum_rows<E>::rows)` the enumeration E, else "". Such checks get a
# generated must-fail test, so a new enumeration is covered the moment its header is written.
function(nisc_enum_rows_check out expr)
  set(e "")
  if(expr MATCHES "^detail::rows_describe_enum<([A-Za-z_0-9:]+)> ?\\(enum_rows<([A-Za-z_0-9:]+)>::rows\\)$"
     AND CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
    set(e "${CMAKE_MATCH_1}")
  endif()
  set(${out} "${e}" PARENT_SCOPE)
endfunction()

# nisc_message_regex(<out> <message>): a regex that matches a failed static_assert carrying exactly
# <message>, anchored on the diagnostic itself, on g++ ("static assertion failed: MSG") and clang++
# ("static_assert failed due to requirement '...' "MSG"", later "static assertion failed ...: MSG"),
# and not on g++'s echo of the source line (which shows `static_assert(` and the literal, not "failed").
# clang 14 prints the bytes of a non-ASCII message as octal escapes (\345\206\206), so such a message
# is matched in either spelling.
function(nisc_message_regex out message)
  string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" raw "${message}")
  string(HEX "${message}" hex)
  string(LENGTH "${hex}" hex_length)
  set(octal "")
  set(non_ascii FALSE)
  set(i 0)
  while(i LESS hex_length)
    string(SUBSTRING "${hex}" ${i} 2 byte_hex)
    math(EXPR byte "0x${byte_hex}")
    if(byte GREATER_EQUAL 128)
      set(non_ascii TRUE)
      math(EXPR o1 "${byte} / 64")
      math(EXPR o2 "(${byte} / 8) % 8")
      math(EXPR o3 "${byte} % 8")
      string(APPEND octal "\\\\${o1}${o2}${o3}")
    else()
      string(ASCII ${byte} char)
      if(char MATCHES "[][+.*?()^$|\\\\]")
        set(char "\\${char}")
      endif()
      string(APPEND octal "${char}")
    endif()
    math(EXPR i "${i} + 2")
  endwhile()
  # `;` would split the regex where CTest reads it as a list: any character stands in for it.
  string(REPLACE ";" "." raw "${raw}")
  string(REPLACE ";" "." octal "${octal}")
  set(anchor "static.assert[a-z]* failed[^\n]*")
  if(non_ascii)
    set(${out} "${anchor}(${raw}|${octal})" PARENT_SCOPE)
  else()
    set(${out} "${anchor}${raw}" PARENT_SCOPE)
  endif()
endfunction()

# nisc_read_directives(<prefix> <file>)
# Reads the `// <key>: <value>` lines (expect, expect-message, fail-flags, requires-compiler,
# requires-header) of a
# test file. Sets <prefix>_count and <prefix>_<i>_key / <prefix>_<i>_value. Read without CMake
# lists, since regexes hold `[`, `]` and `;`, which list splitting treats specially.
function(nisc_read_directives prefix file)
  file(READ "${file}" text)
  set(n 0)
  while(NOT text STREQUAL "")
    string(FIND "${text}" "\n" eol)
    if(eol EQUAL -1)
      set(line "${text}")
      set(text "")
    else()
      string(SUBSTRING "${text}" 0 ${eol} line)
      math(EXPR next "${eol} + 1")
      string(SUBSTRING "${text}" ${next} -1 text)
    endif()
    if(line MATCHES "^// (expect|expect-message|fail-flags|requires-compiler|requires-header): (.*)$")
      set(${prefix}_${n}_key "${CMAKE_MATCH_1}" PARENT_SCOPE)
      string(REGEX REPLACE "[ \t\r]+$" "" value "${CMAKE_MATCH_2}")
      set(${prefix}_${n}_value "${value}" PARENT_SCOPE)
      math(EXPR n "${n} + 1")
    endif()
  endwhile()
  set(${prefix}_count ${n} PARENT_SCOPE)
endfunction()

# nisc_regex_or(<out> <regex> <alternative>): one regex matching either (a single regex, not a list:
# CTest splits a list of regexes at `;` except inside brackets, which `\[` would unbalance).
function(nisc_regex_or out regex alternative)
  if(regex STREQUAL "")
    set(${out} "(${alternative})" PARENT_SCOPE)
  else()
    set(${out} "${regex}|(${alternative})" PARENT_SCOPE)
  endif()
endfunction()
