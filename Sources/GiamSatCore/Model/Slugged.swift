/// An enumeration stored by a stable ASCII slug (files, database) and shown by a label.
/// Labels live in `Localization/Labels.swift`, the one table of user-visible words.
public protocol Slugged: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// The noun for the whole enumeration in errors ("kênh tiếp nhận"), by language.
    static var fieldName: Localized { get }
    var label: Localized { get }
}

extension Slugged {
    public var slug: String { rawValue }
    public func label(_ lang: Lang) -> String { label.text(lang) }
    public static var allSlugs: [String] { allCases.map(\.rawValue) }
}
