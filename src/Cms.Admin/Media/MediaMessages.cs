namespace Cms.Admin.Media;

/// <summary>Keys of the messages the media pages pass to the next page (TempData), besides the layout's success message.</summary>
public static class MediaMessages
{
    /// <summary>Refusals, one per line.</summary>
    public const string ErrorsKey = "MediaErrors";
}
