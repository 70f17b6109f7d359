/// A person's position and department are for employees: visitors and guests see a profile's name and
/// about-me only. One rule for the web profile and every API door that shows an account.
package enum WorkDetailsPolicy {
    package static func isVisible(toEmployee isEmployee: Bool) -> Bool { isEmployee }
}
