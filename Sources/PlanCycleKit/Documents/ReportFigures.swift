/// The figures of the summary report on one year, computed from its plan, outcomes and letters.
/// Kept apart from wording so that each can be tested against hand-computed values.
struct ReportFigures {
    /// One activity: planned against actual.
    struct Row {
        var id: String
        var title: String
        var plannedForms: [ParticipationForm]
        var deliveredForms: [ParticipationForm]
        var plannedStaffDays: Int?
        var usedStaffDays: Int?
        /// nil when there is no outcome record.
        var status: Outcome.Status?
        var unplanned: Bool
        var carryOver: Bool
    }

    struct FormTotal {
        var form: ParticipationForm
        var planned: Int
        var delivered: Int
    }

    struct ProcessTotal {
        var process: String
        var planned: Int
        var held: Int
    }

    /// Replies to one circular letter.
    struct LetterReplies {
        var letter: CircularLetter
        var memberStates: [String]
        var replies: Int { memberStates.count }
    }

    struct RegionTotal {
        var region: String
        var contributed: Int
        var members: Int
    }

    var year: Int
    var rows: [Row]
    var forms: [FormTotal]
    var processes: [ProcessTotal]
    var letters: [LetterReplies]
    /// Distinct Member States that replied to at least one letter of the year.
    var contributors: [String]
    var memberStateCount: Int
    var regions: [RegionTotal]

    var totalReplies: Int { letters.map(\.replies).reduce(0, +) }
    /// Replies received ÷ replies possible (each letter to every Member State).
    var responseRate: Ratio { Ratio(totalReplies, letters.count * memberStateCount) }
    var contributorShare: Ratio { Ratio(contributors.count, memberStateCount) }

    init(year: Year, content: Content) {
        self.year = year.year
        memberStateCount = content.memberStates.count
        let outcomes = year.outcomesByID
        rows = Self.rows(year, outcomes: outcomes)
        forms = Self.forms(rows)
        processes = Self.processes(year, outcomes: outcomes, order: content.site.processes.map(\.id))
        letters = Self.letters(year, content: content)
        let contributors = Set(letters.flatMap(\.memberStates))
        self.contributors = contributors.sorted()
        regions = MemberState.regions.map { region in
            let members = content.memberStates.filter { $0.region == region }
            return RegionTotal(region: region, contributed: members.filter { contributors.contains($0.code) }.count, members: members.count)
        }
    }

    /// A row per planned activity, then per unplanned one.
    private static func rows(_ year: Year, outcomes: [String: Outcome]) -> [Row] {
        let planned = year.activities.map { activity -> Row in
            let outcome = outcomes[activity.id]
            return Row(
                id: activity.id, title: activity.title, plannedForms: activity.participation,
                deliveredForms: outcome?.participation ?? [], plannedStaffDays: activity.staffDays,
                usedStaffDays: outcome?.staffDays, status: outcome?.status, unplanned: false,
                carryOver: outcome?.carryOver == true || outcome?.status == .postponed)
        }
        let unplanned = year.outcomes.compactMap { outcome -> Row? in
            guard let unplanned = outcome.unplanned else { return nil }
            return Row(
                id: outcome.id, title: unplanned.title, plannedForms: [], deliveredForms: outcome.participation,
                plannedStaffDays: nil, usedStaffDays: outcome.staffDays, status: outcome.status, unplanned: true,
                carryOver: outcome.carryOver || outcome.status == .postponed)
        }
        return planned + unplanned
    }

    private static func forms(_ rows: [Row]) -> [FormTotal] {
        ParticipationForm.allCases.map { form in
            FormTotal(
                form: form,
                planned: rows.filter { !$0.unplanned && $0.plannedForms.contains(form) }.count,
                delivered: rows.filter { $0.status?.tookPlace == true && $0.deliveredForms.contains(form) }.count)
        }
    }

    /// Activities planned and held per process, in the order of `order` (site.yaml's), then by id.
    private static func processes(_ year: Year, outcomes: [String: Outcome], order: [String]) -> [ProcessTotal] {
        var totals: [String: (planned: Int, held: Int)] = [:]
        for activity in year.activities {
            let held = outcomes[activity.id]?.status.tookPlace == true
            for process in activity.processes {
                totals[process, default: (0, 0)].planned += 1
                if held { totals[process, default: (0, 0)].held += 1 }
            }
        }
        for outcome in year.outcomes where outcome.status.tookPlace {
            for process in outcome.unplanned?.processes ?? [] { totals[process, default: (0, 0)].held += 1 }
        }
        return totals.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
            .map { ProcessTotal(process: $0, planned: totals[$0]?.planned ?? 0, held: totals[$0]?.held ?? 0) }
    }

    /// Replies, per letter of the year's activities (whatever year the letter is dated).
    private static func letters(_ year: Year, content: Content) -> [LetterReplies] {
        var byLetter: [String: Set<String>] = [:]
        // The letters replied to and the sent letters about the year's activities, by path; each is
        // found through the content's index, not by looking through every letter of the archive.
        var letters: [String: CircularLetter] = [:]
        for outcome in year.outcomes {
            for reply in outcome.replies {
                guard let letter = content.letter(reply.letter, forActivity: outcome.id, year: outcome.year) else { continue }
                byLetter[letter.path, default: []].formUnion(reply.memberStates)
                letters[letter.path] = letter
            }
        }
        for activity in year.activities {
            for letter in content.letters(about: activity) where letter.status == .sent { letters[letter.path] = letter }
        }
        return letters.values.sorted { ($0.date, $0.name, $0.path) < ($1.date, $1.name, $1.path) }
            .map { LetterReplies(letter: $0, memberStates: (byLetter[$0.path] ?? []).sorted()) }
    }
}

/// A fraction written as a percentage with one decimal, computed in integers so that output is exact and stable.
struct Ratio: Equatable {
    var numerator: Int
    var denominator: Int

    init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Tenths of a percent, rounded half up; 0 when the denominator is 0.
    var permille: Int {
        guard denominator > 0 else { return 0 }
        return (numerator * 2000 + denominator) / (2 * denominator)
    }

    /// "12.9%".
    var percent: String { "\(permille / 10).\(permille % 10)%" }
}
