# cmake -P check_output.cmake: runs an example and compares what it prints with the committed
# expected output, byte for byte. The examples' CTest tests use it.
#   -DEXE=<program> -DEXPECTED=<examples/expected/name.txt> [-DACTUAL=<where to keep the output>]
#   -DUPDATE=ON rewrites EXPECTED with the program's output instead (after a deliberate change).
cmake_minimum_required(VERSION 3.25)
foreach(v EXE EXPECTED)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_output.cmake: -D${v}= is required")
  endif()
endforeach()

execute_process(COMMAND "${EXE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_output.cmake: ${EXE} exited with ${rc}\n${out}${err}")
endif()
if(UPDATE)
  file(WRITE "${EXPECTED}" "${out}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
if(NOT EXISTS "${EXPECTED}")
  message(FATAL_ERROR "check_output.cmake: no expected output ${EXPECTED}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT out STREQUAL expected)
  if(NOT ACTUAL)
    set(ACTUAL "${EXPECTED}.actual")
  endif()
  file(WRITE "${ACTUAL}" "${out}")
  message(FATAL_ERROR "check_output.cmake: the output of ${EXE} differs from ${EXPECTED}.\n"
                      "It is in ${ACTUAL}; compare with: diff -u ${EXPECTED} ${ACTUAL}\n"
                      "If the change is intended, rerun with -DUPDATE=ON (or build the target "
                      "nisc_update_expected_outputs).")
endif()
message(STATUS "${EXE}: output as expected")
