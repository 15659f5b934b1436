#pragma once
// Shared by the fuzz harnesses: an invariant that must hold for every input. A broken one aborts, which libFuzzer
// reports as a crash with the input saved, and which fails the corpus replay under ctest.
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);                          \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
