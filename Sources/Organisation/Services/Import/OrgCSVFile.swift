import Foundation
import SwiftCSV
import TreffpunktCore

/// An uploaded organisation file read into rows: decoded (see `CSVTextDecoding`), its delimiter taken
/// from the header line (`;`, tab or `,`), its columns recognised by name, and parsed with SwiftCSV.
/// A file that cannot be read as a whole fails with one message; problems of single rows are the plan's.
struct OrgCSVFile: Sendable {
    let rows: [OrgCSVRow]
    let encoding: CSVTextDecoding.Encoding
    let delimiter: Character

    /// More rows than a company of this size has people; a larger file is refused before any checking.
    static let maximumRows = 10_000

    init(bytes: [UInt8]) throws(OrgImportFailure) {
        guard let (text, encoding) = CSVTextDecoding.decode(bytes) else { throw .unreadable }
        let delimiter = Self.delimiter(of: text)
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: CSVDelimiter(unicodeScalarLiteral: delimiter), loadColumns: false)
        } catch {
            throw .unreadable
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard header.contains(where: { !$0.isEmpty }) else { throw .empty }
        let columns = try Self.columns(of: header)
        var rows: [OrgCSVRow] = []
        for (index, cells) in csv.rows.enumerated() {
            guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            guard rows.count < Self.maximumRows else { throw .tooManyRows(Self.maximumRows) }
            rows.append(columns.row(number: index + 2, cells: cells))
        }
        guard !rows.isEmpty else { throw .empty }
        self.rows = rows
        self.encoding = encoding
        self.delimiter = delimiter
    }

    /// The separator the header line uses most: `;` (German Excel), tab (Excel's Unicode text) or `,`.
    private static func delimiter(of text: String) -> Character {
        let headerLine = text.prefix { !$0.isNewline }
        let counts: [(Character, Int)] = [";", "\t", ","].map { candidate in (candidate, headerLine.filter { $0 == candidate }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ";"
    }

    /// Where each column is; names every required column that is missing at once.
    private static func columns(of header: [String]) throws(OrgImportFailure) -> ColumnPositions {
        var found: [OrgCSVColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            if let column = OrgCSVColumn.column(forHeader: name), found[column] == nil { found[column] = index }
        }
        var missing: [LocalizedText] = []
        if found[.name] == nil && (found[.firstName] == nil || found[.lastName] == nil) { missing.append(OrgImportText.columnName) }
        if found[.email] == nil { missing.append(OrgImportText.columnEmail) }
        if found[.unit] == nil { missing.append(OrgImportText.columnUnit) }
        if found[.managerEmail] == nil { missing.append(OrgImportText.columnManager) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        return ColumnPositions(positions: found)
    }

    private struct ColumnPositions {
        let positions: [OrgCSVColumn: Int]

        func row(number: Int, cells: [String]) -> OrgCSVRow {
            func cell(_ column: OrgCSVColumn) -> String {
                guard let index = positions[column], index < cells.count else { return "" }
                return OrgNames.clean(cells[index])
            }
            let name = positions[.name] != nil ? cell(.name) : OrgNames.clean("\(cell(.firstName)) \(cell(.lastName))")
            return OrgCSVRow(number: number, name: name, email: cell(.email).lowercased(), position: cell(.position),
                             unitPath: Self.path(cell(.unit)), managerEmail: cell(.managerEmail).lowercased())
        }

        /// "A / B / C" or "A > B > C"; a path with `>` is split there only, so a name may contain a slash.
        private static func path(_ text: String) -> [String] {
            guard !text.isEmpty else { return [] }
            let separator: Character = text.contains(">") ? ">" : "/"
            return text.split(separator: separator, omittingEmptySubsequences: false).map { OrgNames.clean(String($0)) }
        }
    }
}
