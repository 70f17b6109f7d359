import Foundation
import TreffpunktApp

exit(await Entrypoint.main())
