import Vapor

extension Application {
    private struct ConfigKey: StorageKey {
        typealias Value = AppConfig
    }

    /// The configuration the application was started with.
    package var config: AppConfig {
        get {
            guard let config = storage[ConfigKey.self] else {
                fatalError("AppConfig is set in configure(_:config:) before anything reads it")
            }
            return config
        }
        set { storage[ConfigKey.self] = newValue }
    }
}

extension Request {
    package var config: AppConfig { application.config }
}
