from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conditions.models import CauseSection, Guide
from editorial.drafts import sees_drafts
from hiphelp.client import over_limit
from hiphelp.partials import render_partial

from . import protection
from .forms import AnswerForm, CommentForm
from .models import TabFeedback

FEEDBACK_LIMIT = 20  # answers and comments per client per hour


def _section_or_404(request, section_id):
    drafts = sees_drafts(request)
    sections = CauseSection.objects.visible(drafts=drafts).filter(guide__in=Guide.objects.visible(drafts=drafts))
    return get_object_or_404(sections.select_related("guide", "category"), pk=section_id)


def _render(request, section, form, *, status=200, row=None, saved=False, message=""):
    context = {
        "message": message,
        "section": section,
        "guide": section.guide,
        "form": form,
        "token": protection.issue_token(section),
        "row_token": protection.sign_row(row) if row else "",
        "saved": saved,
    }
    return render_partial(request, "feedback/feedback.html", context, partial="feedback", status=status)


# csrf_exempt only because the POST is checked here instead, without a cookie: a signed
# token from the GET step and a same-origin Origin/Referer (see feedback/protection.py).
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def tab_feedback(request, section_id):
    """Was this tab helpful? GET shows the form (never cached, writes nothing); POST saves it."""
    section = _section_or_404(request, section_id)
    if request.method != "POST":
        answer = request.GET.get("helpful")
        return _render(request, section, AnswerForm(initial={"helpful": answer if answer in ("yes", "no") else None}))

    form, row = _bound_form(request, section)
    state = protection.check_token(request.POST.get("token"), section)
    if not protection.same_origin(request) or state == protection.INVALID:
        # Nothing is saved; what was typed is shown back with a fresh token.
        message = _("We could not accept this form. Please try sending it again from this page.")
        return _render(request, section, form, status=403, row=row, message=message)
    if over_limit(request, "feedback", limit=FEEDBACK_LIMIT, seconds=60 * 60):
        message = _("Thank you, but we have had a lot of feedback from your connection. Please try again in an hour.")
        return _render(request, section, form, status=429, row=row, message=message)
    if state == protection.EXPIRED or ("row" in request.POST and row is None):
        message = _("This form was open for a long time, so it was not sent. Please send it again.")
        return _render(request, section, form, status=400, row=row, message=message)
    if not form.is_valid():
        return _render(request, section, form, status=400, row=row)

    if row:
        row.comment = form.cleaned_data["comment"]
        row.save(update_fields=["comment"])
        return _render(request, section, form, saved=True)
    row = TabFeedback.objects.create(
        guide=section.guide,
        section=section,
        language=request.LANGUAGE_CODE,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
    )
    # No comment yet: offer to add one to the same answer (one row per answer).
    return _render(request, section, CommentForm(), saved=True, row=None if row.comment else row)


def _bound_form(request, section):
    """The posted form, and the answer a comment is added to (None for a new answer).

    A comment whose answer cannot be found (a forged or stale id) comes back as a whole new
    answer, the comment kept, so nothing typed is lost.
    """
    if "row" not in request.POST:
        return AnswerForm(request.POST), None
    row_id = protection.unsign_row(request.POST["row"])
    row = TabFeedback.objects.filter(pk=row_id, section=section).first() if row_id else None
    if row is None:
        return AnswerForm(initial={"comment": request.POST.get("comment", "")}), None
    return CommentForm(request.POST), row
