#ifndef SAMKAT_CMARC8TABLES_H
#define SAMKAT_CMARC8TABLES_H
#include <stdint.h>

/// Looks up one MARC-8 character. `charset` is the ISO 2022 final byte of the character set
/// (0x42 Basic Latin, 0x45 Extended Latin (ANSEL), 0x31 EACC, 0x32 Hebrew, 0x33/0x34 Arabic,
/// 0x4E/0x51 Cyrillic, 0x53 Greek, 0x62 subscripts, 0x67 Greek symbols, 0x70 superscripts);
/// `code` is the character's code with the high bit of each byte cleared (EACC: three bytes, big-endian).
/// Returns the Unicode scalar, with bit 31 set when the character is a combining mark; 0 when unknown.
uint32_t samkat_marc8_lookup(uint8_t charset, uint32_t code);

#endif
