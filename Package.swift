// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "giamsat-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "giamsat-tui", targets: ["giamsat-tui"]),
        .executable(name: "giamsat-bench", targets: ["giamsat-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Reporters' identities sealed at rest (`protect`): X25519, ChaChaPoly, HKDF, scrypt (docs/security.md).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The office's documents (issue 18): .docx/.xlsx are zip files built in memory; their prose is templates.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // The model, Vietnamese text, the SQLite store, import/export. Knows nothing of terminals.
        .target(name: "GiamSatCore", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // Word and Excel files from plain values: the XML parts, zipped in memory. Knows nothing of the model.
        .target(name: "OfficeFiles", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The office's documents from its records (report, plan, decision, letters, registers), prose in templates.
        .target(name: "GiamSatDocuments", dependencies: [
            "GiamSatCore", "OfficeFiles", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Pure terminal drawing: display width, canvas, widgets. Knows nothing of the model.
        .target(name: "TerminalUI"),
        // The wide-character ncurses API (see shim.h for why not pkgConfig).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only code that touches ncurses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalUI"]),
        // The app: state, update, screens, effects. Knows the model and the drawing, not ncurses.
        .target(name: "GiamSatApp", dependencies: ["GiamSatCore", "GiamSatDocuments", "OfficeFiles", "TerminalUI"]),
        // Argument parsing and wiring.
        .executableTarget(name: "giamsat-tui", dependencies: [
            "GiamSatCore", "GiamSatDocuments", "OfficeFiles", "TerminalUI", "CursesTerminal", "GiamSatApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make bench`: a large commune, timed (not a test).
        .executableTarget(name: "giamsat-bench", dependencies: ["GiamSatCore", "GiamSatApp", "TerminalUI"]),
        .testTarget(name: "GiamSatCoreTests", dependencies: ["GiamSatCore"]),
        .testTarget(name: "DocumentTests", dependencies: [
            "GiamSatDocuments", "OfficeFiles", "GiamSatCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CursesTerminal"]),
        // Runs the built binary; depends on it so that `swift test` builds it first.
        .testTarget(name: "GiamSatAppTests", dependencies: ["GiamSatApp", "GiamSatCore", "TerminalUI"], exclude: ["Snapshots"]),
        .testTarget(name: "CLITests", dependencies: ["giamsat-tui"], exclude: ["Golden"]),
    ]
)
