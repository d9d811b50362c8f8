"""Site search: a table of pages, one row per page and language, kept up to date on save and delete.

Content apps say what they index from their AppConfig.ready(), through `register()`; this
package never imports them. Matching is the database's own full-text search (see
`backends`); `text` orders the best candidates and marks the words found.
"""

from .index import Document, deferred_indexing, index_instances, rebuild, register, registered_models  # noqa: F401
from .query import SearchResults, search  # noqa: F401
