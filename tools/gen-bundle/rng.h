#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace rs::gen {

// Derives independent stream seeds, so every router and cell draws from its own sequence
// and changing the volume of one does not shift the output of another.
constexpr std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// std::mt19937_64's output is fixed by the standard; the std:: distributions are not (they
// differ between library versions), so every distribution here is written out by hand.
class Rng {
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0)
        : m_engine(splitmix64(seed ^ splitmix64(stream * 0x2545f4914f6cdd1dULL + 1)))
    {}

    std::uint64_t next() { return m_engine(); }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Index in [0, n); the tiny bias of the multiply-shift is irrelevant for synthetic data.
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
    }
    std::int64_t between(std::int64_t lo, std::int64_t hi) // inclusive bounds
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    std::int64_t between(int lo, int hi)
    {
        return between(static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi));
    }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }

private:
    std::mt19937_64 m_engine;
};

} // namespace rs::gen
