#ifndef SAMKAT_MARCXML_SAX_H
#define SAMKAT_MARCXML_SAX_H
// The SAX2 callbacks of MARCXMLParser, in C: they run once per element and per text run, and in C they are
// a handful of compares and stores with no Swift thunks, no exclusivity checks and no reference counting.
// They record events into a packed buffer whose layout is documented in MARCXMLEvents.swift (native byte
// order, unaligned); parser warnings, errors and the setting up stay in Swift (MARCXMLParser.swift).

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// The growing event buffer. `open_text` is the offset of the length of the text event that the next text
/// extends, or -1 when the last event was not text.
typedef struct {
    unsigned char *base;
    intptr_t capacity;
    intptr_t count;
    intptr_t open_text;
} samkat_event_buffer;

enum { SAMKAT_OP_START = 1, SAMKAT_OP_END = 2, SAMKAT_OP_TEXT = 3, SAMKAT_OP_MESSAGE = 4 };
/// Element kinds in events; 0 is any other element.
enum { SAMKAT_KIND_OTHER = 0, SAMKAT_KIND_COLLECTION, SAMKAT_KIND_RECORD, SAMKAT_KIND_LEADER,
       SAMKAT_KIND_CONTROLFIELD, SAMKAT_KIND_DATAFIELD, SAMKAT_KIND_SUBFIELD };

/// What the callbacks work on; it hangs on the `_private` of the main context and of the contexts libxml2
/// makes to parse entity text.
typedef struct {
    xmlParserCtxtPtr context;          // the main context
    samkat_event_buffer events;
    const xmlChar *slim;               // the (dictionary-interned) URI last found to be MARC21 slim
    intptr_t depth;
    intptr_t record_depth;             // the depth of the outermost <record> open, 0 when none
    int nested_record;                 // a <record> opened inside it: MARC start tags carry their position
    intptr_t leaf_depth;               // the depth of the outermost leader/controlfield/subfield open, 0 when none
    intptr_t expanded_bytes;           // text that came out of entity references
    intptr_t expansion_allowance, expansion_ratio;
    int expansion_stopped;             // the expansion limit stopped the parser …
    intptr_t expansion_line;           // … at this line
    int has_fatal;                     // a fatal error is recorded (set by Swift too): the limit stays quiet
    void *owner;                       // the Swift side: messages and the fatal error
    // Positions in the original file. A parser restarted after a fatal error (MARCXMLReader) reads a
    // synthetic opening and then the file from a record start: `offset_base` and `line_base` turn its
    // positions into the file's (0 for the first parser).
    intptr_t offset_base, line_base;
    int started;                       // the root element has begun
    intptr_t record_offset, record_line;   // the start of the outermost record open (when record_depth != 0)
    intptr_t record_end_offset;        // just past the last tag outside any record (or a record's end tag), or -1
    int record_ns;                     // entries of the context's nsTab declared outside the record in progress
    intptr_t anchor_offset, anchor_line;   // the last tag whose position was taken, or -1
} samkat_marcxml_state;

static inline void samkat_events_reserve(samkat_event_buffer *buffer, intptr_t extra) {
    if (buffer->count + extra <= buffer->capacity) return;
    intptr_t capacity = buffer->capacity * 2 > buffer->count + extra ? buffer->capacity * 2 : buffer->count + extra;
    unsigned char *grown = (unsigned char *)realloc(buffer->base, (size_t)capacity);
    if (grown == NULL) abort();
    buffer->base = grown;
    buffer->capacity = capacity;
}

/// Hands the buffer over (the taker frees `base` with `free`) and starts a new one of the same capacity.
static inline void samkat_events_restart(samkat_event_buffer *buffer) {
    buffer->base = (unsigned char *)malloc((size_t)buffer->capacity);
    if (buffer->base == NULL) abort();
    buffer->count = 0;
    buffer->open_text = -1;
}

static inline void samkat_events_put(samkat_event_buffer *buffer, const void *bytes, intptr_t count) {
    memcpy(buffer->base + buffer->count, bytes, (size_t)count);
    buffer->count += count;
}

static inline void samkat_events_put_u8(samkat_event_buffer *buffer, unsigned char value) {
    buffer->base[buffer->count++] = value;
}

