namespace Cms.Events.Models;

/// <summary>Technical names of the Event type, its parts and fields (docs/contracts.md §4).</summary>
public static class EventNames
{
    public const string ContentType = "Event";
    public const string Part = "Event";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";
    public const string AllDay = "AllDay";
    public const string Themes = "Themes";
    public const string Partners = "Partners";
    public const string InfoFieldsBag = "InfoFields";
    public const string InfoFieldType = "InfoField";
    public const string ThemeType = "Theme";
    public const string PartnerType = "Partner";
}
