/// Writes a `giamsat-bundle` one record at a time, in the same bytes as
/// `BundleWriter.json(…).serialized()` (top-level keys at indent 1, records at indent 2).
/// The export streams through it; `make bench` writes its generated commune with it.
public final class BundleStreamWriter {
    private let sink: TextSink
    private var first = true
    private var emptyArray = true
    public private(set) var recordCount = 0

    public init(sink: TextSink) throws {
        self.sink = sink
        try key("format")
        try sink.write("\"\(CaseBundle.format)\"")
        try key("version")
        try sink.write(String(CaseBundle.version))
    }

    private func key(_ name: String) throws {
        try sink.write(first ? "{\n  \"\(name)\": " : ",\n  \"\(name)\": ")
        first = false
    }

    public func commune(_ commune: Commune, formerUnits: [FormerUnit] = []) throws {
        try key("commune")
        var text = ""
        BundleWriter.commune(commune, formerUnits: formerUnits).write(to: &text, indent: 1)
        try sink.write(text)
    }

    /// Opens the array of one kind of record (`Entity.bundleKey`); arrays come in DOMAIN.md's order.
    public func begin(_ entity: Entity) throws {
        try key(entity.bundleKey)
        emptyArray = true
    }

    public func record(_ value: JSONValue) throws {
        var text = emptyArray ? "[\n    " : ",\n    "
        emptyArray = false
        value.write(to: &text, indent: 2)
        try sink.write(text)
        recordCount += 1
    }

    public func end() throws {
        try sink.write(emptyArray ? "[]" : "\n  ]")
    }

    /// Closes the document and the sink.
    public func finish() throws {
        try sink.write("\n}\n")
        try sink.finish()
    }
}