/// Length (Int32) and bytes. Attribute values are mostly 1 to 3 bytes: those are copied inline, not by a call.
static inline void samkat_events_put_bytes(samkat_event_buffer *buffer, const xmlChar *bytes, intptr_t count) {
    int32_t length = (int32_t)count;
    samkat_events_put(buffer, &length, 4);
    unsigned char *target = buffer->base + buffer->count;
    switch (count) {
    case 3: target[2] = bytes[2]; /* fallthrough */
    case 2: target[1] = bytes[1]; /* fallthrough */
    case 1: target[0] = bytes[0]; /* fallthrough */
    case 0: break;
    default: memcpy(target, bytes, (size_t)count);
    }
    buffer->count += count;
}

/// A message event: an index into the batch's messages (kept by Swift).
static inline void samkat_events_message(samkat_event_buffer *buffer, int32_t index) {
    buffer->open_text = -1;
    samkat_events_reserve(buffer, 5);
    samkat_events_put_u8(buffer, SAMKAT_OP_MESSAGE);
    samkat_events_put(buffer, &index, 4);
}

/// Character data, merged with the text event before it when there is one and the length still fits.
static inline void samkat_events_text(samkat_event_buffer *buffer, const xmlChar *bytes, intptr_t count) {
    samkat_events_reserve(buffer, 5 + count);
    int32_t length = -1;
    if (buffer->open_text >= 0) memcpy(&length, buffer->base + buffer->open_text, 4);
    if (length >= 0 && (int64_t)length + count <= INT32_MAX) {
        length += (int32_t)count;
        memcpy(buffer->base + buffer->open_text, &length, 4);
    } else {
        samkat_events_put_u8(buffer, SAMKAT_OP_TEXT);
        buffer->open_text = buffer->count;
        length = (int32_t)count;
        samkat_events_put(buffer, &length, 4);
    }
    samkat_events_put(buffer, bytes, count);
}

static inline samkat_marcxml_state *samkat_state(void *context) {
    return context == NULL ? NULL : (samkat_marcxml_state *)((xmlParserCtxtPtr)context)->_private;
}

/// Slim or no namespace. libxml2 interns URIs, so after the first match this is one pointer comparison.
static inline int samkat_accepts(samkat_marcxml_state *state, const xmlChar *uri) {
    if (uri == NULL || uri == state->slim) return 1;
    if (strcmp((const char *)uri, "http://www.loc.gov/MARC21/slim") != 0) return 0;
    state->slim = uri;
    return 1;
}

/// True when the NUL-terminated `name` is `word`. Stops at the first difference, so it never reads past the
/// end of `name`; `word` is a literal, so the loop unrolls into a few byte compares.
static inline int samkat_is(const xmlChar *name, const char *word) {
    for (; *word != 0; name++, word++) {
        if (*name != (xmlChar)*word) return 0;
    }
    return *name == 0;
}

static inline int samkat_element_kind(const xmlChar *name) {
    switch (name[0]) {
    case 's': return samkat_is(name, "subfield") ? SAMKAT_KIND_SUBFIELD : 0;
    case 'd': return samkat_is(name, "datafield") ? SAMKAT_KIND_DATAFIELD : 0;
    case 'c': return samkat_is(name, "controlfield") ? SAMKAT_KIND_CONTROLFIELD
                   : samkat_is(name, "collection") ? SAMKAT_KIND_COLLECTION : 0;
    case 'l': return samkat_is(name, "leader") ? SAMKAT_KIND_LEADER : 0;
    case 'r': return samkat_is(name, "record") ? SAMKAT_KIND_RECORD : 0;
    default: return 0;
    }
}

/// Which MARCXML attribute a local name is: 0 tag, 1 ind1, 2 ind2, 3 code (the order of the flag bits), or -1.
static inline int samkat_attribute_index(const xmlChar *name) {
    switch (name[0]) {
    case 't': return samkat_is(name, "tag") ? 0 : -1;
    case 'i': return samkat_is(name, "ind1") ? 1 : samkat_is(name, "ind2") ? 2 : -1;
    case 'c': return samkat_is(name, "code") ? 3 : -1;
    default: return -1;
    }
}

