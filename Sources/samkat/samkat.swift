import ArgumentParser
import MARC

@main
struct Samkat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moves municipal library catalogues into one Koha catalogue."
    )
}
