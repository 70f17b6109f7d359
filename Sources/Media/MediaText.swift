import Foundation
import TreffpunktCore

/// Every string of the Media feature, in German and English.
enum MediaText {
    static let notMultipart = LocalizedText(
        de: "Bitte die Datei als multipart/form-data im Feld „file“ senden.",
        en: "Please send the file as multipart/form-data in the field “file”.")
    static let fileMissing = LocalizedText(de: "Es wurde keine Datei gesendet.", en: "No file was sent.")
    static func fileTooLarge(megabytes: Int) -> LocalizedText {
        LocalizedText(de: "Die Datei ist zu groß (höchstens \(megabytes) MB).", en: "The file is too large (at most \(megabytes) MB).")
    }
    static func tooManyFiles(_ count: Int) -> LocalizedText {
        count == 1
            ? LocalizedText(de: "Höchstens 1 Datei auf einmal.", en: "At most 1 file at once.")
            : LocalizedText(de: "Höchstens \(count) Dateien auf einmal.", en: "At most \(count) files at once.")
    }
    static let unsupportedType = LocalizedText(
        de: "Dieses Dateiformat wird nicht unterstützt. Erlaubt sind JPEG, PNG, WebP, GIF, MP4, WebM und MOV.",
        en: "This file format is not supported. Allowed are JPEG, PNG, WebP, GIF, MP4, WebM and MOV.")
    static func typeMismatch(claimed: String, actual: String) -> LocalizedText {
        LocalizedText(de: "Die Datei gibt sich als \(claimed) aus, ist aber \(actual).",
                      en: "The file claims to be \(claimed) but is \(actual).")
    }
    static let corrupt = LocalizedText(
        de: "Die Datei ist beschädigt oder unvollständig und lässt sich nicht lesen.",
        en: "The file is damaged or incomplete and cannot be read.")
    static func tooManyPixels(_ limit: Int) -> LocalizedText {
        LocalizedText(de: "Das Bild hat zu viele Bildpunkte (höchstens \(limit / 1_000_000) Megapixel).",
                      en: "The image has too many pixels (at most \(limit / 1_000_000) megapixels).")
    }
    static let processingFailed = LocalizedText(
        de: "Die Datei konnte nicht verarbeitet werden.", en: "The file could not be processed.")
    static let processingTimedOut = LocalizedText(
        de: "Die Verarbeitung hat zu lange gedauert und wurde abgebrochen.", en: "Processing took too long and was stopped.")
    static func videoTooLong(seconds: Int) -> LocalizedText {
        let (de, en) = seconds % 60 == 0
            ? (seconds == 60 ? ("1 Minute", "1 minute") : ("\(seconds / 60) Minuten", "\(seconds / 60) minutes"))
            : (seconds == 1 ? ("1 Sekunde", "1 second") : ("\(seconds) Sekunden", "\(seconds) seconds"))
        return LocalizedText(de: "Das Video ist zu lang (höchstens \(de)).", en: "The video is too long (at most \(en)).")
    }
    static func videoTooLarge(pixels: Int) -> LocalizedText {
        LocalizedText(de: "Das Video hat eine zu hohe Auflösung (höchstens \(pixels.formatted(.number.locale(Locale(identifier: "de_DE")))) Bildpunkte je Bild; 4K hat 8.294.400).",
                      en: "The video's resolution is too high (at most \(pixels.formatted(.number.locale(Locale(identifier: "en_GB")))) pixels per frame; 4K has 8,294,400).")
    }
    static func requestTooLarge(megabytes: Int) -> LocalizedText {
        LocalizedText(de: "Die Anfrage ist zu groß (höchstens \(megabytes) MB an Dateien zusammen).",
                      en: "The request is too large (at most \(megabytes) MB of files together).")
    }
    static func formFieldsTooLarge(kilobytes: Int) -> LocalizedText {
        LocalizedText(de: "Die Formularfelder sind zusammen zu lang (höchstens \(kilobytes) KB).",
                      en: "The form's fields are too long together (at most \(kilobytes) KB).")
    }
    static let imageRequired = LocalizedText(
        de: "Profil- und Titelbilder müssen Bilder sein.", en: "Avatars and header images must be images.")
    static let mediumNotFound = LocalizedText(de: "Medium nicht gefunden", en: "Record not found")
    static let descriptionTooLong = LocalizedText(
        de: "Die Bildbeschreibung darf höchstens 1.500 Zeichen lang sein.",
        en: "The description may be at most 1,500 characters long.")
    static let invalidFocus = LocalizedText(
        de: "Der Fokus besteht aus zwei Zahlen zwischen -1 und 1, etwa „0.5,-0.2“.",
        en: "The focus is two numbers between -1 and 1, such as “0.5,-0.2”.")
    static let descriptionSaved = LocalizedText(de: "Die Bildbeschreibung ist gespeichert.", en: "The description is saved.")
}
