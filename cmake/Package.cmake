# CPack: the Debian package of `./dev package` (build-release/routescope_<version>_amd64.deb),
# from the install rules of packaging/CMakeLists.txt. Depends are computed from the linked
# shared libraries (dpkg-shlibdeps); the debug symbols go into a separate -dbgsym package so
# that a crash report's addresses can be resolved (docs/PACKAGING.md).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME routescope)
set(CPACK_PACKAGE_VENDOR "RouteScope")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ROUTESCOPE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "incident viewer for Cloud Foundry Gorouter failures")
# Debian's extended description (the synopsis above is its first line): lines of at most 80
# columns (CPack indents them); an empty line is ".".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "RouteScope opens a customer's Gorouter log bundle (bosh logs tarballs, zips,
loose and rotated access logs, route table dumps, cfdot and Diego cell logs)
and shows which requests failed, when, through which router and to which
backend, the error class and its likely source, the route table at the time,
and findings to paste into a report.
.
The same engine runs without a window: routescope summary, requests,
diagnose, routes, report and chart print text, JSON, CSV, PDF or images.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads the Wayland platform plugin at run time; X11 (in libqt6gui6) is enough without it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# routescope-dbgsym_<version>_amd64.ddeb holds the debug info; CPack strips the binary of the
# main package itself (CPACK_STRIP_FILES would strip before the split and lose it).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
include(CPack)
