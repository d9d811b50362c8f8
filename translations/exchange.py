"""Files for outside translators: XLIFF 1.2 and PO, out and back in.

One unit per field: its id (`app.model:pk:field`), its English source, the fingerprint of
that English, the translation (if any), and the memory's suggestions (XLIFF alt-trans,
PO translator comments). Reading a file back validates all of it before changing
anything: a wrong language, an unknown id, entities or a DTD, malformed XML or a file over
MAX_BYTES refuses the whole file. Units whose English changed since the export are
skipped and reported; malformed units are reported; the rest are written in one
transaction and become drafts. Untrusted XML is read only through defusedxml.
"""

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, SubElement, indent, tostring  # writing only; reading is defusedxml's

import defusedxml.ElementTree as SafeET
import polib
from defusedxml import DefusedXmlException
from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import memory
from .models import State, TranslationState
from .states import SOURCE, acting_user, column, fingerprint, target_languages, translated_field_names

MAX_BYTES = 20 * 1024 * 1024
XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
UNIT_ID = re.compile(
    r"^(?P<app>[a-z_][a-z0-9_]*)\.(?P<model>[a-z_][a-z0-9_]*):(?P<pk>[^:\s]{1,64}):(?P<field>[a-z_][a-z0-9_]*)$"
)
FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
PO_FINGERPRINT = re.compile(r"source-fingerprint:\s*([0-9a-f]{64})\b")
FORMATS = ("xliff", "po")


class Refused(Exception):
    """The file as a whole is refused; nothing was changed."""


@dataclass
class Unit:
    id: str
    fingerprint: str
    target: str
    line: str = ""  # where in the file, for messages


@dataclass
class Report:
    language: str
    changed: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (id, reason): the English changed since the export
    malformed: list = field(default_factory=list)  # (where, reason)

    def lines(self):
        out = [
            _("Language: %(language)s") % {"language": self.language},
            _("Changed: %(count)d") % {"count": len(self.changed)},
            _("Unchanged: %(count)d") % {"count": len(self.unchanged)},
            _("Skipped, the English changed since the export: %(count)d") % {"count": len(self.skipped)},
            _("Malformed units: %(count)d") % {"count": len(self.malformed)},
        ]
        out += [f"  changed {unit_id}" for unit_id in self.changed]
        out += [f"  skipped {unit_id}: {reason}" for unit_id, reason in self.skipped]
        out += [f"  malformed {where}: {reason}" for where, reason in self.malformed]
        return out


# Export


def units_for_export(language, *, include_all=False):
    """The states to export, with their objects: missing and outdated (every one with include_all)."""
    rows = (
        TranslationState.objects.filter(language=language)
        .select_related("content_type")
        .order_by("content_type__app_label", "content_type__model", "object_id", "field")
    )
    if not include_all:
        rows = rows.filter(state__in=[State.MISSING, State.OUTDATED])
    rows = list(rows)
    objects = {}
    by_model = {}
    for row in rows:
        by_model.setdefault(row.content_type, set()).add(row.object_id)
    for content_type, ids in by_model.items():
        model = content_type.model_class()
        if model is None:
            continue
        for obj in model._base_manager.filter(pk__in=ids):
            objects[(content_type.pk, str(obj.pk))] = obj
    result = []
    for row in rows:
        obj = objects.get((row.content_type_id, row.object_id))
        if obj is None:
            continue
        english = getattr(obj, column(row.field, SOURCE), "") or ""
        target = getattr(obj, column(row.field, language), "") or ""
        result.append((row, english, target))
    return result


