#pragma once

#include "logsink.h"
#include "model.h"

#include <filesystem>
#include <string>

namespace rs::gen {

// Diego cell VM: rep, garden and route_emitter lager logs around every container the
// world starts or loses on that cell, plus the usual agent noise.
void writeCellLogs(const World& world, int cell, const std::filesystem::path& vmDir,
                   const std::string& logicalDir, FileList& files);

// Router VM files that are not gorouter's request logs: pre-start, bpm, loggregator agent.
void writeRouterNoise(const World& world, int router, const std::filesystem::path& vmDir,
                      const std::string& logicalDir, FileList& files);

} // namespace rs::gen
