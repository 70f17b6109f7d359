import RoutingKit

/// Where the button that invites everyone without a password is sent; used both to register the route and to build the form.
enum PasswordInvitationURL {
    static let path = "/admin/invitations/without-password"
    static let route: [PathComponent] = ["admin", "invitations", "without-password"]
}
