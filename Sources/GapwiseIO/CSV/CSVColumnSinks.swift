// CSVColumnSinks: the growing storage of one selected column while a file is being read.

/// What the reader does with the fields of one column.
enum SlotKind: UInt8 {
    /// Not selected: scanned (and UTF-8 checked when the chunk is not ASCII) but not stored.
    case skip
    /// A column with a blank header name, allowed by `ignoreEmptyUnnamedColumns`: every field must be blank.
    case blankOnly
    /// Read as numbers; a value that is neither a number nor a missing marker is an error.
    case number
    /// Read as numbers until a value is neither; then the column becomes text.
    case inferred
    /// Read as text.
    case text
}

/// Numbers of one column, appended row by row: values (NaN where missing) and the missing mask.
///
/// The hot loop appends into a small staging area (two stores, no uniqueness checks) that stays in
/// cache; `flush()` moves it to the result arrays in bulk after every buffer. Owned by a
/// `CSVColumnStore`, which frees the staging area.
struct NumberSink {
    private(set) var values: [Double] = []
    private(set) var missing: [Bool] = []
    private var stage: UnsafeMutablePointer<Double>
    private var stageMissing: UnsafeMutablePointer<Bool>
    private var staged = 0
    private var stageCapacity: Int
    /// Whether any non-missing value has been stored (decides how an inferred column turns into text).
    private(set) var sawValue = false

    init(stageCapacity: Int = 1024) {
        self.stageCapacity = max(stageCapacity, 16)
        stage = .allocate(capacity: self.stageCapacity)
        stageMissing = .allocate(capacity: self.stageCapacity)
    }

    /// Values stored so far, flushed or not.
    var count: Int { values.count + staged }

    @inline(__always)
    mutating func append(_ v: Double) {
        if staged == stageCapacity { growStage() }
        stage[staged] = v
        stageMissing[staged] = false
        staged &+= 1
        sawValue = true
    }

    mutating func appendMissing() {
        if staged == stageCapacity { growStage() }
        stage[staged] = .nan
        stageMissing[staged] = true
        staged += 1
    }

    /// Undoes the last append of the current buffer (a row left unfinished is re-read with the next buffer).
    mutating func removeLast() {
        precondition(staged > 0, "NumberSink.removeLast: nothing appended since the last flush")
        staged -= 1
    }

    /// Moves the staged values to the result arrays.
    mutating func flush() {
        guard staged > 0 else { return }
        values.append(contentsOf: UnsafeBufferPointer(start: stage, count: staged))
        missing.append(contentsOf: UnsafeBufferPointer(start: stageMissing, count: staged))
        staged = 0
    }

    /// Appends another sink's flushed values after this one's (the second half of a file read in two halves).
    mutating func append(contentsOf other: NumberSink) {
        values.append(contentsOf: other.values)
        missing.append(contentsOf: other.missing)
    }

    /// Reserves room for `n` values in the result arrays.
    mutating func reserve(_ n: Int) {
        values.reserveCapacity(n)
        missing.reserveCapacity(n)
    }

    @inline(never)
    private mutating func growStage() {
        let n = stageCapacity * 2
        let newStage = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let newMissing = UnsafeMutablePointer<Bool>.allocate(capacity: n)
        newStage.moveInitialize(from: stage, count: staged)
        newMissing.moveInitialize(from: stageMissing, count: staged)
        stage.deallocate()
        stageMissing.deallocate()
        stage = newStage
        stageMissing = newMissing
        stageCapacity = n
    }

    /// Frees the staging area (the result arrays are ordinary Swift arrays).
    func deallocateStage() {
        stage.deallocate()
        stageMissing.deallocate()
    }
}

/// Per-field plan and numeric storage of one pass, reached through pointers so that the parser's hot
/// loop makes no exclusivity or uniqueness checks; frees everything on deinit.
final class CSVColumnStore {
    struct Slot {
        var kind: SlotKind
        /// Index into `numbers` (number/inferred) or the parser's text sinks (text); -1 when skipped.
        var index: Int
    }

    let fieldCount: Int
    let slots: UnsafeMutablePointer<Slot>
    let numbers: UnsafeMutablePointer<NumberSink>
    let numberCount: Int
    /// 256 flags: true for the bytes that can end an unquoted field or are not allowed in it
    /// (delimiter, LF, CR, quote).
    let special: UnsafeMutablePointer<Bool>

    init(kinds: [SlotKind], delimiter: UInt8) {
        special = .allocate(capacity: 256)
        special.initialize(repeating: false, count: 256)
        for b in [delimiter, 0x0A, 0x0D, 0x22] { special[Int(b)] = true }
        fieldCount = kinds.count
        slots = .allocate(capacity: max(kinds.count, 1))
        var numeric = 0
        for (k, kind) in kinds.enumerated() {
            let isNumber = kind == .number || kind == .inferred
            (slots + k).initialize(to: Slot(kind: kind, index: isNumber ? numeric : -1))
            if isNumber { numeric += 1 }
        }
        numberCount = numeric
        numbers = .allocate(capacity: max(numeric, 1))
        for k in 0..<numeric { (numbers + k).initialize(to: NumberSink()) }
    }

    /// Replaces numeric sink `k` by an empty one (the column turned into text).
    func discardNumbers(_ k: Int) {
        numbers[k].deallocateStage()
        numbers[k] = NumberSink(stageCapacity: 16)
    }

    /// Moves every column's staged values to its result arrays.
    func flush() {
        for k in 0..<numberCount { numbers[k].flush() }
    }

    deinit {
        for k in 0..<numberCount { numbers[k].deallocateStage() }
        numbers.deinitialize(count: numberCount)
        numbers.deallocate()
        slots.deinitialize(count: fieldCount)
        slots.deallocate()
        special.deallocate()
    }
}

/// Text of one column: strings ("" where missing) and the missing mask, appended row by row.
struct TextSink {
    var values: [String] = []
    var missing: [Bool] = []
    var missingCount = 0

    init() {}

    /// A sink that starts with `rows` missing values (an inferred column that met text before any number).
    init(missingRows rows: Int) {
        values = Array(repeating: "", count: rows)
        missing = Array(repeating: true, count: rows)
        missingCount = rows
    }

    mutating func append(_ s: String) {
        values.append(s)
        missing.append(false)
    }

    mutating func appendMissing() {
        values.append("")
        missing.append(true)
        missingCount += 1
    }

    mutating func removeLast() {
        values.removeLast()
        if missing.removeLast() { missingCount -= 1 }
    }
}
