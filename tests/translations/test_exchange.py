"""XLIFF 1.2 and PO files out and back in; refusals change nothing."""

from io import StringIO

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from conditions.models import CauseSection, Guide, Snippet
from translations import exchange
from translations.models import State, TranslationState

IMPORT = "/admin/translations/translationstate/import/"
EXPORT = "/admin/translations/translationstate/export/"


def snapshot(language="vi"):
    """Every translated column of the content in one language, and every state: what must not change."""
    from translations.states import column, translated_field_names, translated_models

    values = {}
    for model in translated_models():
        fields = [column(f, language) for f in translated_field_names(model)]
        for row in model._base_manager.values("pk", *fields):
            values[(model._meta.label, row.pop("pk"))] = row
    states = set(TranslationState.objects.filter(language=language).values_list("pk", "state", "source_fingerprint"))
    return values, states


def fill_targets_xliff(data, translate):
    import xml.etree.ElementTree as ET

    import defusedxml.ElementTree as SafeET

    ns = {"x": exchange.XLIFF_NS}
    ET.register_namespace("", exchange.XLIFF_NS)
    root = SafeET.fromstring(data)
    for unit in root.iter(f"{{{exchange.XLIFF_NS}}}trans-unit"):
        target = unit.find("x:target", ns)
        target.text = translate(unit.get("id"), unit.find("x:source", ns).text or "")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root)


@pytest.fixture
def tab(demo):
    return CauseSection.objects.get(guide__slug="groin", category__slug="bone")


def test_export_lists_missing_and_outdated_units_with_id_source_and_fingerprint(tab):
    data = exchange.export("vi", "xliff").decode()
    assert f'id="conditions.causesection:{tab.pk}:heading"' in data
    assert f"<source>{tab.heading_en}</source>" in data
    assert 'target-language="vi"' in data and 'source-language="en"' in data
    assert '<note from="source-fingerprint">' in data
    upper = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")
    unit_id = f'id="conditions.causesection:{upper.pk}:heading"'
    assert unit_id not in data  # a draft: only with --all
    assert unit_id in exchange.export("vi", "xliff", include_all=True).decode()


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_an_unchanged_round_trip_leaves_the_data_identical(demo, fmt):
    before = snapshot()
    data = exchange.export("vi", fmt, include_all=True)
    report = exchange.import_file(data)
    assert report.changed == [] and report.skipped == [] and report.malformed == []
    assert snapshot() == before


def test_an_xliff_round_trip_writes_the_translations_as_drafts(tab):
    data = exchange.export("vi", "xliff")
    filled = fill_targets_xliff(data, lambda uid, source: f"VI {source}" if ":heading" in uid else "")
    report = exchange.import_file(filled, expected_language="vi")
    tab.refresh_from_db()
    assert tab.heading_vi == f"VI {tab.heading_en}"
    assert f"conditions.causesection:{tab.pk}:heading" in report.changed
    assert TranslationState.objects.for_object(tab).get(field="heading", language="vi").state == State.DRAFT
    assert tab.body_vi in ("", None)  # an empty target erases nothing and writes nothing
    # Exported again with everything, then imported: identical.
    before = snapshot()
    exchange.import_file(exchange.export("vi", "xliff", include_all=True))
    assert snapshot() == before


def test_a_po_round_trip_writes_the_translations(tab):
    po = polib.pofile(exchange.export("vi", "po").decode())
    entry = next(e for e in po if e.msgctxt == f"conditions.causesection:{tab.pk}:summary")
    assert "source-fingerprint:" in entry.comment
    entry.msgstr = "xương vùng háng"
    report = exchange.import_file(str(po).encode())
    tab.refresh_from_db()
    assert tab.summary_vi == "xương vùng háng" and report.changed == [entry.msgctxt]


def test_units_whose_english_changed_since_the_export_are_skipped_and_reported(tab):
    data = fill_targets_xliff(exchange.export("vi", "xliff"), lambda uid, source: "Bản dịch")
    tab.heading_en = tab.heading_en + " (revised)"
    tab.save()
    report = exchange.import_file(data)
    tab.refresh_from_db()
    assert (f"conditions.causesection:{tab.pk}:heading", "the English changed since the export") in report.skipped
    assert not tab.heading_vi
    assert tab.summary_vi == "Bản dịch"  # the others went in
    assert any("skipped conditions.causesection" in line for line in report.lines())


def test_malformed_units_are_reported_and_the_rest_imported(tab):
    data = exchange.export("vi", "xliff").decode()
    data = data.replace('<note from="source-fingerprint">', '<note from="source-fingerprint">x', 1)
    report = exchange.import_file(data.encode())
    assert len(report.malformed) == 1 and report.malformed[0][1] == "no source fingerprint"


XLIFF = (
    '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file source-language="en" target-language="{lang}" datatype="html" original="x">'
    "<body>{units}</body></file></xliff>"
)


