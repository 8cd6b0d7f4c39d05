"""Make ``features.json`` from the caniemail data set (``data/caniemail.json`` of the npm package).

    cd /tmp && npm pack caniemail && tar xzf caniemail-*.tgz
    python resources/caniemail/make_extract.py /tmp/package/data/caniemail.json

The extract keeps what the checks use: for each HTML element, attribute, CSS property,
value, function, at-rule, pseudo-class and image format that Gmail (desktop webmail),
Outlook on Windows (its latest tested version) or Apple Mail (the worst of macOS and iOS,
latest tested) supports only partly or not at all: how to recognise it, the support of
those three clients, the notes that apply, and its caniemail.com page. Features the
three fully support, and ones too basic to warn about (units, selectors), are left out.
Run it again on a newer package to refresh the data; the licence stays as it is.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CLIENTS = {
    "gmail": [("gmail", "desktop-webmail")],
    "outlook-windows": [("outlook", "windows")],
    "apple-mail": [("apple-mail", "macos"), ("apple-mail", "ios")],
}
# Support worst first; "u" (unknown) never warns.
_RANK = {"n": 0, "a": 1, "y": 2, "u": 3}
# Partial support of these is how every email is built: no warning for "a", only for "n".
BASIC = {
    "html-body",
    "html-div",
    "html-p",
    "html-span",
    "html-table",
    "html-img",
    "html-style",
    "html-h1-h6",
    "html-lists",
    "html-strong",
    "html-width",
    "html-height",
    "html-align",
    "html-valign",
    "html-lang",
    "html-dir",
    "html-role",
    "html-target",
    "html-cellpadding",
    "html-cellspacing",
    "css-padding",
    "css-margin",
    "css-width",
    "css-height",
    "css-font",
    "css-font-size",
    "css-font-weight",
    "css-line-height",
    "css-color",
    "css-background-color",
    "css-text-align",
    "css-border",
    "css-display",
    "css-important",
    "css-vertical-align",
    "css-text-decoration",
    "css-letter-spacing",
    "css-max-width",
    "css-display-none",
}
SKIP_PREFIXES = ("css-unit-", "css-selector-", "others", "html-comments", "html-doctype")
SKIP = {
    "css-comments",
    "css-nesting",
    "css-sytem-ui",
    "html-meta-color-scheme",
    "image-png",
    "image-jpg",
    "image-gif",
    "image-mp4",
    "image-hdr",
    "image-apng",
    "amp",
    "bimi",
    "html-target",
}  # Gmail opens every link in a new tab anyway: a warning would help no one
PROPERTY = re.compile(r"^([a-z][a-z-]*)(?: property| shorthand| CSS property)?\s*$")
VALUE = re.compile(r"^([a-z-]+)\s*:\s*([a-z-]+)$")


def support(stats: dict[str, Any], places: list[tuple[str, str]]) -> tuple[str, list[str]]:
    worst, notes = "u", []
    for family, platform in places:
        versions = stats.get(family, {}).get(platform)
        if not versions:
            continue
        value = str(list(versions.values())[-1])
        level = value[:1]
        if _RANK.get(level, 3) < _RANK[worst]:
            worst = level
        notes += re.findall(r"#(\d+)", value)
    return worst, notes


def matcher(feature: dict[str, Any]) -> dict[str, Any] | None:
    slug, title = feature["slug"], feature["title"].strip()
    keywords = [k.strip() for k in (feature.get("keywords") or "").split(",") if k.strip()]
    if slug.startswith("html-"):
        return html_matcher(slug, title, keywords)
    if slug.startswith("image-"):
        if slug == "image-base64":
            return {"image_base64": True}
        return {
            "image_formats": {
                "image-svg": ["svg"],
                "image-webp": ["webp"],
                "image-avif": ["avif"],
                "image-bmp": ["bmp"],
                "image-ico": ["ico"],
                "image-tiff": ["tif", "tiff"],
                "image-heif": ["heif", "heic"],
            }.get(slug, [slug.removeprefix("image-")])
        }
    return css_matcher(slug, title, keywords)


def html_matcher(slug: str, title: str, keywords: list[str]) -> dict[str, Any] | None:
    if slug == "html-anchor-links":
        return {"link_prefixes": ["#"]}
    if slug == "html-mailto-links":
        return {"link_prefixes": ["mailto:"]}
    if slug == "html-image-maps":
        return {"elements": ["map", "area"]}
    if slug in ("html-semantics", "html-h1-h6"):
        return {"elements": keywords if slug == "html-semantics" else [f"h{n}" for n in range(1, 7)]}
    typed = re.match(r'^<(input|button) type="(\w+)"> element$', title)
    if typed:
        return {"typed_elements": [[typed.group(1), typed.group(2)]]}
    elements = re.findall(r"<(\w+)>", title)
    if elements:
        return {"elements": elements}
    if title.endswith("attribute") or title.endswith("attributes"):
        names = re.findall(r"([a-z][a-z-]+)", title.rsplit(" attribute", 1)[0].replace(" and ", " "))
        return {"attributes": names}
    if slug == "html-address":
        return {"elements": ["address"]}
    return None


def css_matcher(slug: str, title: str, keywords: list[str]) -> dict[str, Any] | None:
    if slug.startswith("css-at-media-"):
        features = [k for k in re.findall(r"\(([-\w]+)\)", title)]
        return {"media_features": features}
    if slug.startswith("css-at-"):
        return {"at_rules": [title.lstrip("@")]}
    if slug.startswith("css-pseudo-class-"):
        return {"pseudos": [":" + slug.removeprefix("css-pseudo-class-")]}
    if slug.startswith("css-pseudo-element-"):
        return {"pseudos": ["::" + slug.removeprefix("css-pseudo-element-")]}
    if slug == "css-important":
        return {"important": True}
    if slug == "css-variables":
        return {"functions": ["var"], "custom_properties": True}
    if slug == "css-intrinsic-size":
        return {"keywords": ["fit-content", "min-content", "max-content"]}
    if slug == "css-left-right-top-bottom":
        return {"properties": ["left", "right", "top", "bottom"]}
    if slug == "css-color-scheme":
        return {"properties": ["color-scheme"]}
    functions = re.findall(r"([a-z-]+)\(\)", title)
    if functions:
        return {"functions": functions}
    value = VALUE.match(title)
    if value:
        return {"values": [[value.group(1), value.group(2)]]}
    names = [part.strip() for part in re.split(r",|&", title)]
    if all(PROPERTY.match(name) for name in names):
        properties = [PROPERTY.match(name).group(1) for name in names]  # type: ignore[union-attr]
        properties += [k for k in keywords if any(k.startswith(p + "-") for p in properties)]
        if slug == "css-column-layout-properties":
            properties = [k for k in keywords if k.startswith("column")]
        return {"properties": sorted(set(properties))}
    if re.search(r"[a-z-]+-[a-z-]+", ", ".join(keywords)):
        return {"properties": [k for k in keywords if re.fullmatch(r"[a-z]+(-[a-z]+)+", k)]}
    return None


def extract(data: dict[str, Any]) -> dict[str, Any]:
    features = []
    for feature in data["data"]:
        slug = feature["slug"]
        if slug in SKIP or slug.startswith(SKIP_PREFIXES):
            continue
        match = matcher(feature)
        if not match:
            continue
        clients: dict[str, str] = {}
        notes: dict[str, list[str]] = {}
        for client, places in CLIENTS.items():
            level, numbers = support(feature["stats"], places)
            clients[client] = level
            texts = [feature.get("notes_by_num", {}).get(n) for n in dict.fromkeys(numbers)]
            if texts and level in ("n", "a"):
                notes[client] = [t for t in texts if t]
        worst = min(clients.values(), key=lambda level: _RANK[level])
        if worst == "y" or worst == "u" or (worst == "a" and slug in BASIC):
            continue
        features.append(
            {
                "slug": slug,
                "title": feature["title"],
                "url": feature["url"],
                "match": match,
                "support": clients,
                "notes": notes,
            }
        )
    return {
        "source": "caniemail npm package, data/caniemail.json (https://github.com/shellscape/caniemail)",
        "api_version": data.get("api_version"),
        "last_update_date": data.get("last_update_date"),
        "clients": {"gmail": "Gmail", "outlook-windows": "Outlook (Windows)", "apple-mail": "Apple Mail"},
        "features": features,
    }


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    target = Path(__file__).with_name("features.json")
    result = extract(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(result['features'])} features -> {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
