#pragma once

#include <QtGlobal>

// Resident memory of a process, from /proc: what `top` would show a user.
namespace ProcessMemory {
// In KiB; -1 when it cannot be read. pid 0 means this process.
qint64 residentKiB(qint64 pid = 0);
} // namespace ProcessMemory
