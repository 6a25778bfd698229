# Install rules and package files for nisc. Included by the top-level CMakeLists.txt when
# NISC_INSTALL is ON: by default when nisc is the top-level project, and also when a parent project
# turns it on, which that parent must do if it installs and exports a target linking nisc::nisc
# (CMake refuses to export a target whose dependency is in no export set).
#
# What `cmake --install` lays down (DESTINATIONs relative to the prefix, GNU layout):
#   include/nisc/**.hpp                    the headers (the FILE_SET of the nisc target)
#   share/cmake/nisc/nisc-config.cmake     for find_package(nisc CONFIG), targets nisc::nisc
#   share/cmake/nisc/nisc-config-version.cmake
#   share/cmake/nisc/nisc-targets.cmake
#   share/pkgconfig/nisc.pc                for pkg-config, relocatable
# nisc is header-only, so everything goes under share/ (not lib/): one installed copy serves every
# architecture, which is also why the version file is written ARCH_INDEPENDENT.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(NISC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/nisc"
    CACHE STRING "Where to install nisc's CMake package files, relative to the prefix")
set(NISC_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where to install nisc.pc, relative to the prefix")
mark_as_advanced(NISC_INSTALL_CMAKEDIR NISC_INSTALL_PKGCONFIGDIR)

install(TARGETS nisc EXPORT nisc-targets
        FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT nisc-targets
        NAMESPACE nisc::
        FILE nisc-targets.cmake
        DESTINATION "${NISC_INSTALL_CMAKEDIR}")

configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/nisc-config.cmake.in"
  "${PROJECT_BINARY_DIR}/nisc-config.cmake"
  INSTALL_DESTINATION "${NISC_INSTALL_CMAKEDIR}")

# Compatibility: semantic versioning. From 1.0 on, any release of the same major version will do
# (SameMajorVersion). Before 1.0 a minor release may change the API, so 0.x.* only answers a request
# for the same 0.x (SameMinorVersion): find_package(nisc 0.1) accepts 0.1.7 but not 0.2.0.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_nisc_compatibility SameMinorVersion)
else()
  set(_nisc_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/nisc-config-version.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY ${_nisc_compatibility}
  ARCH_INDEPENDENT)
unset(_nisc_compatibility)

install(FILES "${PROJECT_BINARY_DIR}/nisc-config.cmake" "${PROJECT_BINARY_DIR}/nisc-config-version.cmake"
        DESTINATION "${NISC_INSTALL_CMAKEDIR}")

# pkg-config: paths relative to the .pc file itself, so the installed tree can be moved, or
# installed with `cmake --install --prefix` somewhere other than CMAKE_INSTALL_PREFIX.
foreach(_nisc_dir NISC_INSTALL_PKGCONFIGDIR CMAKE_INSTALL_INCLUDEDIR)
  if(IS_ABSOLUTE "${${_nisc_dir}}")
    message(FATAL_ERROR "nisc: ${_nisc_dir} must be relative to the install prefix for a relocatable nisc.pc "
                        "(it is ${${_nisc_dir}})")
  endif()
endforeach()
unset(_nisc_dir)
file(RELATIVE_PATH NISC_PC_PREFIX_FROM_PCFILEDIR "/prefix/${NISC_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" NISC_PC_PREFIX_FROM_PCFILEDIR "${NISC_PC_PREFIX_FROM_PCFILEDIR}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/nisc.pc.in" "${PROJECT_BINARY_DIR}/nisc.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/nisc.pc" DESTINATION "${NISC_INSTALL_PKGCONFIGDIR}")
