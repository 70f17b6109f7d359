import TreffpunktCore

/// Why a file as a whole cannot be imported; nothing of it is checked further or written.
enum OrgImportFailure: Error, Sendable {
    case unreadable
    case empty
    case missingColumns([LocalizedText])
    case tooManyRows(Int)

    var message: LocalizedText {
        switch self {
        case .unreadable: OrgImportText.unreadable
        case .empty: OrgImportText.empty
        case .missingColumns(let columns): OrgImportText.missingColumns(columns)
        case .tooManyRows(let maximum): OrgImportText.tooManyRows(maximum)
        }
    }
}
