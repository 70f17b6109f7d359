"""Photos in the browser: a post with a picture and its alt text, the profile's gallery, who may
load the picture, and changing the alt text afterwards."""

import subprocess
import tempfile
from pathlib import Path

from framework import scenario

ADD_MEDIA = "Fotos oder Video (bis zu 4 Bilder oder 1 Video)"


@scenario("photo and gallery")
def photo_and_gallery(s):
    anna, ben, carl = s.member("anna"), s.member("ben"), s.member("carl")
    s.make_friends(anna, ben)
    text = f"Das neue Lager ist eingeräumt, {s.unique('lager')}"
    alt = "Volle Regale in der neuen Lagerhalle"

    with tempfile.TemporaryDirectory(prefix="treffpunkt-browser.") as folder:
        picture = Path(folder) / "lager.png"
        subprocess.run(["vips", "black", str(picture), "320", "240", "--bands", "3"], check=True)
        anna.visit("/")
        anna.press(ADD_MEDIA, within="#composer", navigates=False)
        anna.attach("#composer-media-files", str(picture))
        anna.fill("media_description", alt, within="#composer")
        anna.fill("text", text, within="#composer")
        anna.choose("visibility", "friends", within="#composer")
        anna.submit('#composer button[type="submit"]')
    anna.expect_flash("success")
    post_id = anna.post_id(text)
    address = anna.expect_image(f'#post-{post_id} .post-media img[alt="{alt}"]')
    anna.shot("post with photo")

    anna.visit(anna.profile)
    anna.press("Fotos & Videos")
    anna.expect_path(f"{anna.profile}/media")
    anna.expect_image(f'.media-gallery img[alt="{alt}"]')

    ben.visit("/")
    ben.expect_text(text, within=".post-list")
    ben.expect_image(f'#post-{post_id} .post-media img[alt="{alt}"]')

    carl.visit(f"{anna.profile}/media")               # no friend: neither in the gallery nor at its address
    carl.expect_text("Noch keine Fotos oder Videos, die Sie sehen dürfen.")
    carl.expect_hidden(".media-gallery img")
    carl.visit(address, status=404)
    carl.visit(address.replace("/small", "/large"), status=404)

    new_alt = "Volle Regale, links die Paletten mit Ersatzteilen"
    anna.visit(f"/posts/{post_id}")
    anna.press("Bildbeschreibungen bearbeiten", navigates=False)
    anna.fill("description", new_alt, within=".media-describe")
    anna.press("Beschreibung speichern", within=".media-describe")
    anna.expect_text("Die Bildbeschreibung ist gespeichert.")
    anna.expect_image(f'#post-{post_id} .post-media img[alt="{new_alt}"]')
    anna.expect_hidden(f'img[alt="{alt}"]')


@scenario("video")
def video(s):
    anna, ben = s.member("anna"), s.member("ben")
    s.make_friends(anna, ben)
    text = f"Rundgang durch die Montagehalle, {s.unique('halle')}"
    alt = "Kamerafahrt entlang der Montagelinie"

    with tempfile.TemporaryDirectory(prefix="treffpunkt-browser.") as folder:
        # MPEG-4 Part 2 in QuickTime plays in no browser: the server converts it to H.264.
        clip = Path(folder) / "rundgang.mov"
        subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "3",
                        "-c:v", "mpeg4", str(clip)], check=True)
        anna.visit("/")
        anna.press(ADD_MEDIA, within="#composer", navigates=False)
        anna.attach("#composer-media-files", str(clip))
        anna.fill("media_description", alt, within="#composer")
        anna.fill("text", text, within="#composer")
        anna.submit('#composer button[type="submit"]')
    anna.expect_flash("success")
    post_id = anna.post_id(text)
    # Processing shows its progress; media.js reloads the page once the video plays.
    anna.expect_visible(f'#post-{post_id} video[aria-label="{alt}"]', timeout=60)
    anna.shot("post with video")

    ben.visit("/")
    ben.expect_visible(f'#post-{post_id} video[aria-label="{alt}"]')
    ben.visit(f"{anna.profile}/media")
    ben.expect_image(".media-gallery img")
    ben.expect_text("Video", within=".media-gallery")
