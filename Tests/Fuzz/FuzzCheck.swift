// Shared by every harness: a failed property stops the run with its message (precondition's is dropped under -O).
func check(_ holds: Bool, _ message: @autoclosure () -> String = "") {
    if !holds { fatalError(message()) }
}
