// plan.json written with `JSONWriter`, each type's keys in sorted order, as `JSONEncoder` with
// `.sortedKeys` and `.convertToSnakeCase` wrote them (`MachineReadableTests` compares the two).
extension PlanData.Plan {
    var jsonBytes: [UInt8] {
        var writer = JSONWriter(capacity: 4096 + 2048 * activities.count)
        writer.object { writer in
            writer.key("activities")
            writer.array(activities) { $1.write(to: &$0) }
            writer.key("date"); writer.string(date)
            writer.key("meeting")
            writer.object { writer in
                writer.key("end"); writer.string(meeting.end)
                writer.key("number"); writer.int(meeting.number)
                writer.key("place"); writer.string(meeting.place)
                writer.key("start"); writer.string(meeting.start)
            }
            writer.key("symbol"); writer.string(symbol)
            writer.key("title"); writer.string(title)
            writer.key("year"); writer.int(year)
        }
        return writer.bytes
    }
}

extension PlanData.ActivityData {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("action_plan"); writer.array(actionPlan) { $0.string($1) }
            writer.key("end"); writer.string(end)
            writer.key("format"); writer.string(format)
            writer.key("high_level"); writer.bool(highLevel)
            writer.key("id"); writer.string(id)
            writer.key("impact")
            writer.object { writer in
                writer.key("rating"); writer.string(impact.rating)
                writer.key("reasons"); writer.string(impact.reasons)
            }
            writer.key("letters"); writer.array(letters) { $1.write(to: &$0) }
            writer.key("member_state_support"); writer.string(memberStateSupport)
            writer.key("milestones"); writer.array(milestones) { $1.write(to: &$0) }
            writer.key("participation"); writer.array(participation) { $0.string($1) }
            writer.key("place"); writer.string(place)
            writer.key("processes"); writer.array(processes) { $0.string($1) }
            writer.key("resources"); resources.write(to: &writer)
            writer.key("start"); writer.string(start)
            writer.key("title"); writer.string(title)
            writer.key("urgent"); writer.bool(urgent)
            writer.key("url"); writer.string(url)
        }
    }
}

extension PlanData.Resources {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("itu")
            writer.array(itu) { writer, staff in
                writer.object { writer in
                    writer.key("roles"); writer.string(staff.roles)
                    if let days = staff.staffDays { writer.key("staff_days"); writer.int(days) }
                    writer.key("unit"); writer.string(staff.unit)
                }
            }
            writer.key("staff_days"); writer.int(staffDays)
            writer.key("third_party")
            writer.array(thirdParty) { writer, party in
                writer.object { writer in
                    writer.key("name"); writer.string(party.name)
                    writer.key("support"); writer.string(party.support)
                }
            }
        }
    }
}

extension PlanData.MilestoneData {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("date"); writer.string(date)
            writer.key("id"); writer.string(id)
            writer.key("milestone"); writer.string(milestone)
            writer.key("opportunity"); writer.string(opportunity)
            writer.key("tentative"); writer.bool(tentative)
        }
    }
}

extension PlanData.LetterData {
    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.key("date"); writer.string(date)
            writer.key("deadline"); writer.string(deadline)
            if let number { writer.key("number"); writer.string(number) }
            writer.key("status"); writer.string(status)
            writer.key("subject"); writer.string(subject)
            writer.key("url"); writer.string(url)
        }
    }
}
