import Foundation


/// Built-in Vietnamese typing (Telex and VNI) for desks whose console has no input method.
/// Works on the word before the cursor: each key either changes that word (a tone, a hat,
/// a horn, đ) or is typed as it is. Pass-through when off, so a system IME still works.
public enum InputMethod: String, Sendable, CaseIterable {
    case telex, vni, off

    /// What the status bar shows.
    public var badge: String {
        switch self {
        case .telex: return "VN Telex"
        case .vni: return "VN VNI"
        case .off: return "EN"
        }
    }

    /// The next method in the toggle cycle: Telex → VNI → off → Telex.
    public var next: InputMethod {
        switch self {
        case .telex: return .vni
        case .vni: return .off
        case .off: return .telex
        }
    }

    /// Types `key` at the end of `word` (the letters before the cursor) and returns the new word.
    public func type(_ key: Character, after word: String) -> String {
        guard self != .off else { return word + String(key) }
        var syllable = Syllable(word)
        switch action(for: key).map({ syllable.apply($0, key: key) }) ?? .literal {
        case .applied:
            return syllable.text
        case .undone:
            // The same key twice takes the change back and types the key ("aaa" → "aa", "ass" → "as").
            syllable.append(key)
            return syllable.text
        case .replaced:
            // Telex "ww": the "ư" a lone "w" made becomes the "w" typed ("TWW" → "TW").
            return syllable.text
        case .literal:
            // Anything but a letter ends the word and leaves it alone.
            guard key.isLetter else { return word + String(key) }
            // A plain letter may move the tone: "hòa" + "n" → "hoàn".
            var plain = Syllable(word + String(key))
            plain.placeTone()
            return plain.text
        }
    }

    enum Action: Equatable {
        case tone(Tone)
        case removeTone
        case circumflex(Character?) // Telex names the vowel (aa, ee, oo); VNI's 6 takes any a/e/o
        case horn                    // ơ, ư (and ươ); Telex w also makes ă
        case breve
        case hornOrBreve
        case dBar
    }

    func action(for key: Character) -> Action? {
        let lower = Character(key.lowercased())
        switch self {
        case .telex:
            switch lower {
            case "s": return .tone(.acute)
            case "f": return .tone(.grave)
            case "r": return .tone(.hook)
            case "x": return .tone(.tilde)
            case "j": return .tone(.dot)
            case "z": return .removeTone
            case "a", "e", "o": return .circumflex(lower)
            case "w": return .hornOrBreve
            case "d": return .dBar
            default: return nil
            }
        case .vni:
            switch key {
            case "1": return .tone(.acute)
            case "2": return .tone(.grave)
            case "3": return .tone(.hook)
            case "4": return .tone(.tilde)
            case "5": return .tone(.dot)
            case "0": return .removeTone
            case "6": return .circumflex(nil)
            case "7": return .horn
            case "8": return .breve
            case "9": return .dBar
            default: return nil
            }
        case .off:
            return nil
        }
    }
}

enum Tone: Equatable {
    case acute, grave, hook, tilde, dot

    var mark: Unicode.Scalar {
        switch self {
        case .acute: return "\u{301}"
        case .grave: return "\u{300}"
        case .hook: return "\u{309}"
        case .tilde: return "\u{303}"
        case .dot: return "\u{323}"
        }
    }

    init?(mark: Unicode.Scalar) {
        switch mark {
        case "\u{301}": self = .acute
        case "\u{300}": self = .grave
        case "\u{309}": self = .hook
        case "\u{303}": self = .tilde
        case "\u{323}": self = .dot
        default: return nil
        }
    }
}

/// A word split into toneless letters (with their case) and one tone.
struct Syllable {
    var letters: [Character]   // lower case, hats and horns kept, no tone
    var upper: [Bool]
    var tone: Tone?
    /// Where the tone sits; nil until placed.
    private var toneIndex: Int?

    static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    static let marked: Set<Character> = ["ă", "â", "ê", "ô", "ơ", "ư"]

