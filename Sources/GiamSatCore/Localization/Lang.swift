/// The UI language: Vietnamese first, English second.
public enum Lang: String, Sendable, CaseIterable {
    case vi, en

    /// `--lang` wins; else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it says English; else Vietnamese.
    public static func resolve(option: String?, environment: [String: String]) -> Lang {
        if let option, let lang = Lang(rawValue: option.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .vi
            }
        }
        return .vi
    }
}

/// A user-visible text in both languages.
public struct Localized: Sendable, Hashable {
    public let vi: String
    public let en: String

    public init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }

    public func text(_ lang: Lang) -> String { lang == .vi ? vi : en }
}
