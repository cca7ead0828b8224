import Foundation
import Yams
@testable import PlanCycleKit

/// A YAML text composed by PlanCycle and by Yams (with the basic resolver, which PlanCycle's
/// composer replaced), each written out the same way: tree, styles, tags, marks, or the error and
/// its place. Used by YAMLComposerTests and, through a link, by the `yaml` fuzz target.
enum YAMLOutline {
    static func ours(_ text: String) -> String {
        do {
            return try YAMLComposer.compose(text).map(outline) ?? "nil"
        } catch {
            let context = error.context.map { " while \($0.text) at \($0.mark.line):\($0.mark.column)" } ?? ""
            let place = error.mark.map { "\($0.line):\($0.column)" } ?? "-"
            switch error.stage {
            case .duplicateKeys: return duplicates(error.duplicates, at: place)
            case .reader: return "error reader \(error.problem)"
            default: return "error \(error.problem) at \(place)\(context)"
            }
        }
    }

    static func yams(_ text: String) -> String {
        do {
            return try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8).map(outline) ?? "nil"
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let about = context.map { " while \($0.text) at \($0.mark.line):\($0.mark.column)" } ?? ""
                return "error \(problem) at \(mark.line):\(mark.column)\(about)"
            case .duplicatedKeysInMapping(let keys, let context):
                return duplicates(keys, at: "\(context.mark.line):\(context.mark.column)")
            case .reader(let problem, _, _, _):
                return "error reader \(problem)"
            default:
                return "error \(error)"
            }
        } catch {
            return "error \(error)"
        }
    }

    /// Keys written twice. When a list or block is among them, Yams' order of the keys (and so the
    /// place, the first key's) depends on its hashing, which changes from run to run: then only
    /// which keys they are is compared. (Found by the yaml fuzz target.)
    static func duplicates(_ keys: [String], at place: String) -> String {
        keys.contains("<uncovertable>") ? "error duplicate \(keys.sorted())" : "error duplicate \(keys) at \(place)"
    }

    static func outline(_ node: YAMLNode) -> String {
        let at = "@\(node.mark.line):\(node.mark.column)"
        switch node {
        case .scalar(let scalar):
            return "\(scalar.isPlain ? "plain" : "styled") \(scalar.tag ?? "") \(scalar.string.debugDescription)\(at)"
        case .sequence(let items, let tag, _):
            return "[\(tag ?? "") " + items.map(outline).joined(separator: ", ") + "]\(at)"
        case .mapping(let pairs, let tag, _):
            return "{\(tag ?? "") " + pairs.map { outline($0.key) + ": " + outline($0.value) }.joined(separator: ", ") + "}\(at)"
        }
    }

    /// Yams' node, with the tags that are YAML's defaults for a node's kind left out, as PlanCycle's tree does.
    static func outline(_ node: Yams.Node) -> String {
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        func tag(_ tag: Yams.Tag, default kind: String) -> String {
            let name = tag.rawValue
            // The non-specific `!` is the kind's default: Yams resolves it so when it compares keys.
            return [Tag.Name.implicit.rawValue, Tag.Name.nonSpecific.rawValue, "tag:yaml.org,2002:" + kind].contains(name) ? "" : name
        }
        switch node {
        case .scalar(let scalar):
            return "\(scalar.style == .plain ? "plain" : "styled") \(tag(scalar.tag, default: "str")) \(scalar.string.debugDescription)\(at)"
        case .sequence(let sequence):
            return "[\(tag(sequence.tag, default: "seq")) " + sequence.map(outline).joined(separator: ", ") + "]\(at)"
        case .mapping(let mapping):
            return "{\(tag(mapping.tag, default: "map")) " + mapping.map { outline($0.key) + ": " + outline($0.value) }.joined(separator: ", ") + "}\(at)"
        case .alias(let alias):
            return "alias \(alias.anchor)"
        }
    }

}
