#pragma once

#include <QString>

namespace rs {

// The window's palette: the system's (default), or RouteScope's own light or dark one for
// systems whose platform theme does not say.
enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
Theme savedTheme();
void saveTheme(Theme theme);
// Whether the application's current palette is dark (views pick readable colours from it).
bool isDarkPalette();

} // namespace rs
