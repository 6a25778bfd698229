# `cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<project> -P format.cmake`: clang-format --dry-run -Werror
# over every C++ source of the project (build folders excluded). Fix with the same file list and -i.
cmake_minimum_required(VERSION 3.25)
set(files "")
foreach(folder include tests examples tools src benchmarks)
  if(IS_DIRECTORY "${SOURCE_DIR}/${folder}")
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.hpp" "${SOURCE_DIR}/${folder}/*.cpp"
         "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.inc")
    list(APPEND files ${found})
  endif()
endforeach()
list(FILTER files EXCLUDE REGEX "/build/|/out/")
list(LENGTH files count)
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${files} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nisc: clang-format would change the files above; run `clang-format -i` on them")
endif()
message("nisc: ${count} files formatted as .clang-format says")
