# cmake -P single_header_sync.cmake: regenerates the single header from include/ into a temporary
# file and compares it with the committed single_include/nisc/nisc.hpp.
# -D: PYTHON, SOURCE_DIR, WORK_DIR
cmake_minimum_required(VERSION 3.25)
foreach(v PYTHON SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "single_header_sync.cmake: -D${v}= is required")
  endif()
endforeach()
set(fresh "${WORK_DIR}/single_include/nisc/nisc.hpp")
set(committed "${SOURCE_DIR}/single_include/nisc/nisc.hpp")
file(REMOVE "${fresh}")
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/amalgamate.py" --output "${fresh}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "single_header_sync.cmake: tools/amalgamate.py failed")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${fresh}" "${committed}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "single_include/nisc/nisc.hpp is out of date with include/ (fresh copy: ${fresh}).\n"
                      "Regenerate it with: python3 tools/amalgamate.py")
endif()
message(STATUS "single_include/nisc/nisc.hpp is in sync with include/")
