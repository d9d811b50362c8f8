"""Searching the table: the database finds the candidates, `text.score` orders them."""

from dataclasses import dataclass, field

from django.db import connection

from . import text

# Candidates read back from the full-text index, best first by its own rank; the page shows
# the best of these. Bounded, so a common word costs the same as a rare one.
CANDIDATES = 100
TRIGRAM = 3  # the trigram index needs words of three characters; shorter ones are a substring scan


@dataclass
class Result:
    title: str
    url: str
    kind: str
    context: str
    title_html: str
    snippet_html: str
    matched: list = field(default_factory=list)  # [{"text": …, "also": …}] conditions that matched


@dataclass
class SearchResults:
    query: str
    tokens: list
    results: list
    more: bool = False  # more pages matched than are shown

    def __len__(self):
        return len(self.results)


def _like(token):
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _sqlite_candidates(cursor, tokens, language):
    if not any(text.is_cjk(token) for token in tokens):
        # Each word a quoted prefix: nothing typed can be read as FTS5 syntax.
        match = " ".join(f'"{token}"*' for token in tokens)
        cursor.execute(
            "SELECT d.id FROM hiphelp_search_words AS w JOIN hiphelp_searchdocument AS d ON d.id = w.rowid "
            "WHERE hiphelp_search_words MATCH %s AND d.language = %s "
            "ORDER BY bm25(hiphelp_search_words, 10.0, 8.0, 5.0, 3.0, 1.0) LIMIT %s",
            [match, language, CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]
    long_tokens = [token for token in tokens if len(token) >= TRIGRAM]
    short_tokens = [token for token in tokens if len(token) < TRIGRAM]
    where, params = ["d.language = %s"], [language]
    if long_tokens:
        where.append("d.id IN (SELECT rowid FROM hiphelp_search_trigrams WHERE hiphelp_search_trigrams MATCH %s)")
        params.append(" ".join(f'"{token}"' for token in long_tokens))
    for token in short_tokens:
        where.append("d.plain LIKE %s ESCAPE '\\'")
        params.append(_like(token))
    # Fixed clauses joined; every value is a parameter.
    sql = f"SELECT d.id FROM hiphelp_searchdocument AS d WHERE {' AND '.join(where)} LIMIT %s"  # noqa: S608
    cursor.execute(sql, [*params, CANDIDATES])
    return [row[0] for row in cursor.fetchall()]


def _postgresql_candidates(cursor, tokens, language):
    config = "english" if language == "en" else "simple"
    if not any(text.is_cjk(token) for token in tokens):
        # Tokens are letters and digits only, so quoting them makes a valid tsquery of prefixes.
        query = " & ".join(f"'{token}':*" for token in tokens)
        cursor.execute(
            "SELECT id FROM hiphelp_searchdocument, to_tsquery(%s::regconfig, %s) AS query "
            "WHERE language = %s AND vector @@ query "
            "ORDER BY ts_rank(vector, query, 1) DESC LIMIT %s",
            [config, query, language, CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]
    # Chinese: substrings, found through the pg_trgm index on the lower-cased text.
    where = " AND ".join(["language = %s", *("plain LIKE %s" for _token in tokens)])
    cursor.execute(
        f"SELECT id FROM hiphelp_searchdocument WHERE {where} LIMIT %s",  # noqa: S608 -- fixed clauses
        [language, *(_like(token) for token in tokens), CANDIDATES],
    )
    return [row[0] for row in cursor.fetchall()]


def candidates(tokens, language):
    """Ids of the pages in `language` that contain every token, by the database's full-text index."""
    backend = _postgresql_candidates if connection.vendor == "postgresql" else _sqlite_candidates
    with connection.cursor() as cursor:
        return backend(cursor, tokens, language)


def _best_anchor(document, compiled):
    """The heading or condition of the page that matches most words: where the link should land."""
    best, best_hits, matched = "", 0, []
    for item in document.anchors:
        label = f"{item['text']} {item.get('also', '')}"
        hits = sum(1 for regex in compiled if regex.search(label))
        if hits and "also" in item:
            matched.append(item)
        if hits > best_hits and item.get("anchor"):
            best, best_hits = item["anchor"], hits
    return best, matched


def search(query, *, language, limit=20):
    """The best `limit` pages for a normalised query in `language`, in two queries whatever it matches."""
    from hiphelp.models import SearchDocument

    words = text.tokens(query)
    if not words:
        return SearchResults(query, words, [])
    ids = candidates(words, language)
    documents = SearchDocument.objects.in_bulk(ids) if ids else {}
    compiled = text.matchers(words)
    # The database's order breaks ties, so equal scores keep its ranking.
    ranked = sorted((documents[pk] for pk in ids if pk in documents), key=lambda d: -text.score(d, compiled))[:limit]
    results = []
    for document in ranked:
        anchor, matched = _best_anchor(document, compiled)
        results.append(
            Result(
                title=document.title,
                url=f"{document.url}#{anchor}" if anchor else document.url,
                kind=document.kind,
                context=document.context,
                title_html=text.highlight(document.title, compiled),
                snippet_html=text.snippet([document.body, document.summary, document.keywords], compiled),
                matched=[
                    {
                        "text": text.highlight(item["text"], compiled),
                        "also": text.highlight(item.get("also", ""), compiled),
                    }
                    for item in matched
                ],
            )
        )
    return SearchResults(query, words, results, more=len(ids) > limit)
