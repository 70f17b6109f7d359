// GitHub's CommonMark parser (Debian's libcmark-gfm-dev) and its extensions: tables, strikethrough,
// autolinks, task lists (libcmark-gfm-extensions-dev).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
