/// A media tool that ran but exited with a non-zero status, with what it said on standard error.
package struct ExternalToolFailure: Error, Equatable, CustomStringConvertible {
    package let tool: String
    package let status: Int32
    package let standardError: String

    package var description: String {
        "\(tool) exited with status \(status): \(standardError.suffix(2000))"
    }
}
