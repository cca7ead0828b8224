import Dispatch
import Foundation

/// Runs independent pieces of work on every core, keeping results in input order, so that
/// output stays deterministic however the work is scheduled.
enum Parallel {
    static func map<T>(_ count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        let slots = Slots<T>(count)
        withoutActuallyEscaping(work) { work in
            let box = UncheckedBox(work)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.set(index, box.value(index))
            }
        }
        return slots.values()
    }

    /// `first()` on this thread while `second()` runs on another. Not `map(2)`: a `map` inside
    /// either would then be nested in libdispatch's `concurrentPerform`, which runs it on one core.
    static func both<A, B>(_ first: () -> A, _ second: @escaping () -> B) -> (A, B) {
        let slot = Slots<B>(1)
        let group = DispatchGroup()
        let box = UncheckedBox(second)
        DispatchQueue.global().async(group: group) { slot.set(0, box.value()) }
        let a = first()
        group.wait()
        guard let b = slot.values().first else { preconditionFailure("the second piece of work ran to its end") }
        return (a, b)
    }

    /// Results written by index from several threads, under a lock.
    private final class Slots<T>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()

        init(_ count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        func values() -> [T] { storage.compactMap { $0 } }
    }

    /// Work that is safe to run concurrently because each call touches only its own data.
    private struct UncheckedBox<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }
}
