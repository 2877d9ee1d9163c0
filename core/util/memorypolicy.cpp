#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ with the C library's version

#ifdef __GLIBC__
#include <malloc.h>
#endif

// Built with AddressSanitizer, malloc and free are its own and glibc's heaps stand empty: trimming them walked an
// arena glibc had not set up and crashed the program (a camera retrying, about one ASan run of tst_shutdown in six).
#if defined(__SANITIZE_ADDRESS__)
#define CCTV_GLIBC_HEAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CCTV_GLIBC_HEAP 0
#endif
#endif
#if !defined(CCTV_GLIBC_HEAP) && defined(__GLIBC__)
#define CCTV_GLIBC_HEAP 1
#elif !defined(CCTV_GLIBC_HEAP)
#define CCTV_GLIBC_HEAP 0
#endif

namespace MemoryPolicy {

bool keepPictureBuffers()
{
#if CCTV_GLIBC_HEAP
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
#if CCTV_GLIBC_HEAP
    ::malloc_trim(0);
#endif
}

} // namespace MemoryPolicy
