import XCTest

/// A test case with a temporary folder of its own, removed afterwards, and a way to write files into it.
class FolderTestCase: XCTestCase {
    var folder = ""

    override func setUp() {
        folder = NSTemporaryDirectory() + "giamsat-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ text: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
