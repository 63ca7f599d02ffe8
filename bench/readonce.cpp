// The lower bound for a scan: open and read each of the given files once, nothing else.
// Usage: readonce LIST (one path per line: the files a scan opened, from strace)
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: readonce LIST\n");
        return 2;
    }
    std::ifstream list(argv[1]);
    std::vector<std::string> paths;
    for (std::string line; std::getline(list, line);)
        if (!line.empty())
            paths.push_back(line);
    char buffer[65536];
    size_t bytes = 0;
    for (const std::string &path : paths) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            bytes += size_t(n);
        ::close(fd);
    }
    std::printf("%zu files, %zu bytes\n", paths.size(), bytes);
    return 0;
}
