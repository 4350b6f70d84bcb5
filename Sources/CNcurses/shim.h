#ifndef CASUS_CNCURSES_SHIM_H
#define CASUS_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's cflags defines; without these the wide-character
   API (get_wch, add_wch, cchar_t) is not declared. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros Swift cannot import, as functions. */
static inline attr_t casus_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t casus_A_BOLD(void) { return A_BOLD; }
static inline attr_t casus_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t casus_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t casus_A_DIM(void) { return A_DIM; }
static inline attr_t casus_COLOR_PAIR(int n) { return COLOR_PAIR(n); }
static inline int casus_KEY_F(int n) { return KEY_F(n); }
static inline int casus_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int casus_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *casus_stdscr(void) { return stdscr; }
static inline int casus_lines(void) { return LINES; }
static inline int casus_cols(void) { return COLS; }

/* Line-drawing characters are only valid after initscr. */
static inline const cchar_t *casus_WACS_HLINE(void) { return WACS_HLINE; }
static inline const cchar_t *casus_WACS_VLINE(void) { return WACS_VLINE; }
static inline const cchar_t *casus_WACS_ULCORNER(void) { return WACS_ULCORNER; }
static inline const cchar_t *casus_WACS_URCORNER(void) { return WACS_URCORNER; }
static inline const cchar_t *casus_WACS_LLCORNER(void) { return WACS_LLCORNER; }
static inline const cchar_t *casus_WACS_LRCORNER(void) { return WACS_LRCORNER; }
static inline const cchar_t *casus_WACS_BLOCK(void) { return WACS_BLOCK; }

/* How many columns the terminal's C library gives a character (0 for a mark, -1 unprintable):
   what ncurses decides a cell by. Declared here as wchar.h hides it without _XOPEN_SOURCE. */
extern int wcwidth(wchar_t c);
static inline int casus_wcwidth(wchar_t c) { return wcwidth(c); }

/* Draw one cell: a grapheme of up to a few code points with attributes and a colour pair. */
static inline int casus_put_cell(int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wcs, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

static inline int casus_put_acs(int y, int x, const cchar_t *ch, attr_t attrs, short pair) {
    cchar_t c;
    wchar_t wcs[CCHARW_MAX];
    attr_t a; short p;
    if (getcchar(ch, wcs, &a, &p, NULL) == ERR) return ERR;
    if (setcchar(&c, wcs, a | attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

#endif
