#pragma once

#include <QtGlobal>

// Resident memory of a process, from /proc: what `top` would show a user.
namespace ProcessMemory {
// In KiB; -1 when it cannot be read. pid 0 means this process.
qint64 residentKiB(qint64 pid = 0);
// True in an AddressSanitizer build (the asan preset): its allocator keeps freed blocks in quarantine and maps each
// big one afresh, so resident memory, and the rate of anything that allocates big pictures, say nothing about the
// program there. Tests that measure those skip in such a build; the release build (`ci` preset) measures them.
bool underAddressSanitizer();
} // namespace ProcessMemory
