#pragma once

#include "model.h"
#include "rng.h"

#include <vector>

namespace rs::gen {

// Builds the whole foundation: VMs, apps and their instances over time, routes, the
// incident schedule, and every route registration the routers will receive.
World buildWorld(const GenOptions& options);

// Garden hands out host ports from a FIFO pool: never-used blocks first, released ones at
// the back. So a crashed container's port is not reused soon, but after a VM recreate the
// pool starts over at 61000 and addresses come back for other apps' instances.
class PortPool {
public:
    int allocate() { return m_next++; }
    void reset() { m_next = 0; }
    int peekNext() const { return m_next; }

private:
    int m_next = 0;
};

struct Placement {
    std::vector<PortPool> pools; // one per cell
};

// Adds an instance (a new container) and returns its index in world.instances.
int addInstance(World& world, Rng& rng, Placement& placement, int app, int index, int cell, TimeNs created,
                TimeNs healthy, TimeNs registerFrom);
// scenario.cpp: lifecycle changes, faults, incident traffic, NATS outages, dump times.
void buildScenario(World& world, Rng& rng, Placement& placement);

} // namespace rs::gen
