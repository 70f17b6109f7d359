/// The parts of `ffprobe -print_format json -show_format -show_streams` that Treffpunkt reads.
struct FFprobeReport: Decodable {
    struct Stream: Decodable {
        let codecType: String?
        let codecName: String?
        let width: Int?
        let height: Int?
        let pixFmt: String?
        let duration: String?
        let disposition: [String: Int]?
        let sideDataList: [SideData]?
    }

    struct SideData: Decodable {
        /// Degrees a phone asks players to turn the picture (display matrix).
        let rotation: Double?
    }

    struct Format: Decodable {
        let formatName: String
        let duration: String?
    }

    let streams: [Stream]
    let format: Format
}
