#pragma once
// Figures every benchmark reports beside its own: the process's peak memory and CPU time. CPU time matters because
// the machine is shared: wall time alone says little when others are building.
#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>

namespace relance::bench {

// Peak resident set size in MB (VmHWM), -1 when /proc is not there.
inline double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// CPU seconds this process used (user + system).
inline double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

} // namespace relance::bench
