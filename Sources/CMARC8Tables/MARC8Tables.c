// Placeholder until Scripts/gen-marc8-tables generates the real tables.
#include "CMARC8Tables.h"
uint32_t samkat_marc8_lookup(uint8_t charset, uint32_t code) { (void)charset; (void)code; return 0; }
