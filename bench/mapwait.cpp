// Time from starting a program to its first top-level window mapped on the X server, measured
// from outside the program the same way for any toolkit (Qt, GTK): the X server's MapNotify on
// the root window, not the program's own idea of "shown".
// Usage: DISPLAY=:N mapwait TIMEOUT_SECONDS PROGRAM [ARGS...]  (prints milliseconds; the
// program is sent SIGTERM once its window is up)
#include <xcb/xcb.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

double now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: mapwait TIMEOUT_SECONDS PROGRAM [ARGS...]\n");
        return 2;
    }
    const double timeoutMs = std::atof(argv[1]) * 1e3;
    xcb_connection_t *x = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(x)) {
        std::fprintf(stderr, "mapwait: cannot connect to the X server (DISPLAY)\n");
        return 2;
    }
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(x)).data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(x, root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(x);

    const double start = now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[2], argv + 2);
        std::perror("mapwait: exec");
        _exit(127);
    }
    double mapped = -1;
    while (mapped < 0 && now() - start < timeoutMs) {
        pollfd fd{xcb_get_file_descriptor(x), POLLIN, 0};
        poll(&fd, 1, 50);
        while (xcb_generic_event_t *event = xcb_poll_for_event(x)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                if (!map->override_redirect && mapped < 0)
                    mapped = now() - start; // a tooltip or menu is override-redirect; a window is not
            }
            std::free(event);
        }
        if (waitpid(child, nullptr, WNOHANG) == child)
            break;
    }
    kill(child, SIGTERM);
    waitpid(child, nullptr, 0);
    xcb_disconnect(x);
    if (mapped < 0) {
        std::fprintf(stderr, "mapwait: %s mapped no window\n", argv[2]);
        return 1;
    }
    std::printf("%.1f\n", mapped);
    return 0;
}
