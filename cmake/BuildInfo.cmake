# The routescope binary's build stamp (core/util/buildinfo.h): version, commit, build day and
# the QCustomPlot version (core does not link QCustomPlot, so its header is read here).
get_target_property(qcp_includes QCustomPlotQt6::QCustomPlotQt6 INTERFACE_INCLUDE_DIRECTORIES)
find_file(ROUTESCOPE_QCUSTOMPLOT_HEADER qcustomplot.h HINTS ${qcp_includes} PATH_SUFFIXES qcustomplot-qt6)
set(qcustomplot_version "")
if(ROUTESCOPE_QCUSTOMPLOT_HEADER)
  file(STRINGS ${ROUTESCOPE_QCUSTOMPLOT_HEADER} qcp_version_line REGEX "#define QCUSTOMPLOT_VERSION_STR \"")
  string(REGEX REPLACE ".*\"([^\"]*)\".*" "\\1" qcustomplot_version "${qcp_version_line}")
endif()

set(stamp ${CMAKE_BINARY_DIR}/generated/buildstamp.cpp)
add_custom_target(routescope_buildstamp
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DOUTPUT=${stamp} -DVERSION=${PROJECT_VERSION}
          -DQCUSTOMPLOT_VERSION=${qcustomplot_version} -P ${CMAKE_SOURCE_DIR}/cmake/BuildStamp.cmake
  BYPRODUCTS ${stamp}
  COMMENT "Build stamp (commit, build day)"
  VERBATIM)
target_sources(routescope PRIVATE ${stamp})
add_dependencies(routescope routescope_buildstamp)
