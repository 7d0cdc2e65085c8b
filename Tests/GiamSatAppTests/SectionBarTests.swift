import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// The section bar with more sections than fit (issue 18 adds an eighth): whichever is current is shown,
/// and a section out of view is marked by ‹ or ›, never dropped silently.
final class SectionBarFoldingTests: XCTestCase {
    /// The seven sections of today's bar, then as many more as asked, with the digits a tenth section would get.
    func items(_ count: Int, _ lang: Lang = .vi) -> [SectionBar.Item] {
        let words = Section.allCases.map { $0.shortLabel.text(lang) } + ["Văn bản", "Họp dân", "Tệp đính kèm", "Tiếp dân", "Lưu trữ"]
        return (0..<count).map { index in
            let place = index + 1
            return SectionBar.Item(key: place <= 9 ? String(place) : place == 10 ? "0" : nil, label: words[index % words.count])
        }
    }

    func testEveryOneOfManySectionsCanBeShownAndNoneIsLeftOffSilently() {
        for count in [7, 8, 10, 12] {
            let items = self.items(count)
            for width in [80, 60] {
                for current in items.indices {
                    let parts = SectionBar.layout(items, current: current, width: width)
                    let shown = parts.compactMap { part -> Int? in if case .item(let index) = part { return index }; return nil }
                    let context = "\(count) sections at \(width) columns, current \(current + 1)"
                    XCTAssertTrue(shown.contains(current), "\(context): the current section is shown")
                    XCTAssertEqual(shown, Array(shown.first!...shown.last!), "\(context): a run of neighbours")
                    XCTAssertEqual(parts.contains(.moreBefore), shown.first! > 0, "\(context): ‹ exactly when some lie before")
                    XCTAssertEqual(parts.contains(.moreAfter), shown.last! < count - 1, "\(context): › exactly when some lie after")
                    let used = parts.map { part in
                        if case .item(let index) = part { return DisplayWidth.of(items[index].text) }
                        return SectionBar.markerWidth
                    }.reduce(0, +)
                    XCTAssertLessThanOrEqual(used, width, context)
                    var canvas = Canvas(width: width, height: 1)
                    SectionBar.render(into: &canvas, y: 0, width: width, items: items, current: current)
                    XCTAssertTrue(canvas.text.contains(items[current].text), "\(context): drawn")
                }
            }
        }
    }

    func testTodaysSevenSectionsAllFitAt80AsBefore() {
        XCTAssertEqual(SectionBar.layout(items(7), current: 6, width: 80), (0..<7).map(SectionBar.Part.item))
        XCTAssertEqual(SectionBar.layout(items(7, .en), current: 0, width: 80), (0..<7).map(SectionBar.Part.item))
    }

    func testEightSectionsAt80ScrollToTheLastAndBack() {
        let items = self.items(8)
        let first = SectionBar.layout(items, current: 0, width: 80)
        XCTAssertEqual(first.first, .item(0))
        XCTAssertEqual(first.last, .moreAfter, "the eighth is marked, not dropped")
        let last = SectionBar.layout(items, current: 7, width: 80)
        XCTAssertEqual(last.first, .moreBefore)
        XCTAssertEqual(last.last, .item(7))
    }

    /// Sections are numbered by place, not by a raw value turned into a character: a tenth gets 0, later ones
    /// none (reached with Tab, Shift-Tab and the palette); today's seven keep 1–7.
    func testSectionKeysFollowTheirPlace() {
        XCTAssertEqual(Section.allCases.map(\.key), (1...Section.allCases.count).map { Key.char(Character(String($0))) })
        XCTAssertEqual(Section.switchKeys, "1–7 / Shift-Tab")
    }
}
