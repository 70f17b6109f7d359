/// A person's position and department are for readers who are signed in: visitors see a profile's name
/// and about-me only. One rule for the web profile and every API door that shows an account.
package enum WorkDetailsPolicy {
    package static func isVisible(signedIn: Bool) -> Bool { signedIn }
}
