namespace Cms.ContentFields.Parts;

/// <summary>
/// <c>{ "HtmlBodyPart": { "Html": "&lt;p&gt;…&lt;/p&gt;" } }</c> (Orchard Core's HtmlBodyPart): a body written as HTML with
/// the rich-text editor, sanitized on every save (<see cref="Handlers.HtmlSanitizingHandler"/>) and again on display.
/// Orchard's <c>HtmlBodyPartSettings.SanitizeHtml</c> is kept in the definition but not obeyed: HTML is always sanitized.
/// </summary>
public sealed class HtmlBodyPart
{
    public string? Html { get; set; }
}
