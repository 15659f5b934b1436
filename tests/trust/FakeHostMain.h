#pragma once
// The fake servers of tests/support, tests/drafting and tests/mail each define their own relance::test::FakeRequest and
// FakeResponse (different shapes). The drafting and mail ones now sit in inline namespaces (own linker names), but the
// three still cannot meet in one translation unit; and a real relance-cli talks to servers in other processes anyway.
// So each runs in its own small process (fake_*_host), started by the secrets hygiene test.
// Protocol: the host prints "PORT <n>" on stdout once it listens, then serves until its stdin closes or it is killed.
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace relance::test {

// Announces the port and runs the event loop until stdin reaches its end (the test closed it or died).
inline int serveUntilStdinCloses(QCoreApplication& app, quint16 port)
{
    std::printf("PORT %u\n", unsigned(port));
    std::fflush(stdout);
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&app] {
        char buf[256];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0)
            app.quit();
    });
    return app.exec();
}

// The value after `--name` in the arguments, or `fallback`.
inline QString argValue(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace relance::test
