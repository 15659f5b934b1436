// demo-seed, aging, invoices, clients: what is stored, for people and scripts.
#include "Cli.h"

namespace relance::cli {

void addDataCommands(QList<Command>& commands)
{
    Q_UNUSED(commands);
}

} // namespace relance::cli