/// The byte offset and line of the `<` of the start tag being reported. libxml2 calls `startElementNs`
/// with `cur` at the tag's `>`, and a start tag contains no other `<`, so the scan back is short.
static inline void samkat_tag_start(xmlParserCtxtPtr context, intptr_t *offset, intptr_t *line) {
    xmlParserInputPtr input = context->input;
    samkat_marcxml_state *state = samkat_state(context);
    if (input == NULL || input->base == NULL || input->cur == NULL) {
        *offset = (intptr_t)xmlByteConsumed(context) + state->offset_base;
        *line = (input == NULL ? 0 : input->line) + state->line_base;
        return;
    }
    const xmlChar *position = input->cur;
    intptr_t newlines = 0;
    while (position > input->base && *position != '<') {
        position--;
        if (*position == '\n') newlines++;
    }
    *line = (intptr_t)input->line - newlines + samkat_state(context)->line_base;
    // In a converted encoding (Latin-1 …) buffer positions are not source bytes: libxml2 knows where `cur`
    // is in the source, and the tag before it is taken as the same length there (exact for ASCII tags).
    if (input->buf != NULL && input->buf->encoder != NULL) {
        *offset = (intptr_t)xmlByteConsumed(context) - (input->cur - position);
    } else {
        *offset = (intptr_t)input->consumed + (position - input->base);
    }
    *offset += state->offset_base;
}

/// How far into the file the main input has been read (just past the tag being reported, in a callback).
static inline intptr_t samkat_position(samkat_marcxml_state *state) {
    xmlParserInputPtr input = state->context->input;
    if (input == NULL || input->base == NULL || input->cur == NULL || (input->buf != NULL && input->buf->encoder != NULL)) {
        return (intptr_t)xmlByteConsumed(state->context) + state->offset_base;
    }
    return (intptr_t)input->consumed + (input->cur - input->base) + state->offset_base;
}

static inline void samkat_sax_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                             int namespaceCount, const xmlChar **namespaces, int attributeCount,
                             int defaultedCount, const xmlChar **attributes) {
    (void)prefix; (void)namespaces; (void)defaultedCount;
    samkat_marcxml_state *state = samkat_state(context);
    if (state == NULL || name == NULL) return;
    intptr_t depth = ++state->depth;
    state->started = 1;
    int kind = samkat_accepts(state, uri) ? samkat_element_kind(name) : SAMKAT_KIND_OTHER;
    // The start tags whose position the builder may need: records, and MARC elements outside a record.
    int located = 0;
    const xmlChar *values[4] = { NULL, NULL, NULL, NULL }, *ends[4] = { NULL, NULL, NULL, NULL };
    switch (kind) {
    case SAMKAT_KIND_CONTROLFIELD: case SAMKAT_KIND_DATAFIELD: case SAMKAT_KIND_SUBFIELD:
        // Five pointers per attribute: local name, prefix, URI, value start, value end. Matched on local
        // name whatever the namespace; the last of a name wins.
        for (int index = 0; attributes != NULL && index < attributeCount; index++) {
            const xmlChar **attribute = attributes + index * 5;
            if (attribute[0] == NULL || attribute[3] == NULL || attribute[4] == NULL) continue;
            int slot = samkat_attribute_index(attribute[0]);
            if (slot < 0) continue;
            values[slot] = attribute[3];
            ends[slot] = attribute[4];
        }
        if (kind == SAMKAT_KIND_SUBFIELD) break;
        /* fallthrough */
    case SAMKAT_KIND_LEADER:
        located = state->record_depth == 0 || state->nested_record;
        break;
    case SAMKAT_KIND_RECORD:
        located = 2;
        if (state->record_depth != 0) {
            state->nested_record = 1;
        } else {
            state->record_depth = depth;
            state->record_ns = state->context->nsNr - 2 * namespaceCount;
        }
        break;
    default:
        break;
    }
    // `cur` is at the start tag's `>` here.
    if (state->record_depth == 0) state->record_end_offset = samkat_position(state) + 1;
    if ((kind == SAMKAT_KIND_LEADER || kind == SAMKAT_KIND_CONTROLFIELD || kind == SAMKAT_KIND_SUBFIELD)
        && state->leaf_depth == 0) {
        state->leaf_depth = depth;
    }

    samkat_event_buffer *buffer = &state->events;
    buffer->open_text = -1;
    unsigned char flags = located ? 1 : 0;
    intptr_t extra = 3 + 2 * sizeof(intptr_t);
    for (int slot = 0; slot < 4; slot++) {
        if (values[slot] == NULL) continue;
        flags |= (unsigned char)(0x10 << slot);
        extra += 4 + (ends[slot] - values[slot]);
    }
    size_t nameLength = kind == SAMKAT_KIND_OTHER ? strlen((const char *)name) : 0;
    samkat_events_reserve(buffer, extra + 4 + (intptr_t)nameLength);
    samkat_events_put_u8(buffer, SAMKAT_OP_START);
    samkat_events_put_u8(buffer, (unsigned char)kind);
    samkat_events_put_u8(buffer, flags);
    if (located) {
        intptr_t offset, line;
        samkat_tag_start(state->context, &offset, &line);
        state->anchor_offset = offset;
        state->anchor_line = line;
        if (located == 2 && state->record_depth == depth) {
            state->record_offset = offset;
            state->record_line = line;
        }
        samkat_events_put(buffer, &offset, sizeof offset);
        samkat_events_put(buffer, &line, sizeof line);
    }
    for (int slot = 0; slot < 4; slot++) {
        if (values[slot] != NULL) samkat_events_put_bytes(buffer, values[slot], ends[slot] - values[slot]);
    }
    if (kind == SAMKAT_KIND_OTHER) samkat_events_put_bytes(buffer, name, (intptr_t)nameLength);
}

