from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import Practice, Professional


@receiver(m2m_changed, sender=Professional.clinics.through)
def practices_added(sender, instance, action, pk_set, reverse, **kwargs):
    """professional.clinics.add() bulk-creates practices: give them their search facts."""
    if action != "post_add" or not pk_set:
        return
    if reverse:  # clinic.professionals.add(...)
        Practice.sync(clinic=instance, professional__in=pk_set)
    else:
        Practice.sync(professional=instance, clinic__in=pk_set)


@receiver(post_save, sender=Practice)
@receiver(post_delete, sender=Practice)
def practices_changed(sender, instance, **kwargs):
    """A practice more or fewer (or moved to another professional): who has only one now."""
    Practice.mark_only_practices([instance.professional_id])


@receiver(m2m_changed, sender=Professional.languages.through)
@receiver(m2m_changed, sender=Professional.interests.through)
def choices_changed(sender, instance, action, pk_set, reverse, **kwargs):
    """The languages or interests the search filters on, copied again onto the practices.

    A deleted language or guide leaves its key behind on practices: harmless, as primary
    keys are never reused (AUTOINCREMENT on SQLite, sequences on PostgreSQL)."""
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            Practice.copy_choices([instance.pk])
    elif action == "pre_clear":  # language.professional_set.clear(): remember who had it
        other = next(f.name for f in sender._meta.fields if f.is_relation and f.related_model is not Professional)
        instance._cleared_professionals = list(
            sender.objects.filter(**{other: instance}).values_list("professional_id", flat=True)
        )
    elif action == "post_clear":
        Practice.copy_choices(getattr(instance, "_cleared_professionals", []))
    elif action in ("post_add", "post_remove") and pk_set:
        Practice.copy_choices(pk_set)
