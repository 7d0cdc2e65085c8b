import XCTest
final class XTerminalUITests: XCTestCase { func testA() {} }
