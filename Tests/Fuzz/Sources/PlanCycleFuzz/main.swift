import Foundation
@testable import PlanCycleKit

/// libFuzzer's entry: one input, given to the target that FUZZ_TARGET names (Tests/Fuzz/run sets it).
/// A target returns normally for every input; a crash, a leak, a timeout or a broken promise
/// (`Fuzz.require`) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let target = Fuzz.target else { fatalError("FUZZ_TARGET must name one of: \(Fuzz.targets.keys.sorted())") }
    target(bytes)
    return 0
}

/// Before the first input: the shipped site, templates and wording that the targets check against
/// are read here, so that no input is charged with that time.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = Readers.shipped
    _ = TemplateTargets.shipped
    Fuzz.target?(Data())
    return 0
}
