from django.db.models.signals import m2m_changed
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
