// libFuzzer harness for date parsing (scripts/fuzz.sh, docs/security.md).
// Properties: no crash; every date read is a real day inside LocalDate.validYears, and it reads back the same from
// its ISO and Vietnamese forms and from its day number.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for date in [LocalDate(iso: text), LocalDate(vietnamese: text), LocalDate(parsing: text)].compactMap({ $0 }) {
        check(LocalDate.validYears.contains(date.year), "\(text) → \(date.iso)")
        check((1...12).contains(date.month) && (1...LocalDate.daysIn(month: date.month, year: date.year)).contains(date.day))
        check(LocalDate(iso: date.iso) == date && LocalDate(vietnamese: date.vietnamese) == date, "\(text) → \(date.iso)")
        check(LocalDate(dayNumber: date.dayNumber) == date)
    }
    return 0
}
