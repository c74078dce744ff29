#ifndef SAMKAT_CLIBXML2_SHIM_H
#define SAMKAT_CLIBXML2_SHIM_H
// Foundation on Linux bundles its own ICU; libxml2's ICU hooks would pull the system ICU headers in and clash.
// xmlversion.h defines LIBXML_ICU_ENABLED, so undefine it after that header and before encoding.h reads it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "marcxml_sax.h"

/// Swift 6 rejects the mutable global function pointer `xmlFree`; call it through this.
static inline void samkat_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
