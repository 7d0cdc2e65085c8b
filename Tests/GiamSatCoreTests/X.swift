import XCTest
final class XGiamSatCoreTests: XCTestCase { func testA() {} }
