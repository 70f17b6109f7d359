/// Reads the `key=value` lines that `ffmpeg -progress pipe:1` writes while it works.
enum FFmpegProgress {
    /// The finished share (0…1) a line reports, or nil for lines that say nothing about it.
    /// `out_time_us` is the output's position; `progress=end` is the last line of a finished run.
    static func fraction(fromLine line: String, durationSeconds: Double?) -> Double? {
        let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch (parts[0], parts[1]) {
        case ("progress", "end"):
            return 1
        case ("out_time_us", let value):
            guard let microseconds = Double(value), let durationSeconds, durationSeconds > 0 else { return nil }
            return min(max(microseconds / 1_000_000 / durationSeconds, 0), 1)
        default:
            return nil
        }
    }
}
