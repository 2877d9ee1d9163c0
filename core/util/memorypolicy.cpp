#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ with the C library's version

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace MemoryPolicy {

bool keepPictureBuffers()
{
#ifdef __GLIBC__
    // Up to 32 MiB (glibc's limit) a buffer comes from the heap, where a freed one is found again, rather than from
    // a mapping of its own, unmapped at every free. Setting this also stops glibc from moving its thresholds.
    constexpr int LargestHeapBuffer = 32 * 1024 * 1024;
    // Free space at the top of a heap is given back only beyond this: more than a grid's worth of 1080p pictures.
    constexpr int KeptFreeSpace = 256 * 1024 * 1024;
    return ::mallopt(M_MMAP_THRESHOLD, LargestHeapBuffer) == 1 && ::mallopt(M_TRIM_THRESHOLD, KeptFreeSpace) == 1;
#else
    return false;
#endif
}

void returnFreedMemory()
{
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

} // namespace MemoryPolicy
