import Vapor

/// The member-facing pages of the feature: the chart, reporting lines, project charts, the directory
/// and the skills settings. (Administration and import register themselves apart.)
enum OrgChartRoutes {
    static func boot(_ web: any RoutesBuilder) {
        OrgChartController().boot(web)
        ProjectChartController().boot(web)
        DirectoryController().boot(web)
        SkillsSettingsController().boot(web)
    }
}
