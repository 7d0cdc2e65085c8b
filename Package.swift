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
    ],
    targets: [
        // The model, Vietnamese text, the SQLite store, import/export. Knows nothing of terminals.
        .target(name: "GiamSatCore", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // Pure terminal drawing: display width, canvas, widgets. Knows nothing of the model.
        .target(name: "TerminalUI"),
        // The wide-character ncurses API (see shim.h for why not pkgConfig).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only code that touches ncurses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalUI"]),
        // The app: state, update, screens, effects. Knows the model and the drawing, not ncurses.
        .target(name: "GiamSatApp", dependencies: ["GiamSatCore", "TerminalUI"]),
        // Argument parsing and wiring.
        .executableTarget(name: "giamsat-tui", dependencies: [
            "GiamSatCore", "TerminalUI", "CursesTerminal", "GiamSatApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make bench`: a large commune, timed (not a test).
        .executableTarget(name: "giamsat-bench", dependencies: ["GiamSatCore", "GiamSatApp", "TerminalUI"]),
        .testTarget(name: "GiamSatCoreTests", dependencies: ["GiamSatCore"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CursesTerminal"]),
        // Runs the built binary; depends on it so that `swift test` builds it first.
        .testTarget(name: "GiamSatAppTests", dependencies: ["GiamSatApp", "GiamSatCore", "TerminalUI"], exclude: ["Snapshots"]),
        .testTarget(name: "CLITests", dependencies: ["giamsat-tui"], exclude: ["Golden"]),
    ]
)
