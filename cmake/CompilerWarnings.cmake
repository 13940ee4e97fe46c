# One interface target carries the project's warning and sanitizer flags; every
# first-party target links it, third-party code never sees them.
add_library(routescope_options INTERFACE)
target_compile_options(routescope_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
if(ROUTESCOPE_WERROR)
  target_compile_options(routescope_options INTERFACE -Werror)
endif()
target_compile_definitions(routescope_options INTERFACE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII)
if(ROUTESCOPE_SANITIZE)
  target_compile_options(routescope_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(routescope_options INTERFACE -fsanitize=address,undefined)
endif()
if(ROUTESCOPE_BUILD_FUZZERS)
  # Coverage feedback for libFuzzer in every first-party object, plus the sanitizers that turn
  # silent memory errors into findings. The fuzz targets add libFuzzer's main when linking.
  target_compile_options(routescope_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(routescope_options INTERFACE -fsanitize=address,undefined)
endif()
