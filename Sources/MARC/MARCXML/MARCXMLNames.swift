/// The MARC21 slim vocabulary (`http://www.loc.gov/MARC21/slim`). Names are matched as bytes in libxml2's
/// callbacks (`marcxml_sax.h`), which record each element as one of these kinds or as another element.
enum MARCXMLName {
    enum Element {
        case collection, record, leader, controlfield, datafield, subfield
    }
}
