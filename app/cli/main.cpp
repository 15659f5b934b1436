// relance-cli: the headless face of Relance, for scripts, scheduled runs and checks. Links relance_core only.
#include "Cli.h"

#include "log/Logging.h"

#include <QCoreApplication>
#include <QTimer>

using namespace relance;
using namespace relance::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));

    QList<Command> commands;
    addDataCommands(commands);
    addSyncCommands(commands);
    addDraftCommands(commands);
    addMailCommands(commands);
    addDailyCommand(commands);
    addAuditCommands(commands);
    addUserCommands(commands);
    addCheckCommand(commands);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relance: accounts-receivable reminders, headless."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Read the configuration from FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption databaseOpt(QStringLiteral("database"),
                                         QStringLiteral("Use the database at URL (sqlite:///path or postgresql://...)."),
                                         QStringLiteral("URL"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Log progress to stderr."));
    parser.addOption(configOpt);
    parser.addOption(databaseOpt);
    parser.addOption(verboseOpt);
    parser.addHelpOption();
    parser.addVersionOption();
    QString commandList;
    for (const Command& c : commands)
        commandList += QStringLiteral("\n  %1  %2").arg(c.name.leftJustified(14), c.summary);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("One of:") + commandList);

    CliContext ctx;
    if (!parser.parse(app.arguments()))
        return ctx.failWith(kUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        ctx.out << "relance-cli " << RELANCE_VERSION << Qt::endl;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        ctx.out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? kUsage : kOk;
    }

    initLogging({.file = QString(), .toStderr = true,
                 .stderrLevel = parser.isSet(verboseOpt) ? spdlog::level::info : spdlog::level::warn});

    if (parser.isSet(configOpt)) {
        auto config = Config::loadFile(parser.value(configOpt));
        if (!config)
            return ctx.failWith(kUsage, config.error().detail);
        ctx.config = *config;
    } else {
        QSettings user;
        auto config = Config::fromSettings(user);
        if (!config)
            return ctx.failWith(kUsage, QStringLiteral("%1: %2").arg(user.fileName(), config.error().detail));
        ctx.config = *config;
    }
    ctx.databaseUrl = parser.isSet(databaseOpt) ? parser.value(databaseOpt)
                      : ctx.config.database.url.isEmpty() ? defaultDatabaseUrl()
                                                           : ctx.config.database.url;

    const QString name = positional.first();
    const auto it = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.name == name; });
    if (it == commands.end())
        return ctx.failWith(kUsage, QStringLiteral("unknown command '%1' (see --help)").arg(name));

    QCommandLineParser sub;
    sub.setApplicationDescription(it->summary);
    sub.addHelpOption();
    if (it->options)
        it->options(sub);
    if (!sub.parse(positional))
        return ctx.failWith(kUsage, QStringLiteral("%1: %2").arg(name, sub.errorText()));
    if (sub.isSet(QStringLiteral("help"))) {
        ctx.out << sub.helpText().replace(QCoreApplication::applicationFilePath(), QStringLiteral("relance-cli ") + name);
        return kOk;
    }

    int asyncCode = kOk;
    ctx.finish = [&asyncCode](int code) {
        asyncCode = code;
        QCoreApplication::exit(code);
    };
    const int code = it->run(ctx, sub);
    if (code != kRunsAsync)
        return code;
    app.exec();
    return asyncCode;
}