def export_xliff(language, *, include_all=False):
    """An XLIFF 1.2 document (bytes) of the language's units."""
    root = Element("xliff", {"version": "1.2", "xmlns": XLIFF_NS})
    file = SubElement(
        root,
        "file",
        {
            "original": "hiphelp",
            "source-language": SOURCE,
            "target-language": language,
            "datatype": "html",
            "date": timezone.now().replace(microsecond=0).isoformat(),
        },
    )
    body = SubElement(file, "body")
    index = memory.Index(language)
    for row, english, target in units_for_export(language, include_all=include_all):
        unit = SubElement(body, "trans-unit", {"id": row.unit_id, "resname": row.unit_id})
        SubElement(unit, "source").text = english
        attrs = {"state": _xliff_state(row.state)}
        SubElement(unit, "target", attrs).text = target
        SubElement(unit, "note", {"from": "source-fingerprint"}).text = fingerprint(english)
        SubElement(unit, "note", {"from": "state"}).text = row.state
        for suggestion in memory.suggest(english, language, exclude_origin=row.unit_id, index=index):
            alt = SubElement(
                unit,
                "alt-trans",
                {"match-quality": str(suggestion.quality), "origin": suggestion.origin, "extype": "memory"},
            )
            SubElement(alt, "source").text = suggestion.matched
            SubElement(alt, "target").text = suggestion.target
    indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode() + b"\n"


def _xliff_state(state):
    return {
        State.MISSING: "needs-translation",
        State.OUTDATED: "needs-review-translation",
        State.DRAFT: "translated",
        State.REVIEWED: "signed-off",
    }[state]


def export_po(language, *, include_all=False):
    """A PO file (bytes) of the language's units: msgctxt is the unit id, msgid the English."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "hiphelp content",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": SOURCE,
    }
    index = memory.Index(language)
    for row, english, target in units_for_export(language, include_all=include_all):
        comments = [
            f"[{_('suggestion')} {s.quality}% {_('exact') if s.exact else _('fuzzy')}, {s.origin}] {s.target}"
            for s in memory.suggest(english, language, exclude_origin=row.unit_id, index=index)
        ]
        entry = polib.POEntry(
            msgctxt=row.unit_id,
            msgid=english,
            msgstr=target,
            comment=f"source-fingerprint: {fingerprint(english)}\nstate: {row.state}",
            tcomment="\n".join(comments),
        )
        if row.state == State.OUTDATED:
            entry.flags.append("fuzzy")
        po.append(entry)
    return str(po).encode()


def export(language, fmt, *, include_all=False):
    check_language(language)
    if fmt == "po":
        return export_po(language, include_all=include_all)
    if fmt == "xliff":
        return export_xliff(language, include_all=include_all)
    raise Refused(_("Unknown format %(format)s: use xliff or po.") % {"format": fmt})


# Import


def check_language(language):
    if language not in target_languages():
        raise Refused(
            _("The language %(language)s is not one this site translates into (%(languages)s).")
            % {"language": language or "?", "languages": ", ".join(target_languages())}
        )


def parse(data, *, expected_language=None):
    """(language, units, malformed) of a file's bytes; raises Refused for a file refused as a whole."""
    if len(data) > MAX_BYTES:
        raise Refused(_("The file is larger than 20 MB."))
    head = data.lstrip()[:200]
    if head.startswith(b"<"):
        language, units, malformed = _parse_xliff(data)
    else:
        language, units, malformed = _parse_po(data)
    check_language(language)
    if expected_language and language != expected_language:
        raise Refused(
            _("The file is in %(found)s, not %(expected)s.") % {"found": language, "expected": expected_language}
        )
    return language, units, malformed


def _parse_xliff(data):
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise Refused(
            _("The file declares a DTD or entities, which are not allowed (%(error)s).") % {"error": error}
        ) from None
    except SafeET.ParseError as error:
        raise Refused(_("The file is not well-formed XML: %(error)s.") % {"error": error}) from None
    ns = f"{{{XLIFF_NS}}}"
    if root.tag not in (f"{ns}xliff", "xliff") or root.get("version") != "1.2":
        raise Refused(_("The file is not XLIFF 1.2."))
    files = [el for el in root if el.tag in (f"{ns}file", "file")]
    if len(files) != 1:
        raise Refused(_("The file must hold exactly one <file> element."))
    file = files[0]
    if file.get("source-language") != SOURCE:
        raise Refused(_("The source language must be %(language)s.") % {"language": SOURCE})
    language = file.get("target-language", "")
    units, malformed = [], []
    for number, el in enumerate(file.iter(f"{ns}trans-unit" if root.tag.startswith(ns) else "trans-unit"), start=1):
        where = el.get("id") or f"#{number}"

        def child(name, el=el):
            return el.find(f"{ns}{name}" if root.tag.startswith(ns) else name)

        target = child("target")
        fp = ""
        for note in el.findall(f"{ns}note" if root.tag.startswith(ns) else "note"):
            if note.get("from") == "source-fingerprint":
                fp = (note.text or "").strip()
        if target is not None and len(target):
            malformed.append((where, _("the target holds markup elements; write the HTML escaped")))
            continue
        units.append(Unit(el.get("id") or "", fp, (target.text or "") if target is not None else "", where))
    return language, units, malformed


