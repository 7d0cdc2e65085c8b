// libFuzzer harness for Telex and VNI typing (scripts/fuzz.sh, docs/security.md). It checks properties, not
// today's outputs, so changes to the rules keep it valid: no crash; typing with the method off is the keys as
// they are; words are independent (typing "x y" is typing "x", the key between, and "y" on its own); once
// composed (as TextField does) the text is NFC; and typing never loses the keys that are not letters.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTelex(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let keys = Array(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)).prefix(64)
    for method in InputMethod.allCases {
        let whole = typed(keys, method)
        check(whole == whole.precomposedStringWithCanonicalMapping, "not NFC: \(method) \(String(keys))")
        if method == .off { check(whole == String(keys), "off changed \(String(keys))") }
        // Cut after the first space: the second part starts a new word.
        if let cut = keys.firstIndex(of: " ") {
            let head = typed(keys[...cut], method), tail = typed(keys[(cut + 1)...], method)
            check(whole == head + tail, "\(method) \(String(keys)): \(whole) ≠ \(head) + \(tail)")
        }
        let others = { (text: String) in text.filter { !$0.isLetter && !$0.isNumber } }
        if method == .telex { check(others(whole) == others(String(keys)), "telex lost \(String(keys))") }
    }
    return 0
}

/// As TextField types: the letters before the cursor are the word the method works on.
private func typed(_ keys: ArraySlice<Character>, _ method: InputMethod) -> String {
    var text: [Character] = []
    for key in keys {
        let word = String(text.reversed().prefix(while: \.isLetter).reversed())
        text.removeLast(word.count)
        text += Array(method.type(key, after: word).precomposedStringWithCanonicalMapping)
    }
    return String(text)
}
