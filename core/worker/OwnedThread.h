#pragma once
// A QThread owned by a unique_ptr whose deleter quits the thread's event loop, waits for it to end and deletes it.
// Objects moved to the thread and connected to QThread::finished with deleteLater are deleted on that thread as it
// ends.
#include <QThread>
#include <memory>

namespace relance::worker {

struct ThreadStopper
{
    void operator()(QThread* t) const
    {
        t->quit();
        t->wait();
        delete t;
    }
};

using OwnedThread = std::unique_ptr<QThread, ThreadStopper>;

} // namespace relance::worker
