/// A form of participation, as the seed proposal names them.
public enum ParticipationForm: String, CaseIterable, Sendable {
    case host, attend, contribute, sign
}

/// How an activity takes place.
public enum EventFormat: String, CaseIterable, Sendable {
    case inPerson = "in-person"
    case virtual, hybrid
}

/// The assessed impact of an activity.
public enum ImpactRating: String, CaseIterable, Sendable {
    case high, medium, low
}

/// Where a circular letter is in its clearance.
public enum LetterStatus: String, CaseIterable, Sendable {
    case draft, cleared, sent
}

/// How Member States are consulted.
public enum ConsultationForm: String, CaseIterable, Sendable {
    case online, meeting, email, questionnaire
}
