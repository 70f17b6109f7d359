// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "Treffpunkt",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "treffpunkt", targets: ["treffpunkt"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
        // The Mail feature's SMTP client; both already come with Vapor.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.34.0"),
    ],
    targets: [
        // GitHub's CommonMark parser with its extensions, from Debian (scripts/install-build-libraries.sh).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Shared ground: configuration, persistence, auth, visibility policy, i18n, web shell.
        .target(
            name: "TreffpunktCore",
            dependencies: [
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Plot", package: "Plot"),
                "CCmarkGFM",
            ],
            swiftSettings: swiftSettings
        ),
        // Features: one target each, talking to each other only through service APIs.
        // Photos and videos: uploads, variants made with libvips and ffmpeg, serving under the visibility policy.
        // Child processes through swift-subprocess: Foundation's Process.run on Linux (Swift 6.3) over-reads
        // memory while listing /proc/self/fd and crashed the test process now and then.
        .target(
            name: "Media",
            dependencies: ["TreffpunktCore", .product(name: "Subprocess", package: "swift-subprocess")],
            swiftSettings: swiftSettings
        ),
        // E-mail: the outbox every feature sends through, delivered by a small SMTP client on SwiftNIO.
        .target(
            name: "Mail",
            dependencies: [
                "TreffpunktCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "Accounts", dependencies: ["TreffpunktCore", "Media", "Mail"], swiftSettings: swiftSettings),
        .target(name: "Social", dependencies: ["TreffpunktCore", "Accounts", "Media", "Mail"], swiftSettings: swiftSettings),
        // Units, people's places and reporting lines, projects, the org chart, the directory, CSV import.
        .target(
            name: "Organisation",
            dependencies: ["TreffpunktCore", "Accounts", "Media", .product(name: "SwiftCSV", package: "SwiftCSV")],
            swiftSettings: swiftSettings
        ),
        // Company pages: roles, posts as the page, reviews, building blocks, about and imprint.
        .target(name: "Pages", dependencies: ["TreffpunktCore", "Accounts", "Media", "Social"], swiftSettings: swiftSettings),
        // Spaces: groups across sites and departments, with their own feed, members and admins.
        .target(name: "Spaces", dependencies: ["TreffpunktCore", "Accounts", "Media", "Social"], swiftSettings: swiftSettings),
        // Knowledge: weblogs of people, pages and spaces; forums; wikis with revisions.
        .target(name: "Blogs", dependencies: ["TreffpunktCore", "Accounts", "Media", "Social", "Spaces", "Pages"], swiftSettings: swiftSettings),
        .target(name: "Forums", dependencies: ["TreffpunktCore", "Accounts", "Social", "Spaces"], swiftSettings: swiftSettings),
        .target(name: "Wikis", dependencies: ["TreffpunktCore", "Accounts", "Social", "Spaces"], swiftSettings: swiftSettings),
        // Real time: the streaming endpoints (Mastodon's WebSocket and server-sent events), the web's live client.
        .target(name: "Realtime", dependencies: ["TreffpunktCore", "Accounts", "Social"], swiftSettings: swiftSettings),
        // Instant messaging: one-to-one and group chats with edits, attachments, read receipts and search.
        .target(name: "Messaging", dependencies: ["TreffpunktCore", "Accounts", "Media", "Social"], swiftSettings: swiftSettings),
        // Wiring: features, routes, migrations, commands.
        .target(
            name: "TreffpunktApp",
            dependencies: ["TreffpunktCore", "Media", "Mail", "Accounts", "Social", "Organisation", "Pages", "Spaces", "Blogs", "Forums", "Wikis", "Realtime", "Messaging"],
            // The OpenAPI document of the JSON API, served at /api/openapi.json.
            resources: [.copy("Resources/openapi.json")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "treffpunkt", dependencies: ["TreffpunktApp"], swiftSettings: swiftSettings),

        // Shared fixtures for every feature's tests.
        .target(
            name: "TestSupport",
            dependencies: [
                "TreffpunktApp",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TreffpunktCoreTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MediaTests", dependencies: ["TestSupport"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "AccountsTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SocialTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "OrganisationTests", dependencies: ["TestSupport"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "PagesTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SpacesTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BlogsTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ForumsTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "WikisTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "RealtimeTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MessagingTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        // Delivers to a real SMTP server (aiosmtpd from .venv, scripts/mail/requirements.txt) started as a child process.
        .testTarget(
            name: "MailTests",
            dependencies: ["TestSupport", .product(name: "Subprocess", package: "swift-subprocess")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TreffpunktAppTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
    ]
)
