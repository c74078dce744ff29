/// Swedish words and names the fixture's titles and authors are made of.
enum Vocabulary {
    static let familyNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jönsson", "Lindström", "Åberg", "Öberg", "Ekström", "Sjöberg", "Löfgren",
        "Björk", "Hedén", "Strömqvist", "Åkesson", "Wängmark", "Bäckström", "Holmén", "Fröberg", "Dahlén", "Nordström",
    ]
    static let givenNames = [
        "Åsa", "Björn", "Märta", "Göran", "Ingrid", "Sören", "Karin", "Östen", "Linnéa", "Jöns", "Agnes", "Håkan",
        "Maria", "Örjan", "Elsa", "André", "Hélène", "Lars", "Britt-Marie", "Tove", "Gunnel", "Åke", "Signe", "Mårten",
    ]
    static let adjectives = [
        "Den tysta", "Den sista", "Den mörka", "Den glömda", "Den långa", "Den blå", "Den förlorade", "Den röda",
    ]
    static let nouns = [
        "sjön", "skogen", "vintern", "sommaren", "ön", "gården", "hamnen", "natten", "åkern", "älven", "resan",
        "brodern", "dottern", "vägen", "ängen", "kyrkan",
    ]
    static let persons = ["Flickan", "Pojken", "Kvinnan", "Mannen", "Prästen", "Läraren", "Smeden", "Änkan", "Fiskaren"]
    static let places = [
        "Vättern", "Billingen", "Mösseberg", "Kinnekulle", "Tiveden", "Göta kanal", "Hornborgasjön", "Vänerns strand",
        "Öland", "Åre", "Norrland", "Skagen",
    ]
    static let topics = [
        "Trädgårdsodling", "Svampar i Sverige", "Fåglar vid sjön", "Matlagning för alla", "Släktforskning",
        "Hälsa och kost", "Segling på Vänern", "Sveriges historia", "Bokföring för småföretag", "Stickning",
        "Första hjälpen", "Fiske i sjö och å",
    ]
    static let fictionSubtitles = [
        "roman", "en berättelse", "kriminalroman", "noveller", "en släktkrönika", "dikter", "en kärlekshistoria",
    ]
    static let factSubtitles = [
        "en handbok", "en introduktion", "från början till slut", "råd och tips", "historia och nutid",
    ]
    static let localPlaces = [
        "Gullspång": ["Hova", "Otterbäcken", "Amnehärad"],
        "Hjo": ["Korsberga", "Grevbäck", "Fågelås"],
        "Karlsborg": ["Mölltorp", "Undenäs", "Bocksjö"],
        "Mariestad": ["Lyrestad", "Hasslerör", "Ullervad"],
        "Skövde": ["Skultorp", "Timmersdala", "Värsås", "Ryd"],
        "Tibro": ["Fågelås", "Ransberg", "Hörnebo"],
        "Tidaholm": ["Ekedalen", "Hökensås", "Velinga"],
        "Töreboda": ["Moholm", "Älgarås", "Fredsberg"],
    ]
    static let localTitles = [
        "%@ socken under 1800-talet", "Kyrkorna i %@", "Järnvägen genom %@", "Gårdar och torp i %@",
        "Minnen från %@", "%@ hembygdsförenings årsskrift",
    ]
    static let subjects = [
        "Sjöar", "Familjen", "Kärlek", "Brott", "Historia", "Natur", "Krig", "Barndom", "Landsbygd", "Hembygd",
    ]
    static let publishers = [
        ("Stockholm", "Bonnier"), ("Stockholm", "Norstedt"), ("Göteborg", "Bokförlaget Korpen"),
        ("Stockholm", "Natur & Kultur"), ("Lund", "Studentlitteratur"), ("Malmö", "Bokförlaget Ordfront"),
        ("Skövde", "Skaraborgs läns hembygdsförbund"), ("Stockholm", "Wahlström & Widstrand"),
    ]
}
