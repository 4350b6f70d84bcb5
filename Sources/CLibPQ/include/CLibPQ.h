// libpq, PostgreSQL's own client library, for server mode (Sources/CasusPostgres): its declarations,
// and a loader. casus does not link libpq: the library and the twenty it brings (Kerberos, LDAP,
// GnuTLS, …) cost a fresh process about 5 ms to load, and only a `postgresql://` database needs
// them. libpq_lazy.c defines the functions casus calls; the first call loads libpq.
#ifndef CASUS_CLIBPQ_H
#define CASUS_CLIBPQ_H

#include <postgresql/libpq-fe.h>

/// Loads libpq (once; $CASUS_LIBPQ names another file). 1 when it is there, 0 when not: then
/// casus_libpq_failure() says why, and no other function of libpq may be called.
int casus_libpq_load(void);
const char *casus_libpq_failure(void);

#endif
