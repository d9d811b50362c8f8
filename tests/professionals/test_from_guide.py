"""From a guide to the directory, filtered to the guide's special interest."""

FIND = "/en/find-a-professional/"


def test_a_guide_ends_with_a_get_form_to_the_directory_for_its_interest(client, guide):
    html = client.get(guide.get_absolute_url()).content.decode()
    footer = html[html.index('class="guide__footer"') :]
    assert '<form class="find-near" method="get" action="/en/find-a-professional/"' in footer
    assert "Find a professional who treats upper buttock pain near you" in footer
    assert '<input type="hidden" name="interest" value="upper-buttock">' in footer
    assert '<input type="hidden" name="km" value="25">' in footer  # the directory shows the distance searched
    assert 'name="where"' in footer
    assert "csrfmiddlewaretoken" not in html


def test_the_all_sections_page_ends_with_the_same_form(client, guide):
    html = client.get(guide.get_all_url()).content.decode()
    assert 'name="interest" value="upper-buttock"' in html


def test_the_directory_shows_the_chosen_interest_and_lets_the_reader_clear_it(client, guide):
    response = client.get(FIND, {"where": "2000", "interest": "upper-buttock"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Showing professionals with a special interest in: <strong>Upper Buttock Pain</strong>" in html
    assert f'<a href="{FIND}?where=2000" aria-label="Clear the special interest">Clear</a>' in html
    cleared = client.get(FIND, {"where": "2000"}).content.decode()
    assert "Showing professionals with a special interest in" not in cleared


def test_the_chosen_interest_is_in_the_htmx_results_too(client, guide):
    html = client.get(FIND, {"where": "2000", "interest": "upper-buttock"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in html
    assert "Showing professionals with a special interest in" in html


def test_only_the_interest_is_cleared_and_the_page_number_with_it(client, guide):
    html = client.get(FIND, {"interest": "upper-buttock", "telehealth": "on", "page": "1"}).content.decode()
    assert f'<a href="{FIND}?telehealth=on" aria-label' in html


def test_a_junk_interest_shows_no_chosen_interest(client, guide):
    response = client.get(FIND, {"where": "2000", "interest": "no-such-guide"})
    assert response.status_code == 400
    assert "Showing professionals with a special interest in" not in response.content.decode()


def test_the_chosen_interest_is_shown_in_the_readers_language(client, guide):
    html = client.get("/vi/find-a-professional/", {"where": "2000", "interest": "upper-buttock"}).content.decode()
    assert f"<strong>{guide.title_vi or guide.title_en}</strong>" in html


def test_a_search_without_a_distance_shows_the_distance_it_searched(client, demo):
    html = client.get("/en/find-a-professional/?where=2000").content.decode()
    assert '<option value="25" selected>' in html
    assert '<option value="5" selected>' not in html
