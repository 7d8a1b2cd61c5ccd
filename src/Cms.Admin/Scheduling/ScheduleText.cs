using Cms.Abstractions.Time;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Editors;

namespace Cms.Admin.Scheduling;

/// <summary>How scheduled tasks read in the back office, in the site's time.</summary>
public static class ScheduleText
{
    /// <summary>The badge of a pending task: « Publication programmée le 28/03/2027 à 03:30 ».</summary>
    public static string Badge(ScheduledTask task, SiteClock clock) =>
        $"{Action(task.Action)} programmée le {clock.Display(task.ScheduledUtc)}";

    public static string Action(ScheduledAction action) => action == ScheduledAction.Publish ? "Publication" : "Dépublication";

    public static string Status(ScheduledTaskStatus status) => status switch
    {
        ScheduledTaskStatus.Pending => "En attente",
        ScheduledTaskStatus.Done => "Effectuée",
        ScheduledTaskStatus.Failed => "Échec",
        ScheduledTaskStatus.Cancelled => "Annulée",
        _ => "Remplacée",
    };

    /// <summary>The DSFR badge colour of a status.</summary>
    public static string StatusClass(ScheduledTaskStatus status) => status switch
    {
        ScheduledTaskStatus.Pending => "fr-badge--new",
        ScheduledTaskStatus.Done => "fr-badge--success",
        ScheduledTaskStatus.Failed => "fr-badge--error",
        _ => "",
    };

    /// <summary>The hint under the date inputs: the time zone, and what happens around the clock changes.</summary>
    public static string TimeHint(SiteClock clock) =>
        $"Date et {clock.ZoneLabel}. Une heure qui n'existe pas (passage à l'heure d'été, fin mars) est refusée ; " +
        "une heure qui existe deux fois (retour à l'heure d'hiver, fin octobre) est comprise comme la première, à l'heure d'été. " +
        "La tâche est exécutée dans la minute qui suit.";
}
