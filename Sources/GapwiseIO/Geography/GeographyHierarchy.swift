// GeographyHierarchy: nested areas (data zone → intermediate zone → council area → HSCP → health board) with code lookups both ways.

/// Areas nested in levels, finest first, as loaded from a lookup file (see `GeographyLookupLayout`
/// and `init(table:layout:)`): every area of one level lies in exactly one area of each coarser level.
///
/// Everything is keyed by code, never by name: names repeat (1,279 intermediate zones share 1,250
/// names; "IZ01" is in two councils) and differ between publishers ("Na h-Eileanan Siar" in PHS
/// files, "Na h-Eileanan an Iar" in the SIMD files), so a name is only ever looked up *from* a code.
///
/// Properties: codes are unique within the hierarchy (levels have disjoint entity types); `areas(at:)`
/// and `children(of:)` are sorted by code; the areas of a level partition every coarser area.
package struct GeographyHierarchy: Sendable {
    struct Record: Sendable {
        /// Index of the area's level in `levels`.
        var level: Int
        var name: String?
        /// The area of the next coarser level (nil for the coarsest level).
        var parent: AreaCode?
        /// The areas of the next finer level inside this one, sorted (empty for the finest level).
        var children: [AreaCode]
    }

    /// The file the lookup was read from (as named in messages).
    public let source: String
    /// The levels present, finest first.
    public let levels: [GeographyLevel]
    /// The areas of each level, sorted by code.
    let areasByLevel: [[AreaCode]]
    var records: [AreaCode: Record]

    init(source: String, levels: [GeographyLevel], areasByLevel: [[AreaCode]], records: [AreaCode: Record]) {
        self.source = source
        self.levels = levels
        self.areasByLevel = areasByLevel
        self.records = records
    }

    /// Whether the hierarchy has `level`.
    public func contains(_ level: GeographyLevel) -> Bool { levels.contains(level) }

    /// Whether `code` is an area of the hierarchy.
    public func contains(_ code: AreaCode) -> Bool { records[code] != nil }

    /// The areas of `level`, sorted by code. Throws `levelNotInLookup` if the hierarchy lacks the level.
    public func areas(at level: GeographyLevel) throws(GeographyError) -> [AreaCode] {
        areasByLevel[try index(of: level)]
    }

    /// The level of `code`, or nil if the code is not in the hierarchy.
    public func level(of code: AreaCode) -> GeographyLevel? {
        records[code].map { levels[$0.level] }
    }

    /// The name the lookup gives `code`, or nil if the code is unknown or its level has no names.
    public func name(of code: AreaCode) -> String? { records[code]?.name }

    /// The area of the next coarser level containing `code` (e.g. the intermediate zone of a data
    /// zone); nil if the code is unknown or of the coarsest level.
    public func parent(of code: AreaCode) -> AreaCode? { records[code]?.parent }

    /// The area of `level` containing `code`: the code itself at its own level, its parent, its
    /// parent's parent, and so on. Nil if the code is unknown or `level` is finer than the code's.
    /// Throws `levelNotInLookup` if the hierarchy lacks `level`.
    public func area(containing code: AreaCode, at level: GeographyLevel) throws(GeographyError) -> AreaCode? {
        let target = try index(of: level)
        guard var r = records[code], r.level <= target else { return nil }
        var c = code
        while r.level < target {
            c = r.parent!
            r = records[c]!
        }
        return c
    }

    /// The areas of the next finer level inside `code`, sorted (e.g. the intermediate zones of a
    /// council area); empty if the code is unknown or of the finest level.
    public func children(of code: AreaCode) -> [AreaCode] { records[code]?.children ?? [] }

    /// The areas of `level` inside `code`, sorted (e.g. the data zones of council area `S12000033`);
    /// `[code]` at the code's own level; empty if the code is unknown or `level` is coarser.
    /// Throws `levelNotInLookup` if the hierarchy lacks `level`.
    public func areas(in code: AreaCode, at level: GeographyLevel) throws(GeographyError) -> [AreaCode] {
        let target = try index(of: level)
        guard let r = records[code], r.level >= target else { return [] }
        var current = [code]
        for _ in stride(from: r.level, to: target, by: -1) {
            current = current.flatMap { records[$0]!.children }
        }
        return current.sorted()
    }

    func index(of level: GeographyLevel) throws(GeographyError) -> Int {
        guard let k = levels.firstIndex(of: level) else { throw .levelNotInLookup(level: level, available: levels) }
        return k
    }
}
