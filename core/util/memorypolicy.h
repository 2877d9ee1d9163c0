#pragma once

// How the process asks the C library's allocator to treat the large buffers a video program frees and allocates
// again many times a second (decoded pictures, tile pictures: megabytes each). Process-wide by nature, so a
// namespace of two calls rather than an object.
namespace MemoryPolicy {

// Call once, first thing in main(). Freed picture buffers are then kept for the next picture instead of going back
// to the system, which glibc does by default once free space passes a threshold it adjusts itself: every fresh
// page costs a page fault, and on a virtual machine that is dear (a 1280x720 picture, 3.6 MB: 12 ms of faults
// against 0.07 ms to write it again; tests/bench/README.md, scenario 5). Returns false where the allocator cannot
// be told (not glibc, or a sanitizer's allocator).
bool keepPictureBuffers();

// Hands memory freed so far back to the system: after a camera failed its buffers are not needed soon. Costs a walk
// over the heap (under a millisecond here): call it on rare events, never per picture, never on the GUI thread.
// Nothing under a sanitizer's allocator, whose heap is not glibc's.
void returnFreedMemory();

} // namespace MemoryPolicy
