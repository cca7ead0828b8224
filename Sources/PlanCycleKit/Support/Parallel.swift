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
