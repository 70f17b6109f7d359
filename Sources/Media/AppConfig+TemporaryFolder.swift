import Foundation
import TreffpunktCore

extension AppConfig {
    /// Where uploads arrive and media are processed: on the data folder's disk, so finished files move
    /// into the store without copying.
    package var temporaryFolder: URL {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("tmp", isDirectory: true)
    }
}
