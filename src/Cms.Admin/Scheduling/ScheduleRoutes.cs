namespace Cms.Admin.Scheduling;

/// <summary>The URL of the scheduling page of an item (its forms post there).</summary>
public static class ScheduleRoutes
{
    public static string Schedule(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/programmation";
}
