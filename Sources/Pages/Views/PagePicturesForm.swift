import Accounts
import Media
import Plot
import TreffpunktCore

/// The form for a page's logo (its profile picture, shown on the page, its post cards and in the API)
/// and header image. With files it is read as it streams in, so its token also rides in the address.
enum PagePicturesForm {
    static func render(_ page: LoadedPage, error: LocalizedText?, context: PageContext) -> Node<HTML.BodyContext> {
        func picture(_ purpose: MediaPurpose, current: Int64?, label: LocalizedText) -> Node<HTML.FormContext> {
            PictureField.render(purpose, current: current, label: label, idPrefix: "page-picture", context: context)
        }
        return .form(
            .class("card"), .method(.post), .enctype(.multipartData), .id("pictures"),
            .safeAction(PagesURL.pictures(slug: page.slug).path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"),
            Layout.csrfField(context.csrfToken),
            .h2(.text(context.t(PagesText.pictures))),
            .unwrap(error) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            picture(.avatar, current: page.account.avatarMediaID, label: PagesText.logo),
            picture(.header, current: page.account.headerMediaID, label: PagesText.headerImage),
            .button(.type(.submit), .class("primary"), .text(context.t(PagesText.savePictures)))
        )
    }
}