def _parse_po(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(_("The file is neither XML nor a UTF-8 PO file.")) from None
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as error:
        raise Refused(_("The PO file cannot be read: %(error)s.") % {"error": error}) from None
    language = po.metadata.get("Language", "")
    units = []
    for number, entry in enumerate(po, start=1):
        # Tools rewrap comments: the fingerprint may have moved to a line of its own.
        found = PO_FINGERPRINT.search(entry.comment or "")
        fp = found[1] if found else ""
        units.append(Unit(entry.msgctxt or "", fp, entry.msgstr or "", entry.msgctxt or f"#{number}"))
    return language, units, []


def _resolve(unit_id):
    """(model, pk, field) of a unit id, or None when it names nothing this site translates."""
    match = UNIT_ID.match(unit_id or "")
    if not match:
        return None
    try:
        model = apps.get_model(match["app"], match["model"])
    except LookupError:
        return None
    if match["field"] not in translated_field_names(model):
        return None
    return model, match["pk"], match["field"]


def import_file(data, *, expected_language=None, user=None):
    """Read a file back (see the module docstring); the Report says what happened. Raises Refused."""
    language, units, malformed = parse(data, expected_language=expected_language)
    report = Report(language, malformed=list(malformed))
    valid = []
    for unit in units:
        if not unit.id:
            report.malformed.append((unit.line, _("no id")))
        elif not FINGERPRINT.match(unit.fingerprint):
            report.malformed.append((unit.line, _("no source fingerprint")))
        else:
            valid.append(unit)
    resolved = {unit.id: _resolve(unit.id) for unit in valid}
    unknown = [unit_id for unit_id, found in resolved.items() if found is None]
    # Objects, one query per model.
    wanted = {}
    for found in resolved.values():
        if found is not None:
            wanted.setdefault(found[0], set()).add(found[1])
    objects = {}
    for model, pks in wanted.items():
        field = model._meta.pk
        try:
            pks = {field.to_python(pk) for pk in pks}
        except Exception:  # a pk that is no pk of this model (e.g. letters for an integer)
            pks = set()
        for obj in model._base_manager.filter(pk__in=pks):
            objects[(model, str(obj.pk))] = obj
    unknown += [
        unit_id for unit_id, found in resolved.items() if found is not None and (found[0], found[1]) not in objects
    ]
    if unknown:
        shown = ", ".join(sorted(unknown)[:10])
        raise Refused(
            _("The file names %(count)d unit(s) this site does not have: %(ids)s.")
            % {"count": len(unknown), "ids": shown}
        )
    with transaction.atomic(), acting_user(user):
        touched = {}
        for unit in valid:
            model, pk, name = resolved[unit.id]
            obj = objects[(model, pk)]
            english = getattr(obj, column(name, SOURCE), "") or ""
            if fingerprint(english) != unit.fingerprint:
                report.skipped.append((unit.id, _("the English changed since the export")))
                continue
            current = getattr(obj, column(name, language), "") or ""
            limit = obj._meta.get_field(column(name, language)).max_length
            if limit and len(unit.target) > limit:
                report.malformed.append((unit.id, _("longer than %(limit)d characters") % {"limit": limit}))
                continue
            if not unit.target.strip() or unit.target == current:
                report.unchanged.append(unit.id)  # an empty target never erases a stored translation
                continue
            setattr(obj, column(name, language), unit.target)
            touched[id(obj)] = obj
            report.changed.append(unit.id)
        for obj in touched.values():
            obj.save()  # its post_save marks the changed fields draft
    return report


def filename(language, fmt):
    stamp = timezone.now().strftime("%Y%m%d")
    return f"hiphelp-{language}-{stamp}.{'xlf' if fmt == 'xliff' else 'po'}"
