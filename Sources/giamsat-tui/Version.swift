/// The program's version, in this one place: `--version` prints it, `--help` names it, and `make dist`
/// asks the built binary for it to name the package (scripts/dist.sh), so the two cannot differ.
enum Version {
    static let current = "1.0.0"
}
