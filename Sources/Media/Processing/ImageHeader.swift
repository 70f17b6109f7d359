import Foundation

/// What libvips reads from an image's header, before a single pixel is decoded.
struct ImageHeader: Equatable {
    let width: Int
    /// The height of one page (frame) of an animation, or of the whole picture.
    let height: Int
    let pages: Int
    let bands: Int

    /// How many pixels decoding every page would produce; `Int.max` when that does not fit.
    var pixelCount: Int {
        let (perPage, pageOverflow) = width.multipliedReportingOverflow(by: height)
        let (total, totalOverflow) = perPage.multipliedReportingOverflow(by: pages)
        return pageOverflow || totalOverflow ? Int.max : total
    }

    /// Reads the header with `vipsheader -a`; a file libvips cannot read is `.corrupt`.
    static func read(_ url: URL) async throws -> ImageHeader {
        let output: Data
        do {
            output = try await ExternalTool("vipsheader").run(["-a", url.path])
        } catch is ExternalToolFailure {
            throw MediaProcessingError.corrupt
        }
        guard let header = ImageHeader(vipsheaderOutput: String(decoding: output, as: UTF8.self)) else {
            throw MediaProcessingError.corrupt
        }
        return header
    }

    /// Parses `name: value` lines. The first occurrence of a name wins: libvips prints the
    /// dimensions and the page count before any free-text metadata, so a comment in the file that
    /// contains a line like "width: 1" cannot replace the real value.
    init?(vipsheaderOutput: String) {
        var fields: [String: String] = [:]
        for line in vipsheaderOutput.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            if fields[name] == nil {
                fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        guard let width = fields["width"].flatMap({ Int($0) }),
              let height = fields["height"].flatMap({ Int($0) }),
              let bands = fields["bands"].flatMap({ Int($0) })
        else { return nil }
        self.width = width
        self.height = height
        self.bands = bands
        self.pages = max(1, fields["n-pages"].flatMap { Int($0) } ?? 1)
    }
}
