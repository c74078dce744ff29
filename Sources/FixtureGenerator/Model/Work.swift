import Foundation

/// A work: what a title and author stand for, before any edition. Made from its number and the seed alone.
struct Work {
    enum Popularity: String { case bestseller, ordinary, local }

    let id: Int
    let popularity: Popularity
    let fiction: Bool
    let title: String
    let subtitle: String?
    let familyName: String
    let givenName: String
    let year: Int
    /// SAB classification code (`Hc` fiction, `Hcf` children, `K` history …).
    let sab: String
    let subject: String
    /// For local history: the one municipality (index into the consortium) that holds it.
    let localMunicipality: Int?

    init(id: Int, seed: UInt64, municipalities: [Municipality]) {
        var rng = SplitMix64(seed, 1, UInt64(id))
        self.id = id
        let draw = rng.unit()
        popularity = draw < 0.07 ? .bestseller : draw < 0.17 ? .local : .ordinary
        familyName = rng.pick(Vocabulary.familyNames)
        givenName = rng.pick(Vocabulary.givenNames)
        year = popularity == .bestseller ? rng.int(2012, 2025) : rng.int(1968, 2025)
        subject = rng.pick(Vocabulary.subjects)
        if popularity == .local {
            let holder = rng.int(municipalities.count)
            localMunicipality = holder
            let places = Vocabulary.localPlaces[municipalities[holder].name] ?? [municipalities[holder].name]
            let place = rng.chance(0.4) ? municipalities[holder].name : rng.pick(places)
            title = rng.pick(Vocabulary.localTitles).replacingOccurrences(of: "%@", with: place)
            subtitle = rng.chance(0.5) ? "en lokalhistorisk studie" : nil
            fiction = false
            sab = rng.pick(["Kc.7", "Lz", "Kc"])
        } else {
            localMunicipality = nil
            fiction = rng.chance(0.6)
            if fiction {
                title = rng.chance(0.5)
                    ? "\(rng.pick(Vocabulary.adjectives)) \(rng.pick(Vocabulary.nouns))"
                    : "\(rng.pick(Vocabulary.persons)) från \(rng.pick(Vocabulary.places))"
                subtitle = rng.chance(0.6) ? rng.pick(Vocabulary.fictionSubtitles) : nil
                sab = rng.pick(["Hc", "Hc.01", "Hcf", "Hce"])
            } else {
                title = rng.pick(Vocabulary.topics)
                subtitle = rng.chance(0.7) ? rng.pick(Vocabulary.factSubtitles) : nil
                sab = rng.pick(["Pm", "Qb", "Ubb", "Vmc", "K", "Ue", "Rb"])
            }
        }
    }

    /// `Family, Given`, as 100 $a has it.
    var heading: String { "\(familyName), \(givenName)" }
    /// `Given Family`, as 245 $c has it.
    var statementName: String { "\(givenName) \(familyName)" }
}
