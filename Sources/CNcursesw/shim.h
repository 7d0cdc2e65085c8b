// The wide-character ncurses API, with the macros Swift cannot import as small functions.
// NCURSES_WIDECHAR must come before the include, or cchar_t and wget_wch disappear.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// From <term.h>, declared here because that header's capability macros (lines, columns…)
// would clash with Swift names.
int setupterm(const char *, int, int *);

// Whether terminfo knows the terminal type. With an error pointer setupterm returns instead
// of printing "Error opening terminal" and exiting as initscr does.
static inline int gs_terminal_known(const char *name, int fd) {
    int err = 0;
    return setupterm(name, fd, &err) == OK ? 1 : 0;
}

static inline WINDOW *gs_stdscr(void) { return stdscr; }
static inline int gs_lines(void) { return LINES; }
static inline int gs_cols(void) { return COLS; }
static inline int gs_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t gs_a_normal(void) { return A_NORMAL; }
static inline attr_t gs_a_bold(void) { return A_BOLD; }
static inline attr_t gs_a_reverse(void) { return A_REVERSE; }
static inline attr_t gs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gs_a_dim(void) { return A_DIM; }
static inline int gs_key_f(int n) { return KEY_F(n); }

/// Draws one grapheme (a NUL-terminated wide string: base + combining marks) at (y, x).
static inline int gs_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Reads back the characters of one cell (for the headless test).
static inline int gs_read_cell(WINDOW *win, int y, int x, wchar_t *out, int size) {
    cchar_t cell;
    attr_t attrs;
    short pair;
    if (mvwin_wch(win, y, x, &cell) != OK) return ERR;
    if (size < CCHARW_MAX + 1) return ERR;
    return getcchar(&cell, out, &attrs, &pair, NULL);
}
