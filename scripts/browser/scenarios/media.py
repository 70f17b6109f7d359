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