def unit(uid, fingerprint="0" * 64, target="x"):
    return (
        f'<trans-unit id="{uid}"><source>s</source><target>{target}</target>'
        f'<note from="source-fingerprint">{fingerprint}</note></trans-unit>'
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (XLIFF.format(lang="vi", units=unit("conditions.guide:1:title")), "in vi, not ar"),
        (XLIFF.format(lang="fr", units=""), "not one this site translates into"),
        (XLIFF.format(lang="en", units=""), "not one this site translates into"),
        (XLIFF.format(lang="ar", units=unit("conditions.guide:999999:title")), "does not have"),
        (XLIFF.format(lang="ar", units=unit("conditions.guide:1:slug")), "does not have"),
        (XLIFF.format(lang="ar", units=unit("auth.user:1:username")), "does not have"),
        (XLIFF.format(lang="ar", units=unit("nothing.here:1:title")), "does not have"),
        (XLIFF.format(lang="ar", units=unit("conditions.guide:abc:title")), "does not have"),
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
            + XLIFF.format(lang="ar", units="").split("?>", 1)[1].replace("<body>", "<body>&a;"),
            "DTD or entities",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
            "DTD or entities",
        ),
        ("<xliff version='1.2'><file", "not well-formed XML"),
        ('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', "not XLIFF 1.2"),
        ('msgid "a"\nfoo "b"\n', "PO file cannot be read"),
        ('msgid ""\nmsgstr "Language: fr\\n"\n', "not one this site translates into"),
        (b"\xff\xfe\x00junk", "neither XML nor a UTF-8 PO file"),
    ],
)
def test_hostile_and_wrong_files_are_refused_and_change_nothing(demo, data, message):
    before = snapshot("ar")
    guide = Guide.objects.get(slug="upper-buttock")
    data = data.replace("conditions.guide:1:", f"conditions.guide:{guide.pk}:") if isinstance(data, str) else data
    with pytest.raises(exchange.Refused, match=message):
        exchange.import_file(data.encode() if isinstance(data, str) else data, expected_language="ar")
    assert snapshot("ar") == before


def test_a_file_over_20_mb_is_refused_before_parsing(demo):
    with pytest.raises(exchange.Refused, match="larger than 20 MB"):
        exchange.parse(b" " * (exchange.MAX_BYTES + 1))


def test_a_file_with_one_unknown_id_changes_nothing_at_all(tab):
    good = exchange.export("vi", "xliff").decode()
    bad = good.replace("</body>", unit("conditions.guide:999999:title") + "</body>")
    bad = fill_targets_xliff(bad.encode(), lambda uid, source: "Bản dịch")
    before = snapshot()
    with pytest.raises(exchange.Refused, match="999999"):
        exchange.import_file(bad)
    assert snapshot() == before


def test_the_commands_export_to_a_file_and_import_it(tmp_path, tab):
    path = tmp_path / "vi.po"
    call_command("export_translations", "--language", "vi", "--format", "po", "--output", str(path))
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == f"conditions.causesection:{tab.pk}:heading").msgstr = "Đau xương vùng háng"
    po.save(str(path))
    out = StringIO()
    call_command("import_translations", str(path), "--language", "vi", stdout=out)
    assert "Changed: 1" in out.getvalue()
    tab.refresh_from_db()
    assert tab.heading_vi == "Đau xương vùng háng"
    stdout = StringIO()
    call_command("export_translations", "--language", "vi", "--format", "xliff", stdout=stdout)
    assert stdout.getvalue().startswith('<?xml version="1.0" encoding="UTF-8"?>')
    with pytest.raises(CommandError, match="Refused, nothing changed: The file is in vi, not ar"):
        call_command("import_translations", str(path), "--language", "ar")
    with pytest.raises(CommandError, match="not one this site translates"):
        call_command("export_translations", "--language", "fr")


def test_the_admin_downloads_and_uploads_with_a_report(admin_client, tab):
    response = admin_client.get(EXPORT, {"language": "vi", "format": "po"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="hiphelp-vi-')
    po = polib.pofile(response.content.decode())
    next(e for e in po if e.msgctxt == f"conditions.causesection:{tab.pk}:heading").msgstr = "Đau xương"
    upload = SimpleUploadedFile("vi.po", str(po).encode(), content_type="text/plain")
    response = admin_client.post(IMPORT, {"language": "vi", "file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and 'id="import-report"' in html
    assert "1 translation changed (now a draft)" in html
    tab.refresh_from_db()
    assert tab.heading_vi == "Đau xương"


def test_the_admin_upload_refuses_a_wrong_file_with_a_clear_message(admin_client, demo):
    upload = SimpleUploadedFile("x.xlf", XLIFF.format(lang="ar", units="").encode())
    response = admin_client.post(IMPORT, {"language": "vi", "file": upload})
    assert response.status_code == 400
    assert "The file was refused and nothing was changed: The file is in ar, not vi." in response.content.decode()


def test_the_admin_refuses_a_big_upload_before_reading_it(admin_client, demo, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_BYTES", 10)
    upload = SimpleUploadedFile("x.po", b"x" * 11)
    response = admin_client.post(IMPORT, {"language": "vi", "file": upload})
    assert response.status_code == 400 and "larger than 20 MB" in response.content.decode()


def test_the_exchange_needs_its_permission_and_csrf(role_client, demo, client):
    managers = role_client("Directory managers")
    assert managers.get(EXPORT, {"language": "vi", "format": "po"}).status_code == 403
    assert managers.post(IMPORT, {}).status_code == 403
    from django.test import Client

    translator = role_client("Translators")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(translator.user)
    assert strict.post(IMPORT, {"language": "vi"}).status_code == 403
    assert translator.get(IMPORT).status_code == 200


def test_export_offers_memory_suggestions(demo):
    snippet = Snippet.objects.create(slug="memory-twin", title_en="Joint Related Pain", body_en="<p>x</p>")
    data = exchange.export("vi", "xliff").decode()
    unit_xml = data.split(f'id="conditions.snippet:{snippet.pk}:title"')[1].split("</trans-unit>")[0]
    assert '<alt-trans match-quality="100"' in unit_xml and "Đau liên quan đến khớp" in unit_xml
    po = exchange.export("vi", "po").decode()
    assert (
        "Đau liên quan đến khớp" in po.split(f'msgctxt "conditions.snippet:{snippet.pk}:title"')[0].rsplit("\n\n", 1)[1]
    )
