#include "processresources.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

int entries(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists())
        return -1;
    return int(dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot).size());
}

} // namespace

namespace ProcessResources {

int openFiles(qint64 pid)
{
    return entries(QStringLiteral("/proc/%1/fd").arg(pid));
}

int threads(qint64 pid)
{
    return entries(QStringLiteral("/proc/%1/task").arg(pid));
}

QList<qint64> children(qint64 pid)
{
    QList<qint64> found;
    const QStringList all = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : all) {
        bool number = false;
        const qint64 candidate = name.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(name));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "PID (COMMAND) STATE PPID …": the command may hold spaces and parentheses, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == pid)
            found.append(candidate);
    }
    return found;
}

QByteArray stacks(qint64 pid)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty())
        return "(no gdb on this machine to show the threads' stacks)";
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(gdb,
                  {QStringLiteral("-p"), QString::number(pid), QStringLiteral("-batch"), QStringLiteral("-nx"),
                   QStringLiteral("-ex"), QStringLiteral("thread apply all bt 25")});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return "(gdb did not finish in 60 s)";
    }
    return process.readAll();
}

} // namespace ProcessResources
