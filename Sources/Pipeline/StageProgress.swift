/// How far a stage has come, for a progress display: `done` of `total` (when known) `unit`s of its current step.
public struct StageProgress: Sendable {
    public var stage: String
    public var step: String
    public var done: Int
    public var total: Int?
    public var unit: String

    public init(stage: String, step: String, done: Int, total: Int? = nil, unit: String) {
        self.stage = stage
        self.step = step
        self.done = done
        self.total = total
        self.unit = unit
    }
}
