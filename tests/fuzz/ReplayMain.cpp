// The main of the corpus replay executables in the normal (GCC) build: every file under the directories (or the files)
// given on the command line goes once through LLVMFuzzerTestOneInput, in name order. A crash or a broken invariant
// fails the test; the real fuzzers (RELANCE_FUZZ, clang) link libFuzzer's main instead.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    std::vector<QString> files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.push_back(it.next());
        } else {
            files.push_back(arg);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "replay: no input files given (usage: %s <corpus dir or file>...)\n", argv[0]);
        return 2;
    }
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = f.readAll();
        // A copy in a buffer of exactly the input's size, as libFuzzer passes it, so ASan sees any overread.
        std::vector<uint8_t> buffer(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(buffer.data(), buffer.size());
    }
    std::printf("replay: %zu inputs, no crash, every invariant held\n", files.size());
    return 0;
}
