# nisc_warnings: the strict warning set for nisc's own targets (tests, examples, tools) only;
# never part of nisc::nisc, so projects that use nisc keep their own flags.
add_library(nisc_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(nisc_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(nisc_warnings INTERFACE -Wglobal-constructors -Wexit-time-destructors)
  endif()
  if(NISC_WERROR)
    target_compile_options(nisc_warnings INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(nisc_warnings INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${NISC_WERROR}>:/WX>)
endif()