    init(_ word: String) {
        letters = []
        upper = []
        for character in word {
            var base = String.UnicodeScalarView()
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
                if let found = Tone(mark: scalar) { tone = found } else { base.append(scalar) }
            }
            let letter = String(base).precomposedStringWithCanonicalMapping
            letters.append(Character(letter.lowercased()))
            upper.append(letter != letter.lowercased())
        }
        placeTone()
    }

    var text: String {
        var result = ""
        for (index, letter) in letters.enumerated() {
            var piece = String(letter)
            if index == toneIndex, let tone { piece = (piece + String(tone.mark)).precomposedStringWithCanonicalMapping }
            result += upper[index] ? piece.uppercased() : piece
        }
        return result
    }

    /// Indices of the vowel nucleus: "qu" and "gi" (before another vowel) count as consonants.
    var nucleus: [Int] {
        var indices = letters.indices.filter { Self.vowels.contains(letters[$0]) }
        guard let last = indices.popLast() else { return [] }
        // Only the last run of vowels forms the nucleus.
        var run = [last]
        while let previous = indices.last, previous == run[0] - 1 { run.insert(indices.removeLast(), at: 0) }
        if run.count > 1, run[0] > 0 {
            let before = letters[run[0] - 1]
            if (before == "q" && letters[run[0]] == "u") || (before == "g" && letters[run[0]] == "i") { run.removeFirst() }
        }
        return run
    }

    /// Classic placement (hòa, thủy, người): on the marked vowel (ơ of ươ); else the only vowel;
    /// else the middle of three; else the second of two when a consonant follows, the first otherwise.
    mutating func placeTone() {
        let n = nucleus
        guard tone != nil, !n.isEmpty else { toneIndex = nil; return }
        if let horned = n.last(where: { Self.marked.contains(letters[$0]) }) {
            toneIndex = horned
        } else if n.count == 1 {
            toneIndex = n[0]
        } else if n.count >= 3 {
            toneIndex = n[1]
        } else {
            toneIndex = n[1] < letters.count - 1 ? n[1] : n[0]
        }
    }

    enum Outcome { case applied, undone, replaced, literal }

    mutating func append(_ key: Character) {
        letters.append(Character(key.lowercased()))
        upper.append(key.isUppercase)
        placeTone()
    }

    /// Applies a key's action to the word; `key` gives the case of a letter the action adds.
    mutating func apply(_ action: InputMethod.Action, key: Character) -> Outcome {
        switch action {
        case .tone(let new):
            guard !nucleus.isEmpty else { return .literal }
            if tone == new {
                tone = nil
                placeTone()
                return .undone
            }
            tone = new
        case .removeTone:
            guard tone != nil else { return .literal }
            tone = nil
        case .circumflex(let vowel):
            let targets: [Character: Character] = ["a": "â", "e": "ê", "o": "ô"]
            let undo: [Character: Character] = ["â": "a", "ê": "e", "ô": "o"]
            let n = nucleus
            if let index = n.last(where: { vowel == nil ? targets[letters[$0]] != nil : letters[$0] == vowel }) {
                letters[index] = targets[letters[index]]!
            } else if let index = n.last(where: { undo[letters[$0]] != nil && (vowel == nil || undo[letters[$0]] == vowel) }) {
                letters[index] = undo[letters[index]]!
                return .undone
            } else {
                return .literal
            }
        case .horn, .breve, .hornOrBreve:
            if applyHornOrBreve(action, upper: key.isUppercase) { break }
            return undoHornOrBreve(action, key: key)
        case .dBar:
            return applyDBar()
        }
        placeTone()
        return .applied
    }

    /// đ as Unikey types it with the spelling check off: the d just typed, in any word ("HDDND" → "HĐND",
    /// "QDD" → "QĐ"); or the first d of a syllable typed later ("dinhd" → "đinh"). The same key again undoes it.
    private mutating func applyDBar() -> Outcome {
        if letters.last == "d" {
            letters[letters.count - 1] = "đ"
            return .applied
        }
        if letters.last == "đ" {
            letters[letters.count - 1] = "d"
            return .undone
        }
        // Only a word that is one syllable starting with d: "HĐN" + "d" stays "HĐND".
        let ds = letters.indices.filter { letters[$0] == "d" || letters[$0] == "đ" }
        guard ds == [0], !nucleus.isEmpty else { return .literal }
        let undoing = letters[0] == "đ"
        letters[0] = undoing ? "d" : "đ"
        placeTone()
        return undoing ? .undone : .applied
    }

    /// A horn or breve key with nothing left to mark takes the marks back ("uww" → "uw", "aww" → "aw");
    /// a lone "ư" made by Telex "w" becomes that "w" ("ww" → "w", "TWW" → "TW").
    private mutating func undoHornOrBreve(_ action: InputMethod.Action, key: Character) -> Outcome {
        let plain: [Character: Character] = ["ư": "u", "ơ": "o", "ă": "a"]
        let marked = nucleus.filter { plain[letters[$0]] != nil }
        guard !marked.isEmpty else { return .literal }
        if action == .hornOrBreve, marked == [letters.count - 1], nucleus.count == 1, letters.last == "ư" {
            letters[letters.count - 1] = Character(key.lowercased())
            upper[letters.count - 1] = key.isUppercase
            tone = nil
            placeTone()
            return .replaced
        }
        for index in marked { letters[index] = plain[letters[index]]! }
        placeTone()
        return .undone
    }

    private mutating func applyHornOrBreve(_ action: InputMethod.Action, upper isUpper: Bool) -> Bool {
        let n = nucleus
        let horn = action != .breve
        let breve = action != .horn
        // "uo" takes the horn on both: ươ (người, trường).
        if horn, let u = n.firstIndex(where: { letters[$0] == "u" }), u + 1 < n.count, letters[n[u + 1]] == "o" {
            letters[n[u]] = "ư"
            letters[n[u + 1]] = "ơ"
            return true
        }
        if horn, let index = n.last(where: { letters[$0] == "o" || letters[$0] == "u" }) {
            letters[index] = letters[index] == "o" ? "ơ" : "ư"
            if letters[index] == "ơ", index > 0, letters[index - 1] == "u" { letters[index - 1] = "ư" }
            return true
        }
        if breve, let index = n.last(where: { letters[$0] == "a" }) {
            letters[index] = "ă"
            return true
        }
        if horn && breve && n.isEmpty {
            // Telex "w" alone is ư, in the key's case: "tw" → "tư", "TW" → "TƯ".
            letters.append("ư")
            upper.append(isUpper)
            return true
        }
        return false
    }
}
