// The libpq functions casus calls, each loading the real one from libpq on its first call (see
// include/CLibPQ.h). Hidden: libpq's own calls of its functions must not come here.
#include "CLibPQ.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *library;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *name = getenv("CASUS_LIBPQ");
    if (name == NULL || name[0] == '\0') name = "libpq.so.5";
    library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(failure, sizeof failure, "%s", why != NULL ? why : name);
    }
}

int casus_libpq_load(void) {
    pthread_once(&once, load);
    return library != NULL;
}

const char *casus_libpq_failure(void) {
    pthread_once(&once, load);
    return failure;
}

// Reached only after casus_libpq_load() said yes (PGConnection checks before it connects).
static void *symbol(const char *name) {
    void *f = casus_libpq_load() ? dlsym(library, name) : NULL;
    if (f == NULL) {
        fprintf(stderr, "casus: libpq has no %s (%s)\n", name, failure[0] ? failure : "not loaded");
        abort();
    }
    return f;
}

// The real function behind `slot`, looked up once (a race only looks it up twice).
static void *resolve(void **slot, const char *name) {
    void *f = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (f == NULL) {
        f = symbol(name);
        __atomic_store_n(slot, f, __ATOMIC_RELEASE);
    }
    return f;
}

#define HIDDEN __attribute__((visibility("hidden")))

// A function returning a value, and one returning nothing, each calling the real one.
#define LAZY(ret, name, params, args)                                  \
    HIDDEN ret name params {                                           \
        static void *slot;                                             \
        return ((ret(*) params)resolve(&slot, #name)) args;            \
    }
#define LAZY_VOID(name, params, args)                                  \
    HIDDEN void name params {                                          \
        static void *slot;                                             \
        ((void(*) params)resolve(&slot, #name)) args;                  \
    }

LAZY(PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values, int expand_dbname),
     (keywords, values, expand_dbname))
LAZY(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
LAZY(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
LAZY(char *, PQerrorMessage, (const PGconn *conn), (conn))
LAZY(char *, PQuser, (const PGconn *conn), (conn))
LAZY(char *, PQdb, (const PGconn *conn), (conn))
LAZY(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg), (conn, proc, arg))
LAZY_VOID(PQfinish, (PGconn *conn), (conn))
LAZY_VOID(PQreset, (PGconn *conn), (conn))
LAZY(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
LAZY(PGresult *, PQprepare, (PGconn *conn, const char *stmtName, const char *query, int nParams, const Oid *paramTypes),
     (conn, stmtName, query, nParams, paramTypes))
LAZY(PGresult *, PQexecPrepared,
     (PGconn *conn, const char *stmtName, int nParams, const char *const *paramValues, const int *paramLengths,
      const int *paramFormats, int resultFormat),
     (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAZY(PGresult *, PQexecParams,
     (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
      const int *paramLengths, const int *paramFormats, int resultFormat),
     (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
LAZY(int, PQsendQueryPrepared,
     (PGconn *conn, const char *stmtName, int nParams, const char *const *paramValues, const int *paramLengths,
      const int *paramFormats, int resultFormat),
     (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAZY(int, PQsendQueryParams,
     (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
      const int *paramLengths, const int *paramFormats, int resultFormat),
     (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
LAZY(int, PQenterPipelineMode, (PGconn *conn), (conn))
LAZY(int, PQexitPipelineMode, (PGconn *conn), (conn))
LAZY(int, PQpipelineSync, (PGconn *conn), (conn))
LAZY(PGresult *, PQgetResult, (PGconn *conn), (conn))
LAZY(int, PQconsumeInput, (PGconn *conn), (conn))
LAZY(PGnotify *, PQnotifies, (PGconn *conn), (conn))
LAZY_VOID(PQfreemem, (void *ptr), (ptr))
LAZY(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
LAZY(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
LAZY(int, PQntuples, (const PGresult *res), (res))
LAZY(int, PQnfields, (const PGresult *res), (res))
LAZY(char *, PQfname, (const PGresult *res, int field_num), (res, field_num))
LAZY(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
LAZY(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
LAZY(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
LAZY_VOID(PQclear, (PGresult *res), (res))
