// libpq, PostgreSQL's own client library: server mode (Sources/CasusPostgres).
#include <libpq-fe.h>
