#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// What a process holds, from /proc, as `ls /proc/PID/fd` and `ls /proc/PID/task` would show a user: the numbers a
// leak makes grow.
namespace ProcessResources {
// Open file descriptors; -1 when they cannot be read.
int openFiles(qint64 pid);
// Threads; -1 when they cannot be read.
int threads(qint64 pid);
// Processes whose parent is `pid`.
QList<qint64> children(qint64 pid);
// Every thread's stack, as gdb prints it (for a test that finds a program wedged); says so when gdb is missing.
QByteArray stacks(qint64 pid);
} // namespace ProcessResources
