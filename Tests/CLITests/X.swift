import XCTest
final class XCLITests: XCTestCase { func testA() {} }