static inline void samkat_sax_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)name; (void)prefix; (void)uri;
    samkat_marcxml_state *state = samkat_state(context);
    if (state == NULL) return;
    if (state->record_depth == state->depth) {
        state->record_depth = 0;
        state->nested_record = 0;
    }
    if (state->leaf_depth == state->depth) state->leaf_depth = 0;
    state->depth--;
    if (state->record_depth == 0) state->record_end_offset = samkat_position(state);
    samkat_event_buffer *buffer = &state->events;
    buffer->open_text = -1;
    samkat_events_reserve(buffer, 1);
    samkat_events_put_u8(buffer, SAMKAT_OP_END);
}

/// libxml2 2.9 checks amplification only when it replaces entities itself; in SAX mode an entity of 100 KB
/// referenced 100,000 times (the "quadratic blowup") would deliver 10 GB of text. So entity text may exceed
/// the allowance only while it stays under `expansion_ratio` times the bytes of the document read so far.
static inline void samkat_count_expanded(samkat_marcxml_state *state, intptr_t count) {
    state->expanded_bytes += count;
    if (state->expanded_bytes <= state->expansion_allowance || state->has_fatal) return;
    // In the file's terms: a restarted parser carries `expanded_bytes` over, so injecting errors resets nothing.
    intptr_t consumed = (intptr_t)xmlByteConsumed(state->context) + state->offset_base;
    if (state->expanded_bytes <= state->expansion_ratio * (consumed > 1 ? consumed : 1)) return;
    state->has_fatal = 1;
    state->expansion_stopped = 1;
    state->expansion_line = state->context->input == NULL ? 0 : state->context->input->line;
    xmlStopParser(state->context);
}

/// Text, CDATA and whitespace. Only text inside a leader, control field or subfield can end up in a record,
/// so the rest (the indentation between elements, mostly) is not recorded at all.
static inline void samkat_sax_characters(void *context, const xmlChar *bytes, int count) {
    samkat_marcxml_state *state = samkat_state(context);
    if (state == NULL || bytes == NULL) return;
    if ((xmlParserCtxtPtr)context != state->context) samkat_count_expanded(state, count);
    if (state->leaf_depth != 0) samkat_events_text(&state->events, bytes, count);
}

static inline xmlParserInputPtr samkat_sax_resolve_nothing(void *context, const xmlChar *publicID, const xmlChar *systemID) {
    (void)context; (void)publicID; (void)systemID;
    return NULL;
}

/// Sets the element, text and entity-resolving callbacks of `sax` (the DTD handlers stay libxml2's own).
static inline void samkat_sax_install(xmlSAXHandler *sax) {
    sax->startElement = NULL;
    sax->endElement = NULL;
    sax->startElementNs = samkat_sax_start;
    sax->endElementNs = samkat_sax_end;
    sax->characters = samkat_sax_characters;
    sax->cdataBlock = samkat_sax_characters;
    sax->ignorableWhitespace = samkat_sax_characters;
    sax->externalSubset = NULL;
    sax->resolveEntity = samkat_sax_resolve_nothing;
}

#endif
