from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .models import TabFeedback


@admin.register(TabFeedback)
class TabFeedbackAdmin(admin.ModelAdmin):
    """What readers said: to read and act on in the guides, not to edit."""

    list_display = ("guide", "tab", "language", "helpful", "comment_excerpt", "created_at")
    list_filter = ("helpful", "guide", "language")
    list_select_related = ("guide", "section__category")
    search_fields = ("comment",)
    date_hierarchy = "created_at"
    fields = ("guide", "section", "language", "helpful", "comment", "created_at")
    readonly_fields = fields

    @admin.display(description=_("tab"), ordering="section__category__order")
    def tab(self, obj):
        return obj.section.category.name

    @admin.display(description=_("comment"))
    def comment_excerpt(self, obj):
        return Truncator(obj.comment).chars(80)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
